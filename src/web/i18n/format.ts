// Dates, times and names written the way the reader expects: their language, the workspace's time zone.
import { localeFor } from './language.ts';

export type FormatContext = { language: string; timeZone: string };

function safeZone(timeZone: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined; // an unknown zone falls back to the browser's rather than breaking the page
  }
}

export function formatDateTime(iso: string, { language, timeZone }: FormatContext): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: safeZone(timeZone) }).format(date);
}

export function formatDate(iso: string, { language, timeZone }: FormatContext): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'medium', timeZone: safeZone(timeZone) }).format(date);
}

export function formatTimeNow(now: Date, { language, timeZone }: FormatContext): string {
  return new Intl.DateTimeFormat(localeFor(language), { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: safeZone(timeZone) }).format(now);
}

export function currencyName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([localeFor(language)], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}
