// Income by calendar month and source for the last twelve months (this month included): the stacked chart's data.
import type { Temporal } from 'temporal-polyfill';
import { incomeSourceKey, type IncomeEntry, type IncomeSource } from './finances.ts';

export type MonthIncome = { month: string; total: number; bySource: { source: IncomeSource; amount: number }[] };

/** Twelve months oldest first, as YYYY-MM; every month is present, empty ones with a total of 0. */
export function incomeByMonth(entries: readonly IncomeEntry[], today: Temporal.PlainDate): MonthIncome[] {
  const thisMonth = today.toPlainYearMonth();
  const months = Array.from({ length: 12 }, (_, i) => thisMonth.subtract({ months: 11 - i }).toString());
  const table = new Map(months.map((month) => [month, new Map<string, { source: IncomeSource; amount: number }>()]));
  for (const entry of entries) {
    const bucket = table.get(entry.receivedOn.slice(0, 7));
    if (!bucket || entry.receivedOn > today.toString()) continue;
    const key = incomeSourceKey(entry.source);
    const current = bucket.get(key) ?? { source: entry.source, amount: 0 };
    current.amount += entry.amount;
    bucket.set(key, current);
  }
  return months.map((month) => {
    const bySource = [...(table.get(month)?.values() ?? [])].sort((a, b) => b.amount - a.amount);
    return { month, total: bySource.reduce((sum, s) => sum + s.amount, 0), bySource };
  });
}
