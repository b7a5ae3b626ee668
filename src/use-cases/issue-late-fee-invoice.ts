// Bills the late fees an invoice has been charged: statutory interest accrued so far is fixed into a charge (once, under
// its key), then a `late_fee` invoice with one line per fee not billed yet is written and issued, and each of those fees
// remembers it. Never a surprise: only fees already charged under the signed terms or a policy letter are billed.
import { eventsRepository } from '../db/repositories/events.ts';
import { invoicePaymentsRepository } from '../db/repositories/invoice-payments.ts';
import { invoicesRepository, type InvoiceRecord } from '../db/repositories/invoices.ts';
import { toNumber } from '../db/normalize.ts';
import type { LateFeeRule as DomainRule } from '../domain/invoicing/late-fees.ts';
import { AppError, notFound } from '../errors.ts';
import { translatorFor } from '../i18n/server.ts';
import { formatDate } from '../outputs/pdf/invoice-format.ts';
import type { Language } from '../schemas/common.ts';
import type { Invoice, InvoicingSettings } from '../schemas/invoices.ts';
import type { Db } from '../db/connect.ts';
import { applyDueLateFees } from './apply-late-fees.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { draftFields } from './create-invoice.ts';
import { issueDraft } from './issue-invoice.ts';
import { loadInvoicingSettings } from './invoicing-settings.ts';
import { assessInvoiceFees, policyLetters, presentInvoice, termsOf, workspaceToday } from './invoicing-support.ts';

type UnbilledFee = { id: string; reason: string; amount: number; chargedOn: string };

async function unbilledFees(trx: Db, workspaceId: string, invoiceId: string): Promise<UnbilledFee[]> {
  const rows = await trx
    .selectFrom('late_fees')
    .select(['id', 'reason', 'amount', 'charged_on'])
    .where('workspace_id', '=', workspaceId)
    .where('invoice_id', '=', invoiceId)
    .where('billed_by_invoice_id', 'is', null)
    .orderBy('charged_on')
    .orderBy('fee_key')
    .execute();
  return rows.map((row) => ({ id: row.id, reason: row.reason, amount: toNumber(row.amount), chargedOn: row.charged_on }));
}

/**
 * Statutory interest is shown as accruing until the principal is settled; billing the fees now fixes what has accrued
 * up to today into a charge. It is recorded once (key `statutory_interest`): interest after today is not billed later.
 */
async function fixAccruedInterest(trx: Db, ctx: WorkspaceContext, invoice: InvoiceRecord, settings: InvoicingSettings, today: string): Promise<void> {
  const children = invoicePaymentsRepository(trx, ctx.workspaceId);
  const letters = policyLetters(await children.letters(invoice.clientId));
  const assessment = assessInvoiceFees(invoice, await children.payments([invoice.id]), await children.promises([invoice.id]), settings, today, letters);
  if (assessment === null) return;
  if (assessment.missingRates.length > 0) {
    const rule = termsOf(invoice, letters, today)?.rule as DomainRule;
    const field = rule.kind === 'statutory_uk' ? 'ukBaseRates' : 'euReferenceRates';
    const message = `Enter the reference rate for ${assessment.missingRates.join(', ')} in the invoicing settings: the statutory interest cannot be worked out without it.`;
    throw new AppError('unprocessable', message, { errors: [{ field, message }] });
  }
  const amount = assessment.accruedInterest;
  if (amount === null || amount <= 0) return;
  const now = ctx.clock.nowIso();
  const charge = { key: 'statutory_interest', reason: 'statutory_interest', amount, chargedOn: today };
  if (!(await children.recordLateFee(invoice.id, charge, now))) return;
  await eventsRepository(trx, ctx.workspaceId).append(
    { clientId: invoice.clientId, type: 'late_fee_applied', occurredAt: now, payload: { invoiceId: invoice.id, number: invoice.number, reason: charge.reason, amount, currency: invoice.currency, chargedOn: today }, isConfidential: false },
    now,
  );
}

export type IssueLateFeeInvoiceOptions = { ctx: WorkspaceContext; invoiceId: string };

export async function issueLateFeeInvoice({ ctx, invoiceId }: IssueLateFeeInvoiceOptions): Promise<Invoice> {
  return inTransaction(ctx, async (trx) => {
    const invoices = invoicesRepository(trx, ctx.workspaceId);
    // Locked: two clicks (or two servers) bill each fee once; the second finds nothing left.
    const original = await invoices.findForUpdate(invoiceId);
    if (!original) throw notFound('This invoice');
    if (original.status === 'void') throw new AppError('conflict', 'This invoice is void, so its late fees are not billed. Bill them on the invoice that replaced it, if any.');
    if (original.status === 'draft') throw new AppError('conflict', 'A draft is not due yet, so it has no late fees. Issue it first.');
    const { settings } = await loadInvoicingSettings(trx, ctx.workspaceId);
    const today = await workspaceToday(trx, ctx.workspaceId, ctx.clock);
    // Fees the terms make due by today are charged first (the job may not have run yet today).
    await applyDueLateFees(trx, ctx.workspaceId, ctx.clock, original, settings, today);
    await fixAccruedInterest(trx, ctx, original, settings, today);
    const fees = await unbilledFees(trx, ctx.workspaceId, original.id);
    if (fees.length === 0) {
      throw new AppError('unprocessable', 'Nothing is left to bill: this invoice has no late fees charged under its terms that a late-fee invoice has not billed already.');
    }
    const language = original.language as Language;
    const t = translatorFor(language);
    const number = original.number ?? '';
    const { fields, lines } = draftFields({
      kind: 'late_fee',
      currency: original.currency,
      language,
      dueOn: null,
      operationDate: null,
      buyer: original.buyer,
      // Late-payment interest and recovery compensation pay for damage, not for a supply: no VAT/IVA and no withholding.
      lines: fees.map((fee) => ({
        description: t('web.moneyUpFront.lines.lateFee', { reason: t(`web.moneyUpFront.lines.reasons.${fee.reason}`, { defaultValue: fee.reason }), number, date: formatDate(fee.chargedOn, language) }),
        quantity: 1,
        unitPrice: fee.amount,
        discount: 0,
        taxRate: 0,
      })),
      withholdingRate: 0,
      notes: t('web.moneyUpFront.lines.lateFeeNotes', { number }),
      // Fees never bear fees.
      lateFeeRule: null,
    });
    const now = ctx.clock.nowIso();
    const id = await invoices.insertDraft(original.clientId, fields, { series: 'default', correctsInvoiceId: null, agreementId: original.agreementId }, now);
    await invoices.replaceLines(id, lines);
    const issued = await issueDraft(trx, ctx, (await invoices.findById(id))!, settings, today);
    await trx
      .updateTable('late_fees')
      .set({ billed_by_invoice_id: issued.id })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', 'in', fees.map((fee) => fee.id))
      .execute();
    return presentInvoice(trx, ctx.workspaceId, issued, settings, today);
  });
}
