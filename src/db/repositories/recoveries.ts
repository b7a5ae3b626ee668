// Recovery after a toxic client: the hard period, the rest block and the self-review; and the missed commitments in that period.
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';
import { reviewFrom, type SelfReview } from '../../domain/recovery/self-review.ts';
import type { MissedCommitment } from '../../domain/recovery/slipped-commitments.ts';

export type StoredRecovery = {
  id: string;
  clientId: string;
  clientName: string;
  periodStart: string;
  periodEnd: string;
  restStart: string | null;
  restEnd: string | null;
  review: SelfReview;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type RestBlock = { clientId: string; clientName: string; restStart: string; restEnd: string };

export function recoveriesRepository(db: Db, workspaceId: string) {
  const withClient = () =>
    db
      .selectFrom('recoveries')
      .innerJoin('clients', (join) => join.onRef('clients.id', '=', 'recoveries.client_id').onRef('clients.workspace_id', '=', 'recoveries.workspace_id'))
      .selectAll('recoveries')
      .select('clients.name as client_name')
      .where('recoveries.workspace_id', '=', workspaceId);
  return {
    async findForClient(clientId: string): Promise<StoredRecovery | undefined> {
      const row = await withClient().where('recoveries.client_id', '=', clientId).executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        clientId: row.client_id,
        clientName: row.client_name,
        periodStart: row.period_start,
        periodEnd: row.period_end,
        restStart: row.rest_start,
        restEnd: row.rest_end,
        review: reviewFrom(JSON.parse(row.review)),
        version: Number(row.version),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    },

    /** Does nothing when the client already has one (closing an offboarding twice keeps the first review). */
    async insertOnce(recovery: { clientId: string; periodStart: string; periodEnd: string; review: SelfReview }, now: string): Promise<void> {
      await db
        .insertInto('recoveries')
        .values({
          id: newId(),
          workspace_id: workspaceId,
          client_id: recovery.clientId,
          period_start: recovery.periodStart,
          period_end: recovery.periodEnd,
          rest_start: null,
          rest_end: null,
          review: JSON.stringify(recovery.review),
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.columns(['workspace_id', 'client_id']).doNothing())
        .execute();
    },

    async updateIfVersion(
      clientId: string,
      expectedVersion: number,
      changes: { periodStart?: string; periodEnd?: string; restStart?: string | null; restEnd?: string | null; review?: SelfReview },
      now: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable('recoveries')
        .set({
          ...(changes.periodStart !== undefined && { period_start: changes.periodStart }),
          ...(changes.periodEnd !== undefined && { period_end: changes.periodEnd }),
          ...(changes.restStart !== undefined && { rest_start: changes.restStart }),
          ...(changes.restEnd !== undefined && { rest_end: changes.restEnd }),
          ...(changes.review !== undefined && { review: JSON.stringify(changes.review) }),
          version: expectedVersion + 1,
          updated_at: now,
        })
        .where('workspace_id', '=', workspaceId)
        .where('client_id', '=', clientId)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Rest blocks that end on or after `fromDate`, soonest first (the home calendar). */
    async listRestBlocks(fromDate: string): Promise<RestBlock[]> {
      const rows = await withClient().where('recoveries.rest_start', 'is not', null).where('recoveries.rest_end', '>=', fromDate).orderBy('recoveries.rest_start').execute();
      return rows.map((row) => ({ clientId: row.client_id, clientName: row.client_name, restStart: row.rest_start ?? '', restEnd: row.rest_end ?? '' }));
    },

    /** Outbox keys already used for this recovery's messages, so the page can say which clients were written to. */
    async queuedMessageKeys(keyPrefix: string): Promise<Set<string>> {
      const rows = await db.selectFrom('outbox').select('idempotency_key').where('workspace_id', '=', workspaceId).where('idempotency_key', 'like', `${keyPrefix}%`).execute();
      return new Set(rows.map((row) => row.idempotency_key));
    },

    /** Every `missed_commitment` event between two instants (ISO, end exclusive), on any client of the workspace. */
    async listMissedCommitments(fromIso: string, toIso: string): Promise<MissedCommitment[]> {
      const rows = await db
        .selectFrom('events')
        .select(['client_id', 'occurred_at', 'payload'])
        .where('workspace_id', '=', workspaceId)
        .where('type', '=', 'missed_commitment')
        .where('occurred_at', '>=', fromIso)
        .where('occurred_at', '<', toIso)
        .orderBy('occurred_at')
        .execute();
      return rows.map((row) => ({ clientId: row.client_id, occurredAt: row.occurred_at, payload: JSON.parse(row.payload) as Record<string, unknown> }));
    },
  };
}
