// The invoice editor's state as typed (text boxes), read into the API's body, and its live totals from the domain's own
// arithmetic, so what the screen adds up is exactly what the server will store.
import { invoiceTotals, QUANTITY_SCALE, type InvoiceLineInput, type InvoiceTotals } from '../../domain/invoicing/invoice-lines.ts';
import type { Invoice, LateFeeRule, NewInvoice } from '../api/invoices.ts';
import { currencyDigits, moneyToInput, parseMoney } from '../forms/money.ts';

// Spelled out here (and checked against the schema in the test) so the page does not bundle the server's Zod schemas.
export const invoiceKindChoices = ['standard', 'deposit', 'milestone', 'balance', 'retainer', 'late_fee'] as const satisfies readonly Invoice['kind'][];
export const invoiceStatusChoices = ['draft', 'issued', 'viewed', 'partially_paid', 'paid', 'overdue', 'void'] as const satisfies readonly Invoice['status'][];
export const paymentMethodChoices = ['bank_transfer', 'card', 'cash', 'cheque', 'direct_debit', 'paypal', 'other'] as const satisfies readonly Invoice['payments'][number]['method'][];
export const lateFeeChoices = ['none', 'flat', 'percent_once', 'percent_monthly', 'statutory_eu', 'statutory_uk'] as const;
export const withholdingChoices = [0, 7, 15] as const;

export type InvoiceKind = (typeof invoiceKindChoices)[number];
export type LateFeeChoice = (typeof lateFeeChoices)[number];
export type WithholdingRate = (typeof withholdingChoices)[number];

export type LineDraft = { key: string; description: string; quantity: string; unitPrice: string; discount: string; taxRate: string };
export type LateFeeDraft = { kind: LateFeeChoice; amount: string; percent: string; graceDays: string; capPercent: string };
export type PartyDraft = { name: string; taxId: string; address: string };

export type InvoiceDraft = {
  clientId: string;
  kind: InvoiceKind;
  currency: string;
  language: 'en' | 'es';
  dueOn: string;
  operationDate: string;
  buyer: PartyDraft;
  lines: LineDraft[];
  withholdingRate: WithholdingRate;
  notes: string;
  lateFee: LateFeeDraft;
};

/**
 * What the editor sends on create and on save: everything but the client (fixed once created), the contract it bills
 * (set by the contract's own flows, not typed here) and the version.
 */
export type DraftBody = Required<Omit<NewInvoice, 'clientId' | 'agreementId'>>;

/** Why a value cannot be sent yet; each code has a message under `invoices.errors`. */
export type DraftProblem = 'description' | 'notANumber' | 'quantity' | 'notAnAmount' | 'taxRate' | 'percent' | 'graceDays' | 'amountAboveZero' | 'currency';

let lastKey = 0;
export function newLineKey(): string {
  lastKey += 1;
  return `line-${lastKey}`;
}

/** A decimal typed with either mark ("1,5" or "1.5"), optionally negative; undefined when empty, null when not a number. */
export function parseDecimal(text: string, maxDecimals: number): number | null | undefined {
  const compact = text.trim().replace(/\s/g, '');
  if (compact === '') return undefined;
  const match = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(compact);
  if (!match) return null;
  const fraction = match[3] ?? '';
  if (fraction.length > maxDecimals) return null;
  const value = Number(`${match[1]}${match[2]}.${fraction || '0'}`);
  return Number.isFinite(value) ? value : null;
}

/** A decimal written back for editing, with the reader's decimal mark. */
export function decimalToInput(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return language === 'es' ? text.replace('.', ',') : text;
}

/** Money as typed; a leading minus makes a credit (a negative unit price or discount on a corrective line). */
export function parseSignedMoney(text: string, digits: number): number | null | undefined {
  const trimmed = text.trim();
  const isNegative = trimmed.startsWith('-');
  const parsed = parseMoney(isNegative ? trimmed.slice(1) : trimmed, digits);
  if (parsed === null || parsed === undefined) return parsed;
  return isNegative ? -parsed : parsed;
}

export function signedMoneyToInput(minor: number, digits: number, language: string): string {
  return minor < 0 ? `-${moneyToInput(-minor, digits, language)}` : moneyToInput(minor, digits, language);
}

export function emptyLine(taxRate: number, language: string): LineDraft {
  return { key: newLineKey(), description: '', quantity: '1', unitPrice: '', discount: '', taxRate: decimalToInput(taxRate, language) };
}

