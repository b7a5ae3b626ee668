// Money typed by a person ("1.500,50", "1,500.50", "1500") to integer minor units of a currency, and back for editing.
import { minorUnitDigits } from '../../domain/money/currency.ts';
import { localeFor } from '../i18n/language.ts';

export function currencyDigits(currency: string): number {
  try {
    return minorUnitDigits(currency);
  } catch {
    return 2; // an unknown code is caught by the currency check; meanwhile cents are the common case
  }
}

function groupsAreWellFormed(integerPart: string, separator: string): boolean {
  if (!separator || !integerPart.includes(separator)) return /^\d+$/.test(integerPart);
  const [first, ...rest] = integerPart.split(separator);
  return /^\d{1,3}$/.test(first ?? '') && rest.every((group) => /^\d{3}$/.test(group));
}

/**
 * Minor units for what was typed: undefined when empty, null when it is not an amount.
 * Either '.' or ',' can be the decimal mark; a lone mark followed by exactly three digits is read as thousands
 * ("1.500" is fifteen hundred in Spain, "1,500" in the US), unless the currency has three decimals.
 */
export function parseMoney(text: string, digits: number): number | null | undefined {
  const compact = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (compact === '') return undefined;
  if (!/^\d[\d.,]*$/.test(compact) || /[.,]$/.test(compact)) return null;
  const hasDot = compact.includes('.');
  const hasComma = compact.includes(',');
  let integerPart = compact;
  let fraction = '';
  let grouping = '';
  if (hasDot && hasComma) {
    const decimalAt = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
    integerPart = compact.slice(0, decimalAt);
    fraction = compact.slice(decimalAt + 1);
    grouping = compact[decimalAt] === '.' ? ',' : '.';
    if (integerPart.includes(compact[decimalAt] ?? '')) return null;
  } else if (hasDot || hasComma) {
    const mark = hasDot ? '.' : ',';
    const parts = compact.split(mark);
    const last = parts[parts.length - 1] ?? '';
    if (parts.length > 2 || (last.length === 3 && digits < 3)) {
      grouping = mark;
    } else {
      integerPart = parts[0] ?? '';
      fraction = last;
    }
  }
  if (!groupsAreWellFormed(integerPart, grouping)) return null;
  if (fraction.length > digits) return null;
  const whole = Number(integerPart.split(grouping || '\u0000').join(''));
  const minor = whole * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units as text to edit: no grouping, the language's decimal mark, and no ",00" when there are no cents. */
export function moneyToInput(minor: number | undefined | null, digits: number, language: string): string {
  if (minor === undefined || minor === null) return '';
  const factor = 10 ** digits;
  const whole = Math.floor(minor / factor);
  const fraction = minor % factor;
  if (fraction === 0) return String(whole);
  const mark = language === 'es' ? ',' : '.';
  return `${whole}${mark}${String(fraction).padStart(digits, '0')}`;
}

/** Minor units written for reading, in the reader's language: "1.500,00 €", "$1,500.00". */
export function formatMoney(minor: number, currency: string, language: string): string {
  const digits = currencyDigits(currency);
  try {
    return new Intl.NumberFormat(localeFor(language), { style: 'currency', currency, minimumFractionDigits: minor % 10 ** digits === 0 ? 0 : digits }).format(minor / 10 ** digits);
  } catch {
    return `${moneyToInput(minor, digits, language)} ${currency}`;
  }
}
