// Runway: how many months the emergency funds cover the gap between expenses and income, today or if one client is lost.
import type { Temporal } from 'temporal-polyfill';
import { totalEmergencyFunds, totalMonthlyExpenses, type Finances, type IncomeEntry } from './finances.ts';
import type { ReadinessSettings } from './settings.ts';
import { sumIncome, trailingTwelveMonths } from './trailing-income.ts';
// readiness-totals imports runwayMonths from here; the cycle is safe because both sides only use each other inside functions.
import { readinessTotals, runwaysIfLost } from './readiness-totals.ts';

/** Months with one decimal, rounded down (never promise more runway than there is); null means unlimited: no shortfall. */
export type RunwayMonths = number | null;

/**
 * funds ÷ (monthly shortfall), where monthly income is the trailing-12-month income ÷ 12.
 * Everything is multiplied by 12 first so no intermediate amount is rounded; BigInt keeps the division exact.
 */
export function runwayMonths(funds: number, monthlyExpenses: number, yearlyIncome: number): RunwayMonths {
  const yearlyShortfall = BigInt(monthlyExpenses) * 12n - BigInt(yearlyIncome);
  if (yearlyShortfall <= 0n) return null;
  const tenths = (BigInt(Math.max(0, funds)) * 12n * 10n) / yearlyShortfall;
  return Number(tenths) / 10;
}

/** Runway with the income the freelancer has now. */
export function currentRunway(finances: Finances, income: readonly IncomeEntry[], today: Temporal.PlainDate): RunwayMonths {
  const yearlyIncome = sumIncome(trailingTwelveMonths(income, today));
  return runwayMonths(totalEmergencyFunds(finances), totalMonthlyExpenses(finances), yearlyIncome);
}

export type ClientLossRunway = {
  clientId: string;
  /** What that client paid over the trailing twelve months, in minor units. */
  clientIncome: number;
  runwayMonths: RunwayMonths;
  /** Short runway means letting this client go today would be done out of fear, not choice. */
  canAffordToLose: boolean;
};

/** For every client who paid in the trailing year: runway = funds ÷ (expenses − (income − that client's income)). Shortest first. */
export function runwayIfClientLost(finances: Finances, income: readonly IncomeEntry[], today: Temporal.PlainDate, settings: ReadinessSettings): ClientLossRunway[] {
  return runwaysIfLost(readinessTotals(finances, income, [], today)).map((r) => ({
    clientId: r.clientId,
    clientIncome: r.yearlyIncome,
    runwayMonths: r.months,
    canAffordToLose: isRunwayComfortable(r.months, settings),
  }));
}

export function isRunwayComfortable(months: RunwayMonths, settings: ReadinessSettings): boolean {
  return months === null || months >= settings.shortRunwayMonths;
}
