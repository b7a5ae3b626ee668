// Plain words for invoices: titles, reminder steps, late-fee rules, months, server field errors, and "today" for defaults.
import type { TFunction } from 'i18next';
import { ApiError } from '../api/http.ts';
import type { Invoice, LateFeeRule } from '../api/invoices.ts';
import { formatMoney } from '../forms/money.ts';
import { localeFor } from '../i18n/language.ts';
import { describeError } from '../components/describe-error.ts';


/** "Invoice 2027-0001", or "Draft invoice" while it has no number. */
export function invoiceTitle(invoice: Pick<Invoice, 'number'>, t: TFunction): string {
  return invoice.number ? t('invoices.title.numbered', { number: invoice.number }) : t('invoices.title.draft');
}

/** A billing month ("2027-04") as "April 2027" in the reader's language. */
export function formatMonth(period: string, language: string): string {
  const date = new Date(`${period}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return period;
  return new Intl.DateTimeFormat(localeFor(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A calendar day (YYYY-MM-DD) in a table or a short line: "Feb 1, 2027", "1 feb 2027". Plain dates carry no zone. */
export function formatShortDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A half-year key ("2027-H1") as words: "the first half of 2027". */
export function halfYearText(halfYear: string, t: TFunction): string {
  const match = /^(\d{4})-H([12])$/.exec(halfYear);
  return match ? t(`invoices.lateFees.halfYear${match[2]}`, { year: match[1] }) : halfYear;
}

/** Days from the due date of a reminder step key ("d-3" → -3), so steps can be listed in schedule order. */
export function reminderStepOffset(step: string): number {
  const match = /^d([+-]?\d+)$/.exec(step);
  return match ? Number(match[1]) : 0;
}

/** A reminder step key ("d-3", "d0", "d+7") as words. */
export function reminderStepText(step: string, t: TFunction): string {
  const match = /^d([+-]?\d+)$/.exec(step);
  if (!match) return step;
  const offset = Number(match[1]);
  if (offset === 0) return t('invoices.reminders.onDueDay');
  return offset < 0 ? t('invoices.reminders.daysBefore', { count: -offset }) : t('invoices.reminders.daysAfter', { count: offset });
}

/** A late-fee rule in one sentence, in the invoice's currency. */
export function lateFeeRuleText(rule: LateFeeRule, currency: string, t: TFunction, language: string): string {
  switch (rule.kind) {
    case 'flat':
      return t('invoices.lateFeeRules.flatText', { amount: formatMoney(rule.amount, currency, language), count: rule.graceDays });
    case 'percent_once':
      return t('invoices.lateFeeRules.percentOnceText', { percent: formatPercent(rule.percent, language), count: rule.graceDays });
    case 'percent_monthly':
      return rule.capPercent === null
        ? t('invoices.lateFeeRules.percentMonthlyText', { percent: formatPercent(rule.percent, language), count: rule.graceDays })
        : t('invoices.lateFeeRules.percentMonthlyCappedText', { percent: formatPercent(rule.percent, language), count: rule.graceDays, cap: formatPercent(rule.capPercent, language) });
    case 'statutory_eu':
      return t('invoices.lateFeeRules.statutoryEuText');
    case 'statutory_uk':
      return t('invoices.lateFeeRules.statutoryUkText');
  }
}

/** 21 → "21 %" / "21%", the way the reader writes percentages. */
export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language), { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

function isoDayIn(instant: Date, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  } catch {
    return instant.toISOString().slice(0, 10);
  }
}

/**
 * Today in the workspace, for default dates. The server's clock is the truth (demos and tests pin it), so no default is
 * earlier than the last day the server wrote on this invoice: a payment dialog never proposes a date before the issue.
 */
export function todayFor(invoice: Pick<Invoice, 'issueDate' | 'updatedAt'> | undefined, timeZone: string): string {
  const candidates = [isoDayIn(new Date(), timeZone)];
  if (invoice?.issueDate) candidates.push(invoice.issueDate);
  if (invoice?.updatedAt) candidates.push(isoDayIn(new Date(invoice.updatedAt), timeZone));
  return candidates.sort().at(-1)!;
}

const statutoryCurrency: Partial<Record<LateFeeRule['kind'], string>> = { statutory_eu: 'EUR', statutory_uk: 'GBP' };

/**
 * A server field error in the reader's language, chosen by the field's path ("lines.0.taxRate", "buyer.taxId"); the
 * server writes English, so fields without their own words get the generic message.
 */
export function invoiceFieldMessage(field: string, t: TFunction, context: { lateFeeKind?: string } = {}): string {
  if (field === 'lateFeeRule') {
    const currency = context.lateFeeKind ? statutoryCurrency[context.lateFeeKind as LateFeeRule['kind']] : undefined;
    return currency ? t('invoices.errors.ruleCurrency', { currency }) : t('errors.fieldGeneric');
  }
  const known: Record<string, string> = {
    clientId: 'client',
    currency: 'currency',
    dueOn: 'dueOn',
    operationDate: 'operationDate',
    'buyer.name': 'buyerName',
    'buyer.taxId': 'buyerTaxId',
    'buyer.address': 'buyerAddress',
    lines: 'lines',
    notes: 'notes',
    paidOn: 'paidOn',
    promisedOn: 'promisedOn',
    reason: 'reason',
    'lateFeeRule.amount': 'notAnAmount',
    'lateFeeRule.percent': 'percent',
    'lateFeeRule.capPercent': 'percent',
    'lateFeeRule.graceDays': 'graceDays',
  };
  const lineField = /^lines\.\d+\.(\w+)$/.exec(field)?.[1];
  const lineCodes: Record<string, string> = { description: 'description', quantity: 'quantity', unitPrice: 'notAnAmount', discount: 'notAnAmount', taxRate: 'taxRate' };
  const code = lineField ? lineCodes[lineField] : known[field];
  return code ? t(`invoices.errors.${code}`) : t('errors.fieldGeneric');
}

/** True when issuing was refused for the seller's own details, which live in the invoicing settings. */
export function isMissingSellerDetails(error: unknown): boolean {
  return error instanceof ApiError && error.fieldErrors.some((problem) => problem.field.startsWith('seller.'));
}

/** An invoice action's failure in one sentence; a refusal (409) is explained by what was tried, not "That already exists". */
export function describeInvoiceError(error: unknown, t: TFunction, action: 'save' | 'issue' | 'void' | 'payment' | 'promise'): string {
  if (error instanceof ApiError && error.code === 'conflict') return t(`invoices.errors.refused.${action}`);
  if (error instanceof ApiError && error.code === 'unprocessable') return t('invoices.errors.checkFields');
  return describeError(error, t);
}

/** The editor's own checks (codes keyed by field path) as messages in the reader's language. */
export function draftProblemMessages(problems: Record<string, string>, t: TFunction): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, code]) => [field, t(`invoices.errors.${code}`)]));
}