const noLateFee: LateFeeDraft = { kind: 'none', amount: '', percent: '', graceDays: '0', capPercent: '' };

export function emptyDraft(defaults: { clientId: string; currency: string; language: 'en' | 'es'; taxRate: number; withholdingRate: WithholdingRate; uiLanguage: string }): InvoiceDraft {
  return {
    clientId: defaults.clientId,
    kind: 'standard',
    currency: defaults.currency,
    language: defaults.language,
    dueOn: '',
    operationDate: '',
    buyer: { name: '', taxId: '', address: '' },
    lines: [emptyLine(defaults.taxRate, defaults.uiLanguage)],
    withholdingRate: defaults.withholdingRate,
    notes: '',
    lateFee: noLateFee,
  };
}

function lateFeeDraftOf(rule: LateFeeRule | null, currency: string, language: string): LateFeeDraft {
  if (rule === null) return noLateFee;
  switch (rule.kind) {
    case 'flat':
      return { ...noLateFee, kind: 'flat', amount: moneyToInput(rule.amount, currencyDigits(currency), language), graceDays: String(rule.graceDays) };
    case 'percent_once':
      return { ...noLateFee, kind: 'percent_once', percent: decimalToInput(rule.percent, language), graceDays: String(rule.graceDays) };
    case 'percent_monthly':
      return { ...noLateFee, kind: 'percent_monthly', percent: decimalToInput(rule.percent, language), graceDays: String(rule.graceDays), capPercent: decimalToInput(rule.capPercent, language) };
    case 'statutory_eu':
    case 'statutory_uk':
      return { ...noLateFee, kind: rule.kind };
  }
}

export function draftFromInvoice(invoice: Invoice, uiLanguage: string): InvoiceDraft {
  const digits = currencyDigits(invoice.currency);
  return {
    clientId: invoice.clientId,
    kind: invoice.kind,
    currency: invoice.currency,
    language: invoice.language,
    dueOn: invoice.dueOn ?? '',
    operationDate: invoice.operationDate ?? '',
    buyer: { ...invoice.buyer },
    lines: invoice.lines.map((line) => ({
      key: newLineKey(),
      description: line.description,
      quantity: decimalToInput(line.quantity, uiLanguage),
      unitPrice: signedMoneyToInput(line.unitPrice, digits, uiLanguage),
      discount: line.discount === 0 ? '' : signedMoneyToInput(line.discount, digits, uiLanguage),
      taxRate: decimalToInput(line.taxRate, uiLanguage),
    })),
    withholdingRate: (withholdingChoices as readonly number[]).includes(invoice.withholdingRate) ? (invoice.withholdingRate as WithholdingRate) : 0,
    notes: invoice.notes,
    lateFee: lateFeeDraftOf(invoice.lateFeeRule, invoice.currency, uiLanguage),
  };
}

type ReadLine = { description: string; quantity: number; unitPrice: number; discount: number; taxRate: number };

/** One line as numbers, or the problems found in it keyed by the server's path ("lines.0.unitPrice"). */
function readLine(line: LineDraft, index: number, digits: number, problems: Record<string, DraftProblem>): ReadLine | undefined {
  const at = (field: string) => `lines.${index}.${field}`;
  const quantity = parseDecimal(line.quantity, 3);
  const unitPrice = parseSignedMoney(line.unitPrice, digits);
  const discount = parseSignedMoney(line.discount, digits);
  const taxRate = parseDecimal(line.taxRate, 2);
  const before = Object.keys(problems).length;
  if (quantity === null || quantity === undefined || Math.abs(quantity) > 1_000_000) problems[at('quantity')] = 'quantity';
  if (unitPrice === null || unitPrice === undefined) problems[at('unitPrice')] = 'notAnAmount';
  if (discount === null || (discount !== undefined && discount < 0)) problems[at('discount')] = 'notAnAmount';
  if (taxRate === null || taxRate === undefined || taxRate < 0 || taxRate > 100) problems[at('taxRate')] = 'taxRate';
  if (Object.keys(problems).length > before) return undefined;
  return { description: line.description.trim(), quantity: quantity!, unitPrice: unitPrice!, discount: discount ?? 0, taxRate: taxRate! };
}

