// Payments, promises to pay, reminder steps and late fees of invoices, scoped to one workspace.
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';
import { toNumber } from '../normalize.ts';

export type PaymentRecord = { id: string; invoiceId: string; amount: number; paidOn: string; method: string; reference: string; createdAt: string };
export type PromiseRecord = { id: string; invoiceId: string; promisedOn: string; recordedOn: string; note: string; createdAt: string };
export type ReminderStepRecord = { invoiceId: string; step: string; outcome: string; recordedAt: string };
export type LetterRecord = { id: string; clientId: string; rule: unknown; effectiveOn: string; sentTo: string; createdAt: string };
export type LateFeeRecord = { invoiceId: string; key: string; reason: string; amount: number; chargedOn: string; createdAt: string };

export function invoicePaymentsRepository(db: Db, workspaceId: string) {
  return {
    async insertPayment(invoiceId: string, payment: { amount: number; paidOn: string; method: string; reference: string }, now: string): Promise<string> {
      const id = newId();
      await db.insertInto('payments').values({ id, workspace_id: workspaceId, invoice_id: invoiceId, amount: payment.amount, paid_on: payment.paidOn, method: payment.method, reference: payment.reference, created_at: now }).execute();
      return id;
    },

    /** Payments of the given invoices, oldest first. */
    async payments(invoiceIds: readonly string[]): Promise<PaymentRecord[]> {
      if (invoiceIds.length === 0) return [];
      const rows = await db.selectFrom('payments').selectAll().where('workspace_id', '=', workspaceId).where('invoice_id', 'in', [...invoiceIds]).orderBy('paid_on').orderBy('created_at').orderBy('id').execute();
      return rows.map((r) => ({ id: r.id, invoiceId: r.invoice_id, amount: toNumber(r.amount), paidOn: r.paid_on, method: r.method, reference: r.reference, createdAt: r.created_at }));
    },

    async insertPromise(invoiceId: string, promise: { promisedOn: string; recordedOn: string; note: string }, now: string): Promise<string> {
      const id = newId();
      await db.insertInto('promises_to_pay').values({ id, workspace_id: workspaceId, invoice_id: invoiceId, promised_on: promise.promisedOn, recorded_on: promise.recordedOn, note: promise.note, created_at: now }).execute();
      return id;
    },

    async promises(invoiceIds: readonly string[]): Promise<PromiseRecord[]> {
      if (invoiceIds.length === 0) return [];
      const rows = await db.selectFrom('promises_to_pay').selectAll().where('workspace_id', '=', workspaceId).where('invoice_id', 'in', [...invoiceIds]).orderBy('created_at').orderBy('id').execute();
      return rows.map((r) => ({ id: r.id, invoiceId: r.invoice_id, promisedOn: r.promised_on, recordedOn: r.recorded_on, note: r.note, createdAt: r.created_at }));
    },

    /** Records a reminder step once; false when it was already recorded (another server, or a run after a crash). */
    async recordReminderStep(invoiceId: string, step: string, outcome: string, now: string): Promise<boolean> {
      const result = await db
        .insertInto('reminders_sent')
        .values({ id: newId(), workspace_id: workspaceId, invoice_id: invoiceId, step, outcome, recorded_at: now })
        .onConflict((oc) => oc.columns(['invoice_id', 'step']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
    },

    async reminderSteps(invoiceId: string): Promise<ReminderStepRecord[]> {
      const rows = await db.selectFrom('reminders_sent').selectAll().where('workspace_id', '=', workspaceId).where('invoice_id', '=', invoiceId).orderBy('recorded_at').orderBy('step').execute();
      return rows.map((r) => ({ invoiceId: r.invoice_id, step: r.step, outcome: r.outcome, recordedAt: r.recorded_at }));
    },

    /** Records a fee once under its key; false when that fee was already charged. */
    async recordLateFee(invoiceId: string, fee: { key: string; reason: string; amount: number; chargedOn: string }, now: string): Promise<boolean> {
      const result = await db
        .insertInto('late_fees')
        .values({ id: newId(), workspace_id: workspaceId, invoice_id: invoiceId, fee_key: fee.key, reason: fee.reason, amount: fee.amount, charged_on: fee.chargedOn, created_at: now })
        .onConflict((oc) => oc.columns(['invoice_id', 'fee_key']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
    },

    async insertLetter(clientId: string, letter: { rule: unknown; effectiveOn: string; sentTo: string }, now: string): Promise<string> {
      const id = newId();
      await db.insertInto('late_fee_letters').values({ id, workspace_id: workspaceId, client_id: clientId, rule: JSON.stringify(letter.rule), effective_on: letter.effectiveOn, sent_to: letter.sentTo, created_at: now }).execute();
      return id;
    },

    /** A client's policy-update letters, newest first. */
    async letters(clientId: string): Promise<LetterRecord[]> {
      const rows = await db.selectFrom('late_fee_letters').selectAll().where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map((r) => ({ id: r.id, clientId: r.client_id, rule: JSON.parse(r.rule) as unknown, effectiveOn: r.effective_on, sentTo: r.sent_to, createdAt: r.created_at }));
    },

    async lateFees(invoiceId: string): Promise<LateFeeRecord[]> {
      const rows = await db.selectFrom('late_fees').selectAll().where('workspace_id', '=', workspaceId).where('invoice_id', '=', invoiceId).orderBy('charged_on').orderBy('fee_key').execute();
      return rows.map((r) => ({ invoiceId: r.invoice_id, key: r.fee_key, reason: r.reason, amount: toNumber(r.amount), chargedOn: r.charged_on, createdAt: r.created_at }));
    },
  };
}

export type ReminderCursor = { nextReminderOn: string; id: string };

/**
 * Across workspaces, for the reminders job: invoices with a reminder step possibly due by `until`, after `cursor`, in
 * (next_reminder_on, id) order, so the partial index is read in order and the work follows the due rows, not the table.
 */
export async function invoicesWithReminderDue(db: Db, until: string, cursor: ReminderCursor | null, max: number): Promise<{ id: string; workspaceId: string; nextReminderOn: string }[]> {
  let query = db
    .selectFrom('invoices')
    .select(['id', 'workspace_id', 'next_reminder_on'])
    .where('next_reminder_on', 'is not', null)
    .where('next_reminder_on', '<=', until);
  if (cursor) query = query.where((eb) => eb(eb.refTuple('next_reminder_on', 'id'), '>', eb.tuple(cursor.nextReminderOn, cursor.id)));
  const rows = await query.orderBy('next_reminder_on').orderBy('id').limit(max).execute();
  return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id, nextReminderOn: r.next_reminder_on! }));
}

/** Across workspaces, for the late-fees job: open invoices past due under a rule (their own, or a client's letter in effect by `until`). */
export async function overdueInvoicesWithRule(db: Db, until: string, afterId: string, max: number): Promise<{ id: string; workspaceId: string }[]> {
  const rows = await db
    .selectFrom('invoices')
    .select(['id', 'workspace_id'])
    .where('status', 'in', ['issued', 'viewed', 'partially_paid'])
    .where('due_on', '<', until)
    .where((eb) =>
      eb.or([
        eb('late_fee_rule', 'is not', null),
        eb.exists(
          eb
            .selectFrom('late_fee_letters')
            .select('late_fee_letters.id')
            .whereRef('late_fee_letters.workspace_id', '=', 'invoices.workspace_id')
            .whereRef('late_fee_letters.client_id', '=', 'invoices.client_id')
            .where('late_fee_letters.effective_on', '<=', until),
        ),
      ]),
    )
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(max)
    .execute();
  return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id }));
}
