import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { depositOf, hasDepositPricing } from './deposit.ts';

const cost = (over: Partial<Parameters<typeof depositOf>[0]> = {}) => ({ pricingModel: 'fixed_project' as const, amount: 300_000, depositPercent: 50, isDepositRefundable: false, ...over });

describe('deposit on signing', () => {
  test('half of a 3,000.00 project is 1,500.00, kept if the work stops', () => {
    expect(depositOf(cost())).toEqual({ percentBp: 5000, base: 150_000, isRefundable: false });
  });

  test('rounds half away from zero to the cent: 50% of 0.15 is 0.08, 33.33% of 1,000.01 is 333.30', () => {
    expect(depositOf(cost({ amount: 15 }))?.base).toBe(8);
    expect(depositOf(cost({ amount: 100_001, depositPercent: 33.33 }))?.base).toBe(33_330);
    // 12.5% of 0.04 is exactly half a cent: it rounds up to 0.01.
    expect(depositOf(cost({ amount: 4, depositPercent: 12.5 }))?.base).toBe(1);
  });

  test('a share with more than two decimals is taken to two (33.335% → 33.34%)', () => {
    expect(depositOf(cost({ amount: 1_000_000, depositPercent: 33.335 }))).toMatchObject({ percentBp: 3334, base: 333_400 });
  });

  test('a refundable deposit says so', () => {
    expect(depositOf(cost({ isDepositRefundable: true }))?.isRefundable).toBe(true);
  });

  test('no deposit without a share, without a total, or when the share of a tiny total rounds to nothing', () => {
    expect(depositOf(cost({ depositPercent: 0 }))).toBeNull();
    expect(depositOf(cost({ amount: 0 }))).toBeNull();
    expect(depositOf(cost({ amount: 1, depositPercent: 10 }))).toBeNull();
  });

  test('project work has a deposit; a retainer (billed in advance) and hourly work (no total) do not', () => {
    expect(hasDepositPricing('fixed_project')).toBe(true);
    expect(hasDepositPricing('per_deliverable')).toBe(true);
    expect(depositOf(cost({ pricingModel: 'per_deliverable' }))?.base).toBe(150_000);
    expect(depositOf(cost({ pricingModel: 'retainer' }))).toBeNull();
    expect(depositOf(cost({ pricingModel: 'hourly' }))).toBeNull();
  });

  test('the deposit is never more than the total and never negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), fc.integer({ min: 0, max: 10_000 }), (amount, bp) => {
        const deposit = depositOf(cost({ amount, depositPercent: bp / 100 }));
        if (deposit === null) return;
        expect(deposit.base).toBeGreaterThan(0);
        expect(deposit.base).toBeLessThanOrEqual(amount);
        // Within half a cent of the exact share.
        expect(Math.abs(deposit.base * 10_000 - amount * bp)).toBeLessThanOrEqual(5_000);
      }),
    );
  });
});
