import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runwayNow, runwaysIfLost, type ReadinessTotals } from './readiness-totals.ts';
import { whatIf } from './what-if.ts';

/** Expenses of 3,000 € a month; funds and a year of client income as given. */
function totals(funds: number, clients: Record<string, number>, monthlyExpenses = 300_000): ReadinessTotals {
  const list = Object.entries(clients).map(([clientId, monthly]) => ({ clientId, yearlyIncome: monthly * 12 }));
  return { funds: { business: funds, personal: 0 }, monthlyExpenses, yearlyIncome: list.reduce((sum, c) => sum + c.yearlyIncome, 0), clients: list };
}

describe('runway if each client is lost, from totals', () => {
  it('five clients at 20% each and funds of one month of expenses give 5 months for every one of them', () => {
    const runways = runwaysIfLost(totals(300_000, { a: 60_000, b: 60_000, c: 60_000, d: 60_000, e: 60_000 }));
    expect(runways.map((r) => r.months)).toEqual([5, 5, 5, 5, 5]);
  });

  it('a single client paying all the expenses: losing them leaves funds ÷ expenses (2 months of 3,000 € saved = 2)', () => {
    expect(runwaysIfLost(totals(600_000, { only: 300_000 }))).toEqual([{ clientId: 'only', yearlyIncome: 3_600_000, months: 2 }]);
  });

  it('with zero funds, losing a client that leaves a shortfall means 0 months; one that leaves none is unlimited', () => {
    const runways = runwaysIfLost(totals(0, { big: 300_000, small: 50_000 }));
    expect(runways).toEqual([
      { clientId: 'big', yearlyIncome: 3_600_000, months: 0 },
      { clientId: 'small', yearlyIncome: 600_000, months: null },
    ]);
  });

  it('income above expenses even without the client: no shortfall, unlimited (null)', () => {
    expect(runwaysIfLost(totals(0, { a: 400_000, b: 10_000 })).find((r) => r.clientId === 'b')?.months).toBeNull();
  });

  it('a client who paid nothing yet changes nothing: their runway is today’s runway', () => {
    const t = totals(300_000, { paying: 100_000, fresh: 0 });
    expect(runwaysIfLost(t).find((r) => r.clientId === 'fresh')?.months).toBe(runwayNow(t));
    expect(runwayNow(t)).toBe(1.5);
  });
});

describe('what-if', () => {
  const base = totals(300_000, { a: 120_000, b: 60_000, c: 60_000 });

  it('dropping client a (1,200 € a month) lowers everyone else’s runway: 3,000 ÷ 2,400 → 1.2 months if b is then lost', () => {
    const result = whatIf(base, { droppedClientIds: ['a'] });
    expect(result.runwayIfLost.map((r) => [r.clientId, r.months])).toEqual([
      ['b', 1.2],
      ['c', 1.2],
    ]);
    expect(result.runwayNow).toBe(1.6);
  });

  it('adding a client of 600 € a month appears as what-if:new and lengthens the others', () => {
    const result = whatIf(base, { addedClients: [{ key: 'new', monthlyIncome: 60_000 }] });
    expect(result.runwayIfLost.find((r) => r.clientId === 'what-if:new')?.months).toBe(5);
    expect(result.runwayIfLost.find((r) => r.clientId === 'a')?.months).toBe(2.5);
  });

  it('a fund set to a new balance replaces that side only: 6,000 € saved ÷ 1,800 € short if a is lost → 3.3 months', () => {
    const result = whatIf(base, { funds: { personal: 300_000 } });
    expect(result.totals.funds).toEqual({ business: 300_000, personal: 300_000 });
    expect(result.runwayIfLost.find((r) => r.clientId === 'a')?.months).toBe(3.3);
  });

  it('raising a fund never shortens any runway (property)', () => {
    fc.assert(
      fc.property(fc.nat(5_000_000), fc.nat(5_000_000), fc.array(fc.nat(500_000), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 1_000_000 }), (funds, raise, monthly, expenses) => {
        const t = totals(funds, Object.fromEntries(monthly.map((m, i) => [`c${i}`, m])), expenses);
        const before = new Map(runwaysIfLost(t).map((r) => [r.clientId, r.months ?? Infinity]));
        for (const r of whatIf(t, { funds: { business: funds + raise } }).runwayIfLost) expect(r.months ?? Infinity).toBeGreaterThanOrEqual(before.get(r.clientId) ?? -1);
      }),
    );
  });

  it('losing a bigger client never gives a longer runway than losing a smaller one (property)', () => {
    fc.assert(
      fc.property(fc.nat(5_000_000), fc.array(fc.nat(500_000), { minLength: 2, maxLength: 6 }), fc.integer({ min: 1, max: 1_000_000 }), (funds, monthly, expenses) => {
        const runways = runwaysIfLost(totals(funds, Object.fromEntries(monthly.map((m, i) => [`c${i}`, m])), expenses));
        for (const x of runways) for (const y of runways) if (x.yearlyIncome > y.yearlyIncome) expect(x.months ?? Infinity).toBeLessThanOrEqual(y.months ?? Infinity);
      }),
    );
  });

  it('adding a client never shortens an existing client’s runway (property)', () => {
    fc.assert(
      fc.property(fc.nat(5_000_000), fc.array(fc.nat(500_000), { minLength: 1, maxLength: 5 }), fc.nat(500_000), (funds, monthly, added) => {
        const t = totals(funds, Object.fromEntries(monthly.map((m, i) => [`c${i}`, m])));
        const before = new Map(runwaysIfLost(t).map((r) => [r.clientId, r.months ?? Infinity]));
        for (const r of whatIf(t, { addedClients: [{ key: 'x', monthlyIncome: added }] }).runwayIfLost) {
          if (before.has(r.clientId)) expect(r.months ?? Infinity).toBeGreaterThanOrEqual(before.get(r.clientId)!);
        }
      }),
    );
  });
});
