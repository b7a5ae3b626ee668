// How much of the trailing year's income each client and each other stream brought: watch above 30%, critical above 50%.
import type { Temporal } from 'temporal-polyfill';
import { incomeSourceKey, type IncomeEntry, type IncomeSource } from './finances.ts';
import type { ReadinessSettings } from './settings.ts';
import { sumIncome, trailingTwelveMonths } from './trailing-income.ts';

export const concentrationLevels = ['ok', 'watch', 'critical'] as const;
export type ConcentrationLevel = (typeof concentrationLevels)[number];

/** `percent` is for display, rounded to one decimal; `level` is decided on exact integers. */
export type SourceShare = { source: IncomeSource; amount: number; percent: number; level: ConcentrationLevel };

export type IncomeConcentration = {
  total: number;
  /** Largest share first. */
  shares: SourceShare[];
};

export function concentrationLevel(amount: number, total: number, settings: ReadinessSettings): ConcentrationLevel {
  // Compared as amount × 100 > total × limit so a share of exactly 30% stays "ok" without floating-point doubt.
  if (total <= 0) return 'ok';
  if (amount * 100 > total * settings.concentrationCriticalPercent) return 'critical';
  if (amount * 100 > total * settings.concentrationWatchPercent) return 'watch';
  return 'ok';
}

export function incomeConcentration(entries: readonly IncomeEntry[], today: Temporal.PlainDate, settings: ReadinessSettings): IncomeConcentration {
  const recent = trailingTwelveMonths(entries, today);
  const total = sumIncome(recent);
  const bySource = new Map<string, { source: IncomeSource; amount: number }>();
  for (const entry of recent) {
    const key = incomeSourceKey(entry.source);
    const current = bySource.get(key) ?? { source: entry.source, amount: 0 };
    current.amount += entry.amount;
    bySource.set(key, current);
  }
  const shares = [...bySource.values()]
    .map(({ source, amount }) => ({
      source,
      amount,
      percent: total > 0 ? Math.round((amount * 1000) / total) / 10 : 0,
      level: concentrationLevel(amount, total, settings),
    }))
    .sort((a, b) => b.amount - a.amount);
  return { total, shares };
}
