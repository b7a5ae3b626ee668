// Records money received against an invoice: partial payments allowed, never more than the balance; payment stops reminders.
import { eventsRepository } from '../db/repositories/events.ts';
import { invoicePaymentsRepository } from '../db/repositories/invoice-payments.ts';
import { invoicesRepository } from '../db/repositories/invoices.ts';
import { afterPayment, isRefusal } from '../domain/invoicing/invoice-status.ts';
import { daysBetween } from '../domain/invoicing/local-dates.ts';
import { AppError, invalidField, notFound } from '../errors.ts';
import type { Invoice, RecordPaymentBody } from '../schemas/invoices.ts';
import { applyDueLateFees } from './apply-late-fees.ts';
import { releasePaidDeliverables } from './release-paid-deliverables.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadInvoicingSettings } from './invoicing-settings.ts';
import { nextReminderOn, presentInvoice, scheduleFor, workspaceToday } from './invoicing-support.ts';

export type RecordPaymentOptions = { ctx: WorkspaceContext; invoiceId: string; payment: RecordPaymentBody };

export async function recordPayment({ ctx, invoiceId, payment }: RecordPaymentOptions): Promise<Invoice> {
  return inTransaction(ctx, async (trx) => {
    const invoices = invoicesRepository(trx, ctx.workspaceId);
    const invoice = await invoices.findForUpdate(invoiceId);
    if (!invoice) throw notFound('This invoice');
    const today = await workspaceToday(trx, ctx.workspaceId, ctx.clock);
    if (daysBetween(today, payment.paidOn) > 0) throw invalidField('paidOn', `The payment date ${payment.paidOn} is in the future; use the day the money arrived (today is ${today}).`);
    const outcome = afterPayment(invoice, payment.amount);
    if (isRefusal(outcome)) {
      if (outcome.field) throw invalidField(outcome.field, outcome.refused);
      throw new AppError('conflict', outcome.refused);
    }
    const now = ctx.clock.nowIso();
    const children = invoicePaymentsRepository(trx, ctx.workspaceId);
    await children.insertPayment(invoiceId, payment, now);
    const { settings } = await loadInvoicingSettings(trx, ctx.workspaceId);
    const steps = new Set((await children.reminderSteps(invoiceId)).map((s) => s.step));
    const updated = { ...invoice, paid: outcome.paid, status: outcome.status };
    await invoices.setPaid(invoiceId, outcome.paid, outcome.status, nextReminderOn(updated, scheduleFor(settings, invoice.clientId), steps, await children.promises([invoiceId])), now);
    await eventsRepository(trx, ctx.workspaceId).append(
      {
        clientId: invoice.clientId,
        type: 'payment_recorded',
        occurredAt: now,
        payload: { invoiceId, number: invoice.number, amount: payment.amount, currency: invoice.currency, paidOn: payment.paidOn, method: payment.method, balance: invoice.total - outcome.paid },
        isConfidential: false,
      },
      now,
    );
    const current = (await invoices.findById(invoiceId))!;
    // Settling the principal fixes accrued statutory interest into a charge, right away rather than at the next job run.
    if (outcome.status === 'paid') await applyDueLateFees(trx, ctx.workspaceId, ctx.clock, current, settings, today);
    // The contract's held final work goes to the client the moment nothing is owed on it any more.
    if (outcome.status === 'paid') await releasePaidDeliverables({ trx, deps: ctx, workspaceId: ctx.workspaceId, agreementId: invoice.agreementId });
    return presentInvoice(trx, ctx.workspaceId, current, settings, today);
  });
}
