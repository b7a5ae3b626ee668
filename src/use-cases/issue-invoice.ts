// Issues a draft: the next number of its series in the same transaction (gapless, even with issues running side by side),
// the seller's details frozen, the Spanish legal fields checked when the workspace invoices in Spain, a timeline entry.
import { accountsRepository } from '../db/repositories/accounts.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { drawNextNumber, invoicesRepository, type InvoiceRecord } from '../db/repositories/invoices.ts';
import { canIssue } from '../domain/invoicing/invoice-status.ts';
import { addDays } from '../domain/invoicing/local-dates.ts';
import { correctiveNumberPattern, formatInvoiceNumber, seriesPeriod } from '../domain/invoicing/numbering.ts';
import { isSpanishWorkspace, missingSpanishFields } from '../domain/invoicing/spanish-invoice.ts';
import type { Db } from '../db/connect.ts';
import { AppError, notFound } from '../errors.ts';
import type { Invoice, InvoicingSettings } from '../schemas/invoices.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { emailIssuedInvoice } from './email-issued-invoice.ts';
import { loadInvoicingSettings } from './invoicing-settings.ts';
import { nextReminderOn, presentInvoice, scheduleFor, workspaceToday } from './invoicing-support.ts';

const spanishFieldNames: Record<string, string> = {
  'seller.name': 'your legal name (invoicing settings)',
  'seller.taxId': 'your tax id (invoicing settings)',
  'seller.address': 'your address (invoicing settings)',
  'buyer.name': "the client's legal name",
  'buyer.taxId': "the client's tax id (NIF/CIF)",
  'buyer.address': "the client's address",
  operationDate: 'the operation date',
};

/** Inside the caller's transaction: also used when a void issues its corrective invoice. */
export async function issueDraft(trx: Db, ctx: WorkspaceContext, invoice: InvoiceRecord, settings: InvoicingSettings, today: string): Promise<InvoiceRecord> {
  const lineCount = (await invoicesRepository(trx, ctx.workspaceId).lines(invoice.id)).length;
  const dueOn = invoice.dueOn ?? addDays(today, settings.paymentTermsDays);
  const refusal = canIssue({ ...invoice, dueOn, lineCount, isCorrective: invoice.correctsInvoiceId !== null }, today);
  if (refusal) {
    throw new AppError(refusal.field ? 'unprocessable' : 'conflict', refusal.refused, refusal.field ? { errors: [{ field: refusal.field, message: refusal.refused }] } : {});
  }
  const workspace = await accountsRepository(trx).findWorkspace(ctx.workspaceId);
  if (!workspace) throw notFound('This workspace');
  // Spanish invoices state the operation date; when it is the issue date, it is written as such.
  const operationDate = invoice.operationDate ?? today;
  if (isSpanishWorkspace(workspace.currency, settings.seller.taxId) && invoice.currency === 'EUR') {
    const missing = missingSpanishFields(settings.seller, invoice.buyer, operationDate);
    if (missing.length > 0) {
      throw new AppError('unprocessable', `A Spanish invoice must show ${missing.map((m) => spanishFieldNames[m]).join(', ')}. Add them, then issue it.`, {
        errors: missing.map((field) => ({ field, message: `Required on a Spanish invoice: ${spanishFieldNames[field]}.` })),
      });
    }
  }
  const pattern = invoice.series === 'corrective' ? correctiveNumberPattern : settings.numberPattern;
  const sequence = await drawNextNumber(trx, ctx.workspaceId, invoice.series, seriesPeriod(pattern, today));
  const number = formatInvoiceNumber(pattern, today, sequence);
  const now = ctx.clock.nowIso();
  const next = invoice.correctsInvoiceId === null ? nextReminderOn({ ...invoice, status: 'issued', dueOn }, scheduleFor(settings, invoice.clientId), new Set(), []) : null;
  const invoices = invoicesRepository(trx, ctx.workspaceId);
  if (!(await invoices.markIssued(invoice.id, { number, issueDate: today, dueOn, operationDate, seller: settings.seller, nextReminderOn: next }, now))) {
    throw new AppError('conflict', 'This invoice was issued by someone else a moment ago; reload it to see its number.');
  }
  await eventsRepository(trx, ctx.workspaceId).append(
    { clientId: invoice.clientId, type: 'invoice_issued', occurredAt: now, payload: { invoiceId: invoice.id, number, total: invoice.total, currency: invoice.currency, dueOn }, isConfidential: false },
    now,
  );
  const issued = (await invoices.findById(invoice.id))!;
  // The client hears of it in the same commit: issued and emailed, or neither.
  await emailIssuedInvoice(trx, ctx, issued);
  return issued;
}

export async function issueInvoice({ ctx, invoiceId }: { ctx: WorkspaceContext; invoiceId: string }): Promise<Invoice> {
  return inTransaction(ctx, async (trx) => {
    const invoice = await invoicesRepository(trx, ctx.workspaceId).findForUpdate(invoiceId);
    if (!invoice) throw notFound('This invoice');
    const { settings } = await loadInvoicingSettings(trx, ctx.workspaceId);
    const today = await workspaceToday(trx, ctx.workspaceId, ctx.clock);
    const issued = await issueDraft(trx, ctx, invoice, settings, today);
    return presentInvoice(trx, ctx.workspaceId, issued, settings, today);
  });
}
