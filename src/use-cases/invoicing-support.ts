// What the invoicing use cases share: today's date in the workspace, rule conversions, reminder dates and the invoice view.
import type { Clock } from '../clock.ts';
import type { Db } from '../db/connect.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { invoicesRepository, type InvoiceRecord } from '../db/repositories/invoices.ts';
import { invoicePaymentsRepository, type LetterRecord, type PaymentRecord, type PromiseRecord } from '../db/repositories/invoice-payments.ts';
import { lateFeeTermsFor, type LateFeeTerms, type PolicyLetter } from '../domain/invoicing/late-fee-terms.ts';
import { invoiceTotals, QUANTITY_SCALE, type InvoiceLineInput } from '../domain/invoicing/invoice-lines.ts';
import { balanceOf, isOpen, statusOn } from '../domain/invoicing/invoice-status.ts';
import { assessLateFees, type LateFeeAssessment, type LateFeeRule as DomainRule } from '../domain/invoicing/late-fees.ts';
import { addDays, dayNumber } from '../domain/invoicing/local-dates.ts';
import { pausedRanges, promiseOutcome } from '../domain/invoicing/promises.ts';
import { reminderStepKey } from '../domain/invoicing/reminders.ts';
import { isSpanishWorkspace } from '../domain/invoicing/spanish-invoice.ts';
import { notFound } from '../errors.ts';
import type { Invoice, InvoicingSettings, LateFeeRule } from '../schemas/invoices.ts';
import type { Language } from '../schemas/common.ts';

/** Today's calendar date where the freelancer works: due dates and reminders follow the workspace's time zone. */
export async function workspaceToday(db: Db, workspaceId: string, clock: Clock): Promise<string> {
  const workspace = await accountsRepository(db).findWorkspace(workspaceId);
  if (!workspace) throw notFound('This workspace');
  return clock.now().toZonedDateTimeISO(workspace.time_zone).toPlainDate().toString();
}

const toBp = (percent: number) => Math.round(percent * 100);
const fromBp = (bp: number) => bp / 100;

export function toDomainRule(rule: LateFeeRule | null): DomainRule | null {
  if (rule === null) return null;
  switch (rule.kind) {
    case 'flat':
      return { kind: 'flat', amount: rule.amount, graceDays: rule.graceDays };
    case 'percent_once':
      return { kind: 'percent_once', percentBp: toBp(rule.percent), graceDays: rule.graceDays };
    case 'percent_monthly':
      return { kind: 'percent_monthly', percentBp: toBp(rule.percent), graceDays: rule.graceDays, capPercentBp: rule.capPercent === null ? null : toBp(rule.capPercent) };
    case 'statutory_eu':
    case 'statutory_uk':
      return { kind: rule.kind };
  }
}

export function toApiRule(stored: unknown): LateFeeRule | null {
  const rule = stored as DomainRule | null;
  if (rule === null) return null;
  switch (rule.kind) {
    case 'flat':
      return { kind: 'flat', amount: rule.amount, graceDays: rule.graceDays };
    case 'percent_once':
      return { kind: 'percent_once', percent: fromBp(rule.percentBp), graceDays: rule.graceDays };
    case 'percent_monthly':
      return { kind: 'percent_monthly', percent: fromBp(rule.percentBp), graceDays: rule.graceDays, capPercent: rule.capPercentBp === null ? null : fromBp(rule.capPercentBp) };
    case 'statutory_eu':
    case 'statutory_uk':
      return { kind: rule.kind };
  }
}

export type ApiLine = { description: string; quantity: number; unitPrice: number; discount: number; taxRate: number };

export function toDomainLines(lines: readonly ApiLine[]): InvoiceLineInput[] {
  return lines.map((l) => ({ description: l.description, quantityMilli: Math.round(l.quantity * QUANTITY_SCALE), unitPrice: l.unitPrice, discount: l.discount, taxRateBp: toBp(l.taxRate) }));
}

export function scheduleFor(settings: InvoicingSettings, clientId: string): number[] {
  return settings.clientReminderDays[clientId] ?? settings.reminderDays;
}

