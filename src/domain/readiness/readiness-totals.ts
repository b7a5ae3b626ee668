// The few numbers every runway is computed from: funds per side, total monthly expenses, the trailing year's income.
import type { Temporal } from 'temporal-polyfill';
import { totalMonthlyExpenses, type Finances, type FundSide, type IncomeEntry } from './finances.ts';
import { runwayMonths, type RunwayMonths } from './runway.ts';
import { sumIncome, trailingTwelveMonths } from './trailing-income.ts';

/** Amounts in minor units; income is over the trailing twelve months (yearly), so nothing is rounded to a month. */
export type ReadinessTotals = {
  funds: Record<FundSide, number>;
  monthlyExpenses: number;
  yearlyIncome: number;
  /** Every client the freelancer may think of letting go, with what they paid in the trailing year (0 if nothing yet). */
  clients: { clientId: string; yearlyIncome: number }[];
};

/** `clientIds` lists the clients to show even without income (active ones); clients who paid are always included. */
export function readinessTotals(finances: Finances, income: readonly IncomeEntry[], clientIds: readonly string[], today: Temporal.PlainDate): ReadinessTotals {
  const recent = trailingTwelveMonths(income, today);
  const byClient = new Map<string, number>(clientIds.map((id) => [id, 0]));
  for (const entry of recent) {
    if (entry.source.kind === 'client') byClient.set(entry.source.clientId, (byClient.get(entry.source.clientId) ?? 0) + entry.amount);
  }
  return {
    funds: { ...finances.emergencyFunds },
    monthlyExpenses: totalMonthlyExpenses(finances),
    yearlyIncome: sumIncome(recent),
    clients: [...byClient.entries()].map(([clientId, yearlyIncome]) => ({ clientId, yearlyIncome })),
  };
}

export function totalFunds(totals: ReadinessTotals): number {
  return totals.funds.business + totals.funds.personal;
}

export function runwayNow(totals: ReadinessTotals): RunwayMonths {
  return runwayMonths(totalFunds(totals), totals.monthlyExpenses, totals.yearlyIncome);
}

export type RunwayIfLost = { clientId: string; yearlyIncome: number; months: RunwayMonths };

/** Runway if each client is lost: funds ÷ (expenses − (income − that client's income)); shortest first, unlimited last. */
export function runwaysIfLost(totals: ReadinessTotals): RunwayIfLost[] {
  const funds = totalFunds(totals);
  return totals.clients
    .map(({ clientId, yearlyIncome }) => ({ clientId, yearlyIncome, months: runwayMonths(funds, totals.monthlyExpenses, totals.yearlyIncome - yearlyIncome) }))
    .sort((a, b) => (a.months ?? Infinity) - (b.months ?? Infinity) || b.yearlyIncome - a.yearlyIncome || a.clientId.localeCompare(b.clientId));
}
