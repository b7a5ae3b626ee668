// How readiness numbers read: months of runway (or "unlimited"), shares, and month labels, in the reader's language.
import type { TFunction } from 'i18next';
import { localeFor } from '../i18n/language.ts';

export function formatMonths(months: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: 1 }).format(months);
}

/** "4.5 months", or "Unlimited" when income without that client still covers expenses (null). */
export function runwayText(months: number | null, t: TFunction, language: string): string {
  return months === null ? t('readiness.runway.unlimited') : t('readiness.runway.months', { count: months, months: formatMonths(months, language) });
}

/** 60 → "60%" in English, "60 %" in Spanish. */
export function formatPercent(percent: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language), { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** "2027-03" → "Mar 2027" (or "mar 2027"): a calendar month, read in UTC so no zone moves it. */
export function formatMonth(month: string, language: string, style: 'short' | 'long' = 'short'): string {
  const value = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return month;
  return new Intl.DateTimeFormat(localeFor(language), { month: style === 'short' ? 'short' : 'long', year: style === 'short' ? '2-digit' : 'numeric', timeZone: 'UTC' }).format(value);
}