/**
 * The first day the reminders job should look at an invoice again: the next step after the last one recorded, or the
 * day after a running promise ends, whichever is later; null once it is paid, void, or every step is behind it.
 */
export function nextReminderOn(
  invoice: Pick<InvoiceRecord, 'status' | 'total' | 'paid' | 'dueOn'>,
  schedule: readonly number[],
  recordedSteps: ReadonlySet<string>,
  promises: readonly { promisedOn: string }[],
): string | null {
  if (!isOpen(invoice.status) || invoice.dueOn === null || balanceOf(invoice) <= 0) return null;
  const offsets = [...schedule].sort((a, b) => a - b);
  let lastRecorded = -1;
  offsets.forEach((offset, index) => {
    if (recordedSteps.has(reminderStepKey(offset))) lastRecorded = index;
  });
  const next = offsets[lastRecorded + 1];
  if (next === undefined) return null;
  let date = addDays(invoice.dueOn, next);
  for (const promise of promises) {
    const after = addDays(promise.promisedOn, 1);
    if (dayNumber(after) > dayNumber(date)) date = after;
  }
  return date;
}

/** Recomputes the next reminder day of every open invoice of the workspace (after its schedules changed). */
export async function refreshReminderDates(trx: Db, workspaceId: string, settings: InvoicingSettings): Promise<void> {
  const open = await trx.selectFrom('invoices').selectAll().where('workspace_id', '=', workspaceId).where('status', 'in', ['issued', 'viewed', 'partially_paid']).execute();
  const invoices = invoicesRepository(trx, workspaceId);
  const children = invoicePaymentsRepository(trx, workspaceId);
  for (const row of open) {
    const steps = new Set((await children.reminderSteps(row.id)).map((s) => s.step));
    const promises = await children.promises([row.id]);
    const record = { status: row.status as InvoiceRecord['status'], total: Number(row.total), paid: Number(row.paid), dueOn: row.due_on };
    await invoices.setNextReminderOn(row.id, nextReminderOn(record, scheduleFor(settings, row.client_id), steps, promises));
  }
}

/** The day the balance reached zero, from the payments (null while anything is owed). */
export function paidInFullOn(invoice: Pick<InvoiceRecord, 'total'>, payments: readonly PaymentRecord[]): string | null {
  let paid = 0;
  for (const payment of payments) {
    paid += payment.amount;
    if (paid >= invoice.total) return payment.paidOn;
  }
  return null;
}

export function referenceRates(settings: InvoicingSettings, rule: DomainRule): (halfYear: string) => number | undefined {
  const rates = rule.kind === 'statutory_uk' ? settings.ukBaseRates : settings.euReferenceRates;
  return (halfYear) => {
    const percent = rates[halfYear];
    return percent === undefined ? undefined : toBp(percent);
  };
}

export function policyLetters(records: readonly LetterRecord[]): PolicyLetter[] {
  return records.map((r) => ({ rule: r.rule as DomainRule, effectiveOn: r.effectiveOn, sentOn: r.createdAt.slice(0, 10) }));
}

export function termsOf(invoice: InvoiceRecord, letters: readonly PolicyLetter[], today: string): LateFeeTerms | null {
  if (invoice.dueOn === null || invoice.status === 'draft' || invoice.status === 'void' || invoice.correctsInvoiceId !== null) return null;
  return lateFeeTermsFor(invoice.lateFeeRule as DomainRule | null, letters, invoice.dueOn, today);
}

export function assessInvoiceFees(
  invoice: InvoiceRecord,
  payments: readonly PaymentRecord[],
  promises: readonly PromiseRecord[],
  settings: InvoicingSettings,
  today: string,
  letters: readonly PolicyLetter[],
): LateFeeAssessment | null {
  const terms = termsOf(invoice, letters, today);
  if (terms === null) return null;
  return assessLateFees(terms.rule, {
    principal: invoice.total,
    dueOn: terms.dueOn,
    today,
    payments: payments.map((p) => ({ paidOn: p.paidOn, amount: p.amount })),
    pausedRanges: pausedRanges(promises),
    referenceRateBp: referenceRates(settings, terms.rule),
  });
}

