// Money, percentages and dates as a reader of the invoice's language expects them (€1,234.50 / 1.234,50 €; 14 May 2027 / 14 de mayo de 2027).
import { minorUnitDigits } from '../../domain/money/currency.ts';

export function localeOf(language: string): string {
  return language === 'es' ? 'es-ES' : 'en-GB';
}

export function formatMoney(amount: number, currency: string, language: string): string {
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount / 10 ** digits);
}

export function formatPercent(percent: number, language: string): string {
  const value = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(percent);
  // Spanish style puts a space before the sign (21 %), English does not (21%).
  return language === 'es' ? `${value}\u00a0%` : `${value}%`;
}

export function formatQuantity(quantity: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 3 }).format(quantity);
}

export function formatDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
