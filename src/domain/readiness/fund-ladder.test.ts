import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finances } from './finances.ts';
import { fundLadder, starterFundTarget, suggestedFundContribution } from './fund-ladder.ts';
import { defaultReadinessSettings } from './settings.ts';

const settings = defaultReadinessSettings;

function finances(business: number, personal: number, businessExpenses = 50_000, personalExpenses = 150_000): Finances {
  return { monthlyExpenses: { business: businessExpenses, personal: personalExpenses }, emergencyFunds: { business, personal }, otherStreams: [] };
}

describe('emergency fund ladder', () => {
  it('the first step is 1,000 in the workspace currency, converted with its minor units', () => {
    expect(starterFundTarget('EUR', settings)).toBe(100_000);
    expect(starterFundTarget('JPY', settings)).toBe(1_000);
    expect(starterFundTarget('BHD', settings)).toBe(1_000_000);
  });

  it('a freelancer with 800 € in the business fund has not reached the first step and is 200 € away', () => {
    const ladder = fundLadder('business', finances(80_000, 0), 'EUR', settings);
    expect(ladder.currentStep).toBe(0);
    expect(ladder.next).toEqual({ step: 1, target: 100_000, missing: 20_000 });
    expect(ladder.steps).toEqual([
      { kind: 'starter', target: 100_000 },
      { kind: 'months', months: 3, target: 150_000 },
      { kind: 'months', months: 6, target: 300_000 },
      { kind: 'months', months: 12, target: 600_000 },
    ]);
  });

  it('the personal fund climbs against personal expenses: 5,000 € with 1,500 € a month is past three months, short of six', () => {
    const ladder = fundLadder('personal', finances(0, 500_000), 'EUR', settings);
    expect(ladder.currentStep).toBe(2);
    expect(ladder.next).toEqual({ step: 3, target: 900_000, missing: 400_000 });
  });

  it('twelve months saved is the top of the ladder: nothing next', () => {
    expect(fundLadder('business', finances(600_000, 0), 'EUR', settings).next).toBeNull();
  });

  it('steps are climbed in order, even when tiny expenses put "3 months" below the starter step', () => {
    const ladder = fundLadder('business', finances(90_000, 0, 10_000), 'EUR', settings);
    expect(ladder.currentStep).toBe(0);
  });

  it('more money in the fund never lowers the step (property)', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), fc.nat(1_000_000), (a, b, expenses) => {
        const low = fundLadder('business', finances(Math.min(a, b), 0, expenses), 'EUR', settings);
        const high = fundLadder('business', finances(Math.max(a, b), 0, expenses), 'EUR', settings);
        expect(high.currentStep).toBeGreaterThanOrEqual(low.currentStep);
        if (low.next) expect(low.next.missing).toBeGreaterThan(0);
      }),
    );
  });

  it('suggests 5% of each payment for the funds, rounded down to a whole cent', () => {
    expect(suggestedFundContribution(123_459, settings)).toBe(6_172);
    expect(suggestedFundContribution(0, settings)).toBe(0);
  });
});