/** The whole invoice as the API shows it, as of `today`. */
export async function presentInvoice(db: Db, workspaceId: string, invoice: InvoiceRecord, settings: InvoicingSettings, today: string): Promise<Invoice> {
  const children = invoicePaymentsRepository(db, workspaceId);
  const [lines, payments, promises, steps, fees, workspace, letters] = [
    await invoicesRepository(db, workspaceId).lines(invoice.id),
    await children.payments([invoice.id]),
    await children.promises([invoice.id]),
    await children.reminderSteps(invoice.id),
    await children.lateFees(invoice.id),
    await accountsRepository(db).findWorkspace(workspaceId),
    policyLetters(await children.letters(invoice.clientId)),
  ];
  const totals = invoiceTotals(lines, invoice.withholdingRateBp);
  const assessment = assessInvoiceFees(invoice, payments, promises, settings, today, letters);
  const terms = termsOf(invoice, letters, today);
  const fullyPaidOn = paidInFullOn(invoice, payments);
  const sellerTaxId = invoice.status === 'draft' ? settings.seller.taxId : invoice.seller.taxId;
  return {
    id: invoice.id,
    clientId: invoice.clientId,
    kind: invoice.kind as Invoice['kind'],
    status: statusOn(invoice, today),
    number: invoice.number,
    series: invoice.series,
    currency: invoice.currency,
    language: invoice.language as Language,
    issueDate: invoice.issueDate,
    operationDate: invoice.operationDate,
    dueOn: invoice.dueOn,
    seller: invoice.status === 'draft' ? { ...settings.seller } : invoice.seller,
    buyer: invoice.buyer,
    lines: totals.lines.map((l) => ({ description: l.description, quantity: l.quantityMilli / QUANTITY_SCALE, unitPrice: l.unitPrice, discount: l.discount, taxRate: fromBp(l.taxRateBp), base: l.base, tax: l.tax })),
    taxes: totals.byRate.map((r) => ({ taxRate: fromBp(r.taxRateBp), base: r.base, tax: r.tax })),
    base: invoice.base,
    tax: invoice.tax,
    withholdingRate: fromBp(invoice.withholdingRateBp),
    withholding: invoice.withholding,
    total: invoice.total,
    paid: invoice.paid,
    balance: invoice.status === 'void' ? 0 : balanceOf(invoice),
    notes: invoice.notes,
    lateFeeRule: toApiRule(invoice.lateFeeRule),
    lateFees: {
      basis: terms?.basis ?? null,
      appliedRule: terms ? toApiRule(terms.rule) : null,
      effectiveOn: terms?.effectiveOn ?? null,
      charges: fees.map((f) => ({ key: f.key, reason: f.reason, amount: f.amount, chargedOn: f.chargedOn })),
      chargedTotal: fees.reduce((sum, f) => sum + f.amount, 0),
      // Once fixed into a charge, interest is no longer "accruing".
      accruedInterest: fees.some((f) => f.key === 'statutory_interest') ? null : (assessment?.accruedInterest ?? null),
      missingReferenceRates: assessment?.missingRates ?? [],
    },
    payments: payments.map((p) => ({ id: p.id, amount: p.amount, paidOn: p.paidOn, method: p.method as Invoice['payments'][number]['method'], reference: p.reference, createdAt: p.createdAt })),
    promises: promises.map((p) => ({ id: p.id, promisedOn: p.promisedOn, recordedOn: p.recordedOn, note: p.note, outcome: promiseOutcome(p, fullyPaidOn, today) })),
    remindersSent: steps.map((s) => ({ step: s.step, outcome: s.outcome, recordedAt: s.recordedAt })),
    correctsInvoiceId: invoice.correctsInvoiceId,
    agreementId: invoice.agreementId,
    billingPeriod: invoice.billingPeriod,
    voidReason: invoice.voidReason,
    isSpanishInvoice: isSpanishWorkspace(workspace?.currency ?? '', sellerTaxId) && invoice.currency === 'EUR',
    version: invoice.version,
    createdAt: invoice.createdAt,
    updatedAt: invoice.updatedAt,
    issuedAt: invoice.issuedAt,
    viewedAt: invoice.viewedAt,
    voidedAt: invoice.voidedAt,
  };
}
