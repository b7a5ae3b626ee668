// Income received in the trailing twelve months: the window both concentration and runway are measured over.
import { Temporal } from 'temporal-polyfill';
import type { IncomeEntry } from './finances.ts';

/** Entries received after the same date a year ago and up to `today` included (so a full year, never thirteen months). */
export function trailingTwelveMonths(entries: readonly IncomeEntry[], today: Temporal.PlainDate): IncomeEntry[] {
  const yearAgo = today.subtract({ years: 1 });
  return entries.filter((entry) => {
    const received = Temporal.PlainDate.from(entry.receivedOn);
    return Temporal.PlainDate.compare(received, yearAgo) > 0 && Temporal.PlainDate.compare(received, today) <= 0;
  });
}

export function sumIncome(entries: readonly IncomeEntry[]): number {
  return entries.reduce((total, entry) => total + entry.amount, 0);
}