function readLateFee(draft: LateFeeDraft, digits: number, problems: Record<string, DraftProblem>): LateFeeRule | null {
  const graceDays = parseDecimal(draft.graceDays, 0) ?? 0;
  const badGrace = graceDays === null || graceDays < 0 || graceDays > 365;
  if (draft.kind !== 'none' && !draft.kind.startsWith('statutory') && badGrace) problems['lateFeeRule.graceDays'] = 'graceDays';
  const percent = parseDecimal(draft.percent, 2);
  const hasBadPercent = percent === null || percent === undefined || percent <= 0 || percent > 100;
  switch (draft.kind) {
    case 'none':
      return null;
    case 'flat': {
      const amount = parseMoney(draft.amount, digits);
      if (amount === null || amount === undefined || amount <= 0) problems['lateFeeRule.amount'] = amount === null ? 'notAnAmount' : 'amountAboveZero';
      return { kind: 'flat', amount: amount ?? 0, graceDays: graceDays ?? 0 };
    }
    case 'percent_once':
      if (hasBadPercent) problems['lateFeeRule.percent'] = 'percent';
      return { kind: 'percent_once', percent: percent ?? 0, graceDays: graceDays ?? 0 };
    case 'percent_monthly': {
      if (hasBadPercent) problems['lateFeeRule.percent'] = 'percent';
      const cap = parseDecimal(draft.capPercent, 2);
      if (cap === null || (cap !== undefined && (cap < 0 || cap > 1000))) problems['lateFeeRule.capPercent'] = 'percent';
      return { kind: 'percent_monthly', percent: percent ?? 0, graceDays: graceDays ?? 0, capPercent: cap ?? null };
    }
    case 'statutory_eu':
    case 'statutory_uk':
      return { kind: draft.kind };
  }
}

/** The body to send, or the problems to show first (keyed like the server's field paths, so both land on the same control). */
export function readDraft(draft: InvoiceDraft): { body?: DraftBody; problems: Record<string, DraftProblem> } {
  const problems: Record<string, DraftProblem> = {};
  const currency = draft.currency.trim();
  if (!/^[A-Z]{3}$/.test(currency)) problems.currency = 'currency';
  const digits = currencyDigits(currency);
  const lines = draft.lines.map((line, index) => {
    if (line.description.trim() === '') problems[`lines.${index}.description`] = 'description';
    return readLine(line, index, digits, problems);
  });
  const lateFeeRule = readLateFee(draft.lateFee, digits, problems);
  if (Object.keys(problems).length > 0) return { problems };
  return {
    problems,
    body: {
      kind: draft.kind,
      currency,
      language: draft.language,
      dueOn: draft.dueOn || null,
      operationDate: draft.operationDate || null,
      buyer: { name: draft.buyer.name.trim(), taxId: draft.buyer.taxId.trim(), address: draft.buyer.address.trim() },
      lines: lines as ReadLine[],
      withholdingRate: draft.withholdingRate,
      notes: draft.notes.trim(),
      lateFeeRule,
    },
  };
}

/** One line in the domain's units: thousandths of a unit and basis points, rounded exactly as the server rounds them. */
function domainLine(line: ReadLine): InvoiceLineInput {
  return { description: line.description, quantityMilli: Math.round(line.quantity * QUANTITY_SCALE), unitPrice: line.unitPrice, discount: line.discount, taxRateBp: Math.round(line.taxRate * 100) };
}

/**
 * The totals of what is on screen, per line (null while a line cannot be read) and per rate. Lines that cannot be read
 * yet are left out, so the totals never jump to nonsense while someone is typing.
 */
export function liveTotals(draft: InvoiceDraft): { totals: InvoiceTotals; lineBases: (number | null)[] } {
  const digits = currencyDigits(draft.currency);
  const read = draft.lines.map((line, index) => readLine(line, index, digits, {}));
  const valid = read.filter((line): line is ReadLine => line !== undefined);
  let totals: InvoiceTotals;
  try {
    totals = invoiceTotals(valid.map(domainLine), draft.withholdingRate * 100);
  } catch {
    // An absurd amount (beyond safe integers) while typing: show nothing rather than crash the page.
    totals = invoiceTotals([], draft.withholdingRate * 100);
  }
  let next = 0;
  const lineBases = read.map((line) => (line === undefined ? null : (totals.lines[next++]?.base ?? null)));
  return { totals, lineBases };
}
