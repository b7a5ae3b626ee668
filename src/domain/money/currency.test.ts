import { describe, expect, it } from 'vitest';
import { isCurrencyCode, minorUnitDigits } from './currency.ts';

describe('currencies', () => {
  it('accepts ISO 4217 codes and refuses lowercase or made-up ones', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('MXN')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode('XYZ')).toBe(false);
    expect(isCurrencyCode('EURO')).toBe(false);
  });

  it('knows how many minor units each currency has', () => {
    expect(minorUnitDigits('EUR')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('BHD')).toBe(3);
  });
});
