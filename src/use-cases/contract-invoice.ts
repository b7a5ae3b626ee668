// The invoices Sana writes itself for a signed contract (the deposit on signing, each retainer month): one line in the
// client's language, the workspace's default tax and withholding, the contract's late fee, then issued when it can be.
import type { Db } from '../db/connect.ts';
import type { AgreementRecord } from '../db/repositories/agreements.ts';
import { invoicesRepository, type InvoiceRecord } from '../db/repositories/invoices.ts';
import type { AgreementDocument, LateFee } from '../domain/agreements/document.ts';
import type { LateFeeRule as DomainRule } from '../domain/invoicing/late-fees.ts';
import { AppError } from '../errors.ts';
import { translatorFor } from '../i18n/server.ts';
import { localeOf } from '../outputs/pdf/invoice-format.ts';
import type { Client } from '../schemas/clients.ts';
import type { Language } from '../schemas/common.ts';
import type { InvoicingSettings } from '../schemas/invoices.ts';
import { noteOnTimeline } from './agreement-support.ts';
import type { WorkspaceContext } from './context.ts';
import { draftFields } from './create-invoice.ts';
import { issueDraft } from './issue-invoice.ts';

/** The contract's late fee as the invoice's rule: a monthly percentage is simple interest per started 30 days, uncapped. */
export function invoiceRuleOf(lateFee: LateFee | null): DomainRule | null {
  if (lateFee === null) return null;
  switch (lateFee.kind) {
    case 'percent_per_month':
      return lateFee.percent > 0 ? { kind: 'percent_monthly', percentBp: Math.round(lateFee.percent * 100), graceDays: lateFee.graceDays, capPercentBp: null } : null;
    case 'flat':
      return lateFee.amount > 0 ? { kind: 'flat', amount: lateFee.amount, graceDays: lateFee.graceDays } : null;
  }
}

/**
 * Who the invoice is addressed to: the client party the contract names (falling back to the client's company or name),
 * with the tax id the freelancer wrote on this client's latest invoice, since a contract does not carry one.
 */
export async function buyerOf(trx: Db, workspaceId: string, document: AgreementDocument, client: Client): Promise<InvoiceRecord['buyer']> {
  const party = document.parties.client;
  const place = [party.city, party.region, party.countryCode].map((part) => part.trim()).filter((part) => part !== '');
  const address = [party.address.trim(), place.join(', ')].filter((part) => part !== '').join('\n');
  const earlier = (await invoicesRepository(trx, workspaceId).listIssuedForClient(client.id))
    .filter((invoice) => invoice.buyer.taxId.trim() !== '')
    .sort((a, b) => (b.issuedAt ?? '').localeCompare(a.issuedAt ?? ''));
  return { name: party.name.trim() || client.company || client.name, taxId: earlier[0]?.buyer.taxId ?? '', address: address.slice(0, 500) };
}

/** A line's text in the client's language, ending with the contract's title when it has one. */
export function contractLineText(language: Language, key: string, values: Record<string, unknown>, title: string): string {
  const text = translatorFor(language)(`web.moneyUpFront.lines.${key}`, values);
  return (title.trim() === '' ? text : `${text} — ${title.trim()}`).slice(0, 500);
}

/** "April 2027" / "abril de 2027". */
export function monthName(month: string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

export type ContractInvoiceInput = {
  kind: 'deposit' | 'retainer';
  agreement: AgreementRecord;
  document: AgreementDocument;
  client: Client;
  description: string;
  /** The line's taxable amount in minor units of the contract's currency. */
  base: number;
  dueOn: string | null;
  billingPeriod: string | null;
  settings: InvoicingSettings;
};

/** Writes the draft (no number yet) inside the caller's transaction. */
export async function draftContractInvoice(trx: Db, ctx: WorkspaceContext, input: ContractInvoiceInput): Promise<InvoiceRecord> {
  const { fields, lines } = draftFields({
    kind: input.kind,
    currency: input.document.cost.currency,
    language: input.client.language,
    dueOn: input.dueOn,
    operationDate: null,
    buyer: await buyerOf(trx, ctx.workspaceId, input.document, input.client),
    lines: [{ description: input.description, quantity: 1, unitPrice: input.base, discount: 0, taxRate: input.settings.defaultTaxRate }],
    withholdingRate: input.settings.defaultWithholdingRate,
    notes: '',
    lateFeeRule: invoiceRuleOf(input.document.cost.lateFee),
  });
  const invoices = invoicesRepository(trx, ctx.workspaceId);
  const id = await invoices.insertDraft(input.client.id, fields, { series: 'default', correctsInvoiceId: null, agreementId: input.agreement.id, billingPeriod: input.billingPeriod }, ctx.clock.nowIso());
  await invoices.replaceLines(id, lines);
  return (await invoices.findById(id))!;
}

export type IssueOutcome = { isIssued: true; invoice: InvoiceRecord } | { isIssued: false; invoice: InvoiceRecord; message: string; fields: string[] };

/**
 * Issues the draft, or leaves it a draft when issuing is refused (a Spanish invoice missing a tax id, say) and says on
 * the timeline what to complete. The refusal comes before anything is written, so the caller's transaction goes on.
 */
export async function issueOrLeaveDraft(trx: Db, ctx: WorkspaceContext, invoice: InvoiceRecord, agreement: AgreementRecord, settings: InvoicingSettings, today: string): Promise<IssueOutcome> {
  try {
    return { isIssued: true, invoice: await issueDraft(trx, ctx, invoice, settings, today) };
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== 'unprocessable' && error.code !== 'conflict')) throw error;
    const fields = (error.details.errors ?? []).map((e) => e.field);
    const payload = { kind: invoice.kind, agreementId: agreement.id, title: agreement.title, invoiceId: invoice.id, billingPeriod: invoice.billingPeriod, total: invoice.total, currency: invoice.currency, missing: fields, reason: error.message };
    await noteOnTimeline(trx, ctx.workspaceId, invoice.clientId, 'invoice_left_as_draft', payload, ctx.clock.nowIso());
    return { isIssued: false, invoice, message: error.message, fields };
  }
}
