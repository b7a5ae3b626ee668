// The outbox: every email is stored here first under a unique key, then delivered at most once.
import type { Db } from '../connect.ts';
import type { OutboxRow } from '../schema.ts';
import { newId } from '../ids.ts';
import { toNumber } from '../normalize.ts';
import type { OutboxMessage } from '../../schemas/outbox.ts';

export type NewEmail = { idempotencyKey: string; to: string; subject: string; bodyText: string };

function toMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    bodyText: row.body_text,
    status: row.status as OutboxMessage['status'],
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

export function outboxRepository(db: Db, workspaceId: string) {
  return {
    /** Stores the email unless one with the same key exists; returns whether it was new. */
    async insertOnce(email: NewEmail, status: 'stored' | 'queued', now: string): Promise<boolean> {
      const result = await db
        .insertInto('outbox')
        .values({
          id: newId(),
          workspace_id: workspaceId,
          idempotency_key: email.idempotencyKey,
          to_address: email.to,
          subject: email.subject,
          body_text: email.bodyText,
          status,
          attempts: 0,
          last_error: null,
          next_attempt_at: now,
          claimed_until: null,
          created_at: now,
          sent_at: null,
        })
        .onConflict((oc) => oc.columns(['workspace_id', 'idempotency_key']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
    },

    async list(page: { limit: number; offset: number }) {
      const base = db.selectFrom('outbox').where('workspace_id', '=', workspaceId);
      const [{ total } = { total: 0 }] = await base.select((eb) => eb.fn.countAll<string | number>().as('total')).execute();
      const rows = await base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
      return { items: rows.map(toMessage), total: toNumber(total), limit: page.limit, offset: page.offset };
    },
  };
}

/** Delivery works across all workspaces: the job claims due rows one at a time so two servers never send one twice. */
export function outboxDeliveryRepository(db: Db) {
  return {
    async dueIds(now: string, max: number): Promise<string[]> {
      const rows = await db
        .selectFrom('outbox')
        .select('id')
        .where('status', 'in', ['queued', 'sending'])
        .where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
        .orderBy('next_attempt_at')
        .limit(max)
        .execute();
      return rows.map((r) => r.id);
    },

    /** Atomically takes a message for sending; false when another server already holds it. */
    async claim(id: string, now: string, claimUntil: string): Promise<OutboxRow | undefined> {
      const result = await db
        .updateTable('outbox')
        .set({ status: 'sending', claimed_until: claimUntil })
        .where('id', '=', id)
        .where('status', 'in', ['queued', 'sending'])
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return undefined;
      return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async markSent(id: string, now: string): Promise<void> {
      await db.updateTable('outbox').set({ status: 'sent', sent_at: now, claimed_until: null, attempts: (eb) => eb('attempts', '+', 1) }).where('id', '=', id).execute();
    },

    async markAttemptFailed(id: string, error: string, nextAttemptAt: string, isFinal: boolean): Promise<void> {
      await db
        .updateTable('outbox')
        .set({
          status: isFinal ? 'failed' : 'queued',
          last_error: error.slice(0, 1000),
          next_attempt_at: nextAttemptAt,
          claimed_until: null,
          attempts: (eb) => eb('attempts', '+', 1),
        })
        .where('id', '=', id)
        .execute();
    },
  };
}
