// The invoicing settings as typed on the settings page (text boxes and rows), read back into the API's document with
// the problems keyed by the same paths the server names ("numberPattern", "seller.taxId"), so both land on one control.
import { counterCount, formatInvoiceNumber, isNumberPattern } from '../../domain/invoicing/numbering.ts';
import type { InvoicingSettingsValues } from '../api/invoicing-settings.ts';
import { decimalToInput, parseDecimal } from '../invoices/invoice-draft.ts';
import { newRowKey, readSchedule, rowsOf, type DayRow, type ScheduleProblem } from './reminder-days.ts';

export const withholdingChoices = [15, 7, 0] as const;
export type WithholdingChoice = (typeof withholdingChoices)[number];
export type RateTable = 'euReferenceRates' | 'ukBaseRates';
export const rateTables: readonly RateTable[] = ['euReferenceRates', 'ukBaseRates'];

export type RateRow = { key: string; year: string; half: 'H1' | 'H2'; percent: string };

export type SettingsDraft = {
  seller: { name: string; taxId: string; address: string };
  numberPattern: string;
  paymentTermsDays: string;
  reminderDays: DayRow[];
  retainerMode: 'last_working_day' | 'fixed_day';
  retainerDay: string;
  defaultTaxRate: string;
  defaultWithholdingRate: WithholdingChoice;
  depositDueDays: string;
  euReferenceRates: RateRow[];
  ukBaseRates: RateRow[];
};

/** Why a value cannot be saved; each kind has words under `invoicingSettings.errors` (schedule ones under `reminders.problems`). */
export type DraftProblem =
  | { kind: 'pattern' }
  | { kind: 'patternTwoCounters' }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'percent' }
  | { kind: 'year' }
  | { kind: 'sameHalfYear' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'schedule'; problem: ScheduleProblem }
  | { kind: 'server' };
export type DraftProblems = Record<string, DraftProblem>;

const sellerLimits = { name: 200, taxId: 50, address: 500 } as const;

function rateRowsOf(rates: Record<string, number>, language: string): RateRow[] {
  return Object.entries(rates)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([halfYear, percent]) => ({ key: newRowKey(), year: halfYear.slice(0, 4), half: halfYear.endsWith('H2') ? 'H2' : 'H1', percent: decimalToInput(percent, language) }));
}

export function draftOf(settings: InvoicingSettingsValues, language: string): SettingsDraft {
  const isFixedDay = typeof settings.retainerInvoiceDay === 'number';
  return {
    seller: { ...settings.seller },
    numberPattern: settings.numberPattern,
    paymentTermsDays: String(settings.paymentTermsDays),
    reminderDays: rowsOf(settings.reminderDays),
    retainerMode: isFixedDay ? 'fixed_day' : 'last_working_day',
    retainerDay: isFixedDay ? String(settings.retainerInvoiceDay) : '',
    defaultTaxRate: decimalToInput(settings.defaultTaxRate, language),
    defaultWithholdingRate: settings.defaultWithholdingRate,
    depositDueDays: String(settings.depositDueDays),
    euReferenceRates: rateRowsOf(settings.euReferenceRates, language),
    ukBaseRates: rateRowsOf(settings.ukBaseRates, language),
  };
}

/** A new row for the half-year after the latest one listed (or the current half-year when the table is empty). */
export function nextRateRow(rows: readonly RateRow[], today: Date): RateRow {
  const last = [...rows].filter((row) => /^\d{4}$/.test(row.year)).sort((a, b) => `${a.year}${a.half}`.localeCompare(`${b.year}${b.half}`)).at(-1);
  if (!last) return { key: newRowKey(), year: String(today.getFullYear()), half: today.getMonth() < 6 ? 'H1' : 'H2', percent: '' };
  return last.half === 'H1' ? { key: newRowKey(), year: last.year, half: 'H2', percent: '' } : { key: newRowKey(), year: String(Number(last.year) + 1), half: 'H1', percent: '' };
}

function readWholeNumber(text: string, min: number, max: number, path: string, problems: DraftProblems): number {
  const value = parseDecimal(text, 0);
  if (value === null || value === undefined || value < min || value > max) problems[path] = { kind: 'range', min, max };
  return value ?? 0;
}

function readRates(table: RateTable, rows: readonly RateRow[], problems: DraftProblems): Record<string, number> {
  const rates: Record<string, number> = {};
  rows.forEach((row, index) => {
    const at = `${table}.${index}`;
    if (!/^\d{4}$/.test(row.year.trim()) || Number(row.year) < 1999 || Number(row.year) > 2100) problems[`${at}.year`] = { kind: 'year' };
    const percent = parseDecimal(row.percent, 2);
    // A reference rate can be negative in principle, but the server keeps 0–100; say so rather than be refused.
    if (percent === null || percent === undefined || percent < 0 || percent > 100) problems[`${at}.percent`] = { kind: 'percent' };
    const halfYear = `${row.year.trim()}-${row.half}`;
    if (halfYear in rates) problems[`${at}.year`] = { kind: 'sameHalfYear' };
    rates[halfYear] = percent ?? 0;
  });
  return rates;
}

