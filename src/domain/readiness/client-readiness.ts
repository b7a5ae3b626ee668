// Whether the freelancer could let one client go today, and if not, what would change that (any one of the ways is enough).
import { runwayMonths, type RunwayMonths } from './runway.ts';
import { totalFunds, type ReadinessTotals } from './readiness-totals.ts';
import type { ReadinessSettings } from './settings.ts';

export type ReadinessWays = {
  /** Save this much more across the emergency funds (minor units). */
  saveMore: number;
  /** Or win one more client paying at least this much a month (minor units). */
  newClientMonthly: number;
  /** Warm leads to add to the waitlist to find that client; 0 when the waitlist already holds enough. */
  warmLeadsToAdd: number;
};

export type ClientReadiness = { clientId: string; yearlyIncome: number; runwayMonths: RunwayMonths; canLetGoToday: boolean; ways: ReadinessWays | null };

/**
 * Letting go is affordable when the runway without the client reaches the short-runway threshold (or is unlimited).
 * Otherwise: the savings that would reach it, the monthly income of a new client that would, and the warm leads to find one.
 */
export function clientReadiness(totals: ReadinessTotals, clientId: string, openWarmLeads: number, settings: ReadinessSettings): ClientReadiness {
  const clientIncome = totals.clients.find((c) => c.clientId === clientId)?.yearlyIncome ?? 0;
  const funds = totalFunds(totals);
  const incomeWithout = totals.yearlyIncome - clientIncome;
  const months = runwayMonths(funds, totals.monthlyExpenses, incomeWithout);
  const target = settings.shortRunwayMonths;
  if (months === null || months >= target) return { clientId, yearlyIncome: clientIncome, runwayMonths: months, canLetGoToday: true, ways: null };
  const yearlyShortfall = totals.monthlyExpenses * 12 - incomeWithout;
  return {
    clientId,
    yearlyIncome: clientIncome,
    runwayMonths: months,
    canLetGoToday: false,
    ways: {
      saveMore: fundsNeeded(yearlyShortfall, target) - funds,
      newClientMonthly: newClientMonthlyNeeded(funds, yearlyShortfall, target),
      warmLeadsToAdd: Math.max(0, settings.warmLeadsPerClient - openWarmLeads),
    },
  };
}

/** The smallest funds with funds × 12 ≥ target × yearly shortfall, i.e. a runway of at least `target` months. */
function fundsNeeded(yearlyShortfall: number, target: number): number {
  return Number(ceilDiv(BigInt(Math.round(target * 10)) * BigInt(yearlyShortfall), 120n));
}

/** The smallest monthly income Y with funds × 12 ≥ target × (shortfall − 12 Y); the whole shortfall when funds are 0. */
function newClientMonthlyNeeded(funds: number, yearlyShortfall: number, target: number): number {
  const tenths = BigInt(Math.round(target * 10));
  if (tenths === 0n) return 0;
  // 12 Y ≥ shortfall − 120 × funds ÷ (10 × target)  ⇔  Y ≥ (tenths × shortfall − 120 × funds) ÷ (12 × tenths)
  const numerator = tenths * BigInt(yearlyShortfall) - 120n * BigInt(funds);
  return numerator <= 0n ? 0 : Number(ceilDiv(numerator, 12n * tenths));
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}
