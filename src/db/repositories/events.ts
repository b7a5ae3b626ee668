// The client timeline: an append-only log of what happened, newest first.
import type { Db } from '../connect.ts';
import type { EventRow } from '../schema.ts';
import { newId } from '../ids.ts';
import { toNumber } from '../normalize.ts';
import type { EventType } from '../../domain/events/event-types.ts';
import type { TimelineEvent } from '../../schemas/events.ts';

export type NewEvent = {
  clientId: string;
  type: EventType;
  occurredAt: string;
  payload: Record<string, unknown>;
  isConfidential: boolean;
};

function toEvent(row: EventRow): TimelineEvent {
  return {
    id: row.id,
    clientId: row.client_id,
    type: row.type as EventType,
    occurredAt: row.occurred_at,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    isConfidential: row.is_confidential === 1,
    createdAt: row.created_at,
  };
}

export function eventsRepository(db: Db, workspaceId: string) {
  return {
    async append(event: NewEvent, now: string): Promise<TimelineEvent> {
      const row: EventRow = {
        id: newId(),
        workspace_id: workspaceId,
        client_id: event.clientId,
        type: event.type,
        occurred_at: event.occurredAt,
        payload: JSON.stringify(event.payload),
        is_confidential: event.isConfidential ? 1 : 0,
        created_at: now,
      };
      await db.insertInto('events').values(row).execute();
      return toEvent(row);
    },

    async listForClient(clientId: string, page: { limit: number; offset: number }) {
      const base = db.selectFrom('events').where('workspace_id', '=', workspaceId).where('client_id', '=', clientId);
      const [{ total } = { total: 0 }] = await base.select((eb) => eb.fn.countAll<string | number>().as('total')).execute();
      const rows = await base
        .selectAll()
        .orderBy('occurred_at', 'desc')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return { items: rows.map(toEvent), total: toNumber(total), limit: page.limit, offset: page.offset };
    },

    async findForClient(clientId: string, eventId: string): Promise<TimelineEvent | undefined> {
      const row = await db.selectFrom('events').selectAll().where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).where('id', '=', eventId).executeTakeFirst();
      return row ? toEvent(row) : undefined;
    },

    /** Every event of these types for the given clients, oldest first: what the relationship rules read. */
    async listOfTypes(clientIds: readonly string[], types: readonly EventType[]): Promise<TimelineEvent[]> {
      if (clientIds.length === 0 || types.length === 0) return [];
      const rows = await db
        .selectFrom('events')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('client_id', 'in', [...clientIds])
        .where('type', 'in', [...types])
        .orderBy('occurred_at', 'asc')
        .orderBy('created_at', 'asc')
        .orderBy('id', 'asc')
        .execute();
      return rows.map(toEvent);
    },
  };
}
