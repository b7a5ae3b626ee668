import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { priceQuote } from './pricing.ts';

describe('pricing helper', () => {
  test('a 1,000.00 job with a 20% buffer and a 25% tax reserve is quoted at 1,600.00', () => {
    expect(priceQuote({ baseAmount: 100_000, contingencyPercent: 20, taxReservePercent: 25 })).toEqual({ baseAmount: 100_000, contingencyAmount: 20_000, taxReserveAmount: 40_000, quoteAmount: 160_000, keptAfterReserve: 120_000 });
  });

  test('no reserve and no buffer quote the base itself', () => {
    expect(priceQuote({ baseAmount: 12_345, contingencyPercent: 0, taxReservePercent: 0 }).quoteAmount).toBe(12_345);
  });

  test('the quote always covers the base, the buffer and the reserve, in whole minor units, and never by more than a unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 0, max: 10000 }), (base, reserveBasis, bufferBasis) => {
        const quote = priceQuote({ baseAmount: base, taxReservePercent: reserveBasis / 100, contingencyPercent: bufferBasis / 100 });
        expect(Number.isInteger(quote.quoteAmount)).toBe(true);
        expect(quote.keptAfterReserve).toBeGreaterThanOrEqual(base + quote.contingencyAmount);
        expect(quote.taxReserveAmount + quote.keptAfterReserve).toBe(quote.quoteAmount);
        const oneLess = quote.quoteAmount - 1;
        if (oneLess >= 0 && quote.quoteAmount > base + quote.contingencyAmount) expect(oneLess - Math.ceil((oneLess * reserveBasis) / 10_000)).toBeLessThan(base + quote.contingencyAmount);
      }),
    );
  });

  test('out-of-range input is refused', () => {
    expect(() => priceQuote({ baseAmount: 1.5, contingencyPercent: 0, taxReservePercent: 0 })).toThrow(RangeError);
    expect(() => priceQuote({ baseAmount: 1, contingencyPercent: 0, taxReservePercent: 95 })).toThrow(RangeError);
  });
});
