// Voids an issued invoice: it stays, numbered, marked void; a corrective invoice (its own series) cancels it and says why.
import { eventsRepository } from '../db/repositories/events.ts';
import { invoicesRepository } from '../db/repositories/invoices.ts';
import { canVoid } from '../domain/invoicing/invoice-status.ts';
import { AppError, notFound } from '../errors.ts';
import type { Invoice } from '../schemas/invoices.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadInvoicingSettings } from './invoicing-settings.ts';
import { presentInvoice, workspaceToday } from './invoicing-support.ts';
import { issueDraft } from './issue-invoice.ts';
import { releasePaidDeliverables } from './release-paid-deliverables.ts';

export async function voidInvoice({ ctx, invoiceId, reason }: { ctx: WorkspaceContext; invoiceId: string; reason: string }): Promise<{ voided: Invoice; corrective: Invoice }> {
  return inTransaction(ctx, async (trx) => {
    const invoices = invoicesRepository(trx, ctx.workspaceId);
    const invoice = await invoices.findForUpdate(invoiceId);
    if (!invoice) throw notFound('This invoice');
    const refusal = canVoid(invoice);
    if (refusal) throw new AppError('conflict', refusal.refused);
    const { settings } = await loadInvoicingSettings(trx, ctx.workspaceId);
    const today = await workspaceToday(trx, ctx.workspaceId, ctx.clock);
    const now = ctx.clock.nowIso();
    await invoices.markVoid(invoiceId, reason, now);
    // The corrective invoice repeats every line with the opposite sign, so the two together come to zero.
    const lines = (await invoices.lines(invoiceId)).map((line) => ({ ...line, quantityMilli: -line.quantityMilli, discount: -line.discount }));
    const correctiveId = await invoices.insertDraft(
      invoice.clientId,
      {
        kind: invoice.kind,
        currency: invoice.currency,
        language: invoice.language,
        dueOn: today,
        operationDate: invoice.operationDate,
        buyer: invoice.buyer,
        withholdingRateBp: invoice.withholdingRateBp,
        base: -invoice.base,
        tax: -invoice.tax,
        withholding: -invoice.withholding,
        total: -invoice.total,
        notes: reason,
        lateFeeRule: null,
      },
      { series: 'corrective', correctsInvoiceId: invoiceId },
      now,
    );
    await invoices.replaceLines(correctiveId, lines);
    const corrective = await issueDraft(trx, ctx, (await invoices.findById(correctiveId))!, settings, today);
    // Nothing is owed on a corrective invoice: it settles the voided one.
    await invoices.setPaid(correctiveId, corrective.total, 'paid', null, now);
    await eventsRepository(trx, ctx.workspaceId).append(
      { clientId: invoice.clientId, type: 'invoice_voided', occurredAt: now, payload: { invoiceId, number: invoice.number, correctiveInvoiceId: correctiveId, correctiveNumber: corrective.number, reason }, isConfidential: false },
      now,
    );
    // A cancelled invoice no longer holds the contract's final work back.
    await releasePaidDeliverables({ trx, deps: ctx, workspaceId: ctx.workspaceId, agreementId: invoice.agreementId });
    return {
      voided: await presentInvoice(trx, ctx.workspaceId, (await invoices.findById(invoiceId))!, settings, today),
      corrective: await presentInvoice(trx, ctx.workspaceId, (await invoices.findById(correctiveId))!, settings, today),
    };
  });
}
