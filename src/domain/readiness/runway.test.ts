import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { Finances, IncomeEntry } from './finances.ts';
import { currentRunway, runwayIfClientLost, runwayMonths } from './runway.ts';
import { defaultReadinessSettings } from './settings.ts';

const today = Temporal.PlainDate.from('2026-06-30');
const settings = defaultReadinessSettings;

/** Monthly expenses of 3,000 € (1,000 business, 2,000 personal) and the given funds. */
function finances(business: number, personal: number): Finances {
  return { monthlyExpenses: { business: 100_000, personal: 200_000 }, emergencyFunds: { business, personal }, otherStreams: [] };
}

/** A year of monthly payments from each client. */
function yearOfPayments(monthlyByClient: Record<string, number>): IncomeEntry[] {
  const entries: IncomeEntry[] = [];
  for (const [clientId, amount] of Object.entries(monthlyByClient)) {
    for (let month = 0; month < 12; month++) entries.push({ source: { kind: 'client', clientId }, amount, receivedOn: today.subtract({ months: month }).toString() });
  }
  return entries;
}

describe('runway if one client is lost', () => {
  it('five clients at 20% each, income equal to expenses, and funds of one month of expenses give 5 months', () => {
    const income = yearOfPayments({ a: 60_000, b: 60_000, c: 60_000, d: 60_000, e: 60_000 });
    const runways = runwayIfClientLost(finances(100_000, 200_000), income, today, settings);
    expect(runways).toHaveLength(5);
    for (const r of runways) expect(r).toMatchObject({ clientIncome: 720_000, runwayMonths: 5, canAffordToLose: true });
  });

  it('losing a client who brings 60% with one month of funds leaves 1.6 months: not affordable today', () => {
    // Shortfall = 3,000 − (3,000 − 1,800) = 1,800 a month; 3,000 ÷ 1,800 = 1.666… → 1.6, rounded down.
    const income = yearOfPayments({ big: 180_000, small: 120_000 });
    const [worst] = runwayIfClientLost(finances(100_000, 200_000), income, today, settings);
    expect(worst).toEqual({ clientId: 'big', clientIncome: 2_160_000, runwayMonths: 1.6, canAffordToLose: false });
  });

  it('when income without the client still covers expenses, the runway is unlimited (null)', () => {
    const income = yearOfPayments({ main: 400_000, side: 10_000 });
    const side = runwayIfClientLost(finances(0, 0), income, today, settings).find((r) => r.clientId === 'side');
    expect(side).toEqual({ clientId: 'side', clientIncome: 120_000, runwayMonths: null, canAffordToLose: true });
  });

  it('current runway with no income is funds ÷ expenses', () => {
    expect(currentRunway(finances(300_000, 600_000), [], today)).toBe(3);
  });

  it('months are rounded down to one decimal, exactly, even for large amounts', () => {
    expect(runwayMonths(1, 3, 0)).toBe(0.3);
    expect(runwayMonths(2, 3, 0)).toBe(0.6);
    expect(runwayMonths(9_007_199_254_740, 1, 0)).toBe(9_007_199_254_740);
  });

  it('a bigger client is never cheaper to lose, and more funds never shorten the runway (properties)', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(1_000_000), fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (funds, small, extra, expenses) => {
        const yearly = small * 12 + (small + extra) * 12;
        const loseSmall = runwayMonths(funds, expenses, yearly - small * 12) ?? Infinity;
        const loseBig = runwayMonths(funds, expenses, yearly - (small + extra) * 12) ?? Infinity;
        expect(loseBig).toBeLessThanOrEqual(loseSmall);
        expect(runwayMonths(funds + extra, expenses, 0) ?? Infinity).toBeGreaterThanOrEqual(runwayMonths(funds, expenses, 0) ?? Infinity);
      }),
    );
  });
});
