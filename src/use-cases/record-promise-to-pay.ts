// Records the date a client promised to pay by: reminders and new late fees pause until then; kept or broken is counted.
import { eventsRepository } from '../db/repositories/events.ts';
import { invoicePaymentsRepository } from '../db/repositories/invoice-payments.ts';
import { invoicesRepository } from '../db/repositories/invoices.ts';
import { isOpen } from '../domain/invoicing/invoice-status.ts';
import { daysBetween } from '../domain/invoicing/local-dates.ts';
import { AppError, invalidField, notFound } from '../errors.ts';
import type { Invoice, RecordPromiseBody } from '../schemas/invoices.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadInvoicingSettings } from './invoicing-settings.ts';
import { nextReminderOn, presentInvoice, scheduleFor, workspaceToday } from './invoicing-support.ts';

export async function recordPromiseToPay({ ctx, invoiceId, promise }: { ctx: WorkspaceContext; invoiceId: string; promise: RecordPromiseBody }): Promise<Invoice> {
  return inTransaction(ctx, async (trx) => {
    const invoices = invoicesRepository(trx, ctx.workspaceId);
    const invoice = await invoices.findForUpdate(invoiceId);
    if (!invoice) throw notFound('This invoice');
    if (!isOpen(invoice.status)) throw new AppError('conflict', `This invoice is ${invoice.status}: a promise to pay only applies while money is owed.`);
    const today = await workspaceToday(trx, ctx.workspaceId, ctx.clock);
    if (daysBetween(today, promise.promisedOn) < 0) throw invalidField('promisedOn', `The promised date ${promise.promisedOn} has passed; use today (${today}) or later.`);
    const now = ctx.clock.nowIso();
    const children = invoicePaymentsRepository(trx, ctx.workspaceId);
    await children.insertPromise(invoiceId, { promisedOn: promise.promisedOn, recordedOn: today, note: promise.note }, now);
    const { settings } = await loadInvoicingSettings(trx, ctx.workspaceId);
    const steps = new Set((await children.reminderSteps(invoiceId)).map((s) => s.step));
    await invoices.setNextReminderOn(invoiceId, nextReminderOn(invoice, scheduleFor(settings, invoice.clientId), steps, await children.promises([invoiceId])));
    await eventsRepository(trx, ctx.workspaceId).append(
      { clientId: invoice.clientId, type: 'promise_recorded', occurredAt: now, payload: { invoiceId, number: invoice.number, promisedOn: promise.promisedOn }, isConfidential: false },
      now,
    );
    return presentInvoice(trx, ctx.workspaceId, (await invoices.findById(invoiceId))!, settings, today);
  });
}