/**
 * The settings to send, or the problems to show first. What this page does not edit (each client's own reminder
 * schedule) travels through from `base` unchanged.
 */
export function readDraft(draft: SettingsDraft, base: InvoicingSettingsValues): { settings?: InvoicingSettingsValues; problems: DraftProblems } {
  const problems: DraftProblems = {};
  const seller = { name: draft.seller.name.trim(), taxId: draft.seller.taxId.trim(), address: draft.seller.address.trim() };
  for (const field of ['name', 'taxId', 'address'] as const) {
    if (seller[field].length > sellerLimits[field]) problems[`seller.${field}`] = { kind: 'tooLong', max: sellerLimits[field] };
  }
  const numberPattern = draft.numberPattern.trim();
  const badPattern = patternProblem(numberPattern);
  if (badPattern) problems.numberPattern = badPattern;
  const paymentTermsDays = readWholeNumber(draft.paymentTermsDays, 0, 365, 'paymentTermsDays', problems);
  const depositDueDays = readWholeNumber(draft.depositDueDays, 0, 90, 'depositDueDays', problems);
  const retainerDay = draft.retainerMode === 'fixed_day' ? readWholeNumber(draft.retainerDay, 1, 28, 'retainerInvoiceDay', problems) : 'last_working_day';
  // An empty box means no tax (0), as on the server.
  const taxRate = parseDecimal(draft.defaultTaxRate, 2);
  if (taxRate === null || (taxRate !== undefined && (taxRate < 0 || taxRate > 100))) problems.defaultTaxRate = { kind: 'percent' };

  const schedule = readSchedule(draft.reminderDays);
  for (const [index, problem] of Object.entries(schedule.rows)) problems[`reminderDays.${index}`] = { kind: 'schedule', problem };
  if (schedule.list) problems.reminderDays = { kind: 'schedule', problem: schedule.list };

  const euReferenceRates = readRates('euReferenceRates', draft.euReferenceRates, problems);
  const ukBaseRates = readRates('ukBaseRates', draft.ukBaseRates, problems);
  if (Object.keys(problems).length > 0) return { problems };
  return {
    problems,
    settings: {
      ...base,
      seller,
      numberPattern,
      paymentTermsDays,
      reminderDays: schedule.days!,
      retainerInvoiceDay: retainerDay,
      defaultTaxRate: taxRate ?? 0,
      defaultWithholdingRate: draft.defaultWithholdingRate,
      depositDueDays,
      euReferenceRates,
      ukBaseRates,
    },
  };
}

/** What is wrong with a number pattern, if anything; two counters (NNN-NNN) get their own words, the rest the general rule. */
export function patternProblem(pattern: string): DraftProblem | undefined {
  if (isNumberPattern(pattern)) return undefined;
  return counterCount(pattern) > 1 ? { kind: 'patternTwoCounters' } : { kind: 'pattern' };
}

/** The first numbers a pattern gives in a year ("2027-0001", "2027-0002"); none while the pattern is not valid. */
export function numberPreview(pattern: string, today: string, count = 3): string[] {
  const trimmed = pattern.trim();
  if (!isNumberPattern(trimmed)) return [];
  return Array.from({ length: count }, (_, index) => formatInvoiceNumber(trimmed, today, index + 1));
}

/**
 * Where a server field error belongs on the form: "settings.numberPattern" → "numberPattern", a half-year key
 * ("settings.euReferenceRates.2027-H1") → the row that holds it. Undefined when the page has no such control.
 */
export function formPathOf(serverField: string, draft: SettingsDraft): string | undefined {
  const field = serverField.replace(/^settings\./, '');
  const rate = /^(euReferenceRates|ukBaseRates)\.(\d{4})-(H[12])$/.exec(field);
  if (rate) {
    const rows = draft[rate[1] as RateTable];
    const index = rows.findIndex((row) => row.year.trim() === rate[2] && row.half === rate[3]);
    return index < 0 ? rate[1] : `${rate[1]}.${index}.percent`;
  }
  const known = ['seller.name', 'seller.taxId', 'seller.address', 'numberPattern', 'paymentTermsDays', 'reminderDays', 'retainerInvoiceDay', 'defaultTaxRate', 'defaultWithholdingRate', 'depositDueDays', 'euReferenceRates', 'ukBaseRates'];
  if (known.includes(field)) return field;
  if (/^reminderDays\.\d+$/.test(field)) return 'reminderDays';
  return undefined;
}
