import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientReadiness } from './client-readiness.ts';
import { runwayMonths } from './runway.ts';
import type { ReadinessTotals } from './readiness-totals.ts';
import { defaultReadinessSettings } from './settings.ts';

const settings = defaultReadinessSettings; // a runway of 3 months is enough to let a client go; 3 warm leads per client

function totals(funds: number, clients: Record<string, number>, monthlyExpenses = 300_000): ReadinessTotals {
  const list = Object.entries(clients).map(([clientId, monthly]) => ({ clientId, yearlyIncome: monthly * 12 }));
  return { funds: { business: funds, personal: 0 }, monthlyExpenses, yearlyIncome: list.reduce((sum, c) => sum + c.yearlyIncome, 0), clients: list };
}

describe('could I let this client go today?', () => {
  it('five clients at 20% with one month saved: 5 months each, so yes for every one', () => {
    const t = totals(300_000, { a: 60_000, b: 60_000, c: 60_000, d: 60_000, e: 60_000 });
    expect(clientReadiness(t, 'a', 0, settings)).toEqual({ clientId: 'a', yearlyIncome: 720_000, runwayMonths: 5, canLetGoToday: true, ways: null });
  });

  it('a client bringing 1,800 € of 3,000 € with 3,000 € saved: 1.6 months; save 2,400 € more, or win a client of 800 € a month, and add 2 warm leads', () => {
    // Shortfall without them: 1,800 € a month. Three months of it is 5,400 €, so 2,400 € more. Or a client of Y with
    // 3,000 ÷ (1,800 − Y) ≥ 3 → Y ≥ 800 €.
    const result = clientReadiness(totals(300_000, { big: 180_000, small: 120_000 }), 'big', 1, settings);
    expect(result).toEqual({ clientId: 'big', yearlyIncome: 2_160_000, runwayMonths: 1.6, canLetGoToday: false, ways: { saveMore: 240_000, newClientMonthly: 80_000, warmLeadsToAdd: 2 } });
  });

  it('with nothing saved, the new client must cover the whole shortfall; enough warm leads means none to add', () => {
    const result = clientReadiness(totals(0, { only: 300_000 }), 'only', 5, settings);
    expect(result.runwayMonths).toBe(0);
    expect(result.ways).toEqual({ saveMore: 900_000, newClientMonthly: 300_000, warmLeadsToAdd: 0 });
  });

  it('either way really reaches the threshold, and one cent less does not (property)', () => {
    fc.assert(
      fc.property(fc.nat(3_000_000), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), fc.nat(1_000_000), (funds, client, expenses, others) => {
        const t = totals(funds, { x: client, y: others }, expenses);
        const result = clientReadiness(t, 'x', 0, settings);
        if (!result.ways) return;
        const incomeWithout = others * 12;
        const withSavings = runwayMonths(funds + result.ways.saveMore, expenses, incomeWithout) ?? Infinity;
        expect(withSavings).toBeGreaterThanOrEqual(3);
        if (result.ways.saveMore > 0) expect(runwayMonths(funds + result.ways.saveMore - 1, expenses, incomeWithout) ?? Infinity).toBeLessThan(3);
        const withClient = runwayMonths(funds, expenses, incomeWithout + result.ways.newClientMonthly * 12) ?? Infinity;
        expect(withClient).toBeGreaterThanOrEqual(3);
        if (result.ways.newClientMonthly > 0) expect(runwayMonths(funds, expenses, incomeWithout + (result.ways.newClientMonthly - 1) * 12) ?? Infinity).toBeLessThan(3);
      }),
    );
  });
});
