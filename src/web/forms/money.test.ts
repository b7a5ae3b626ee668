// Money typed in either convention becomes the exact number of minor units, and shows back the way it was meant.
import { describe, expect, it } from 'vitest';
import { formatMoney, moneyToInput, parseMoney } from './money.ts';

describe('parseMoney', () => {
  it('reads whole amounts and both decimal marks', () => {
    expect(parseMoney('1500', 2)).toBe(150_000);
    expect(parseMoney('12.5', 2)).toBe(1250);
    expect(parseMoney('12,50', 2)).toBe(1250);
    expect(parseMoney(' 0 ', 2)).toBe(0);
  });

  it('reads thousands separators in English and Spanish style', () => {
    expect(parseMoney('1,500', 2)).toBe(150_000);
    expect(parseMoney('1.500', 2)).toBe(150_000);
    expect(parseMoney('1.500,25', 2)).toBe(150_025);
    expect(parseMoney('1,500.25', 2)).toBe(150_025);
    expect(parseMoney('1 500', 2)).toBe(150_000);
    expect(parseMoney('2.000.000', 2)).toBe(200_000_000);
  });

  it('respects currencies without or with three decimals', () => {
    expect(parseMoney('1500', 0)).toBe(1500);
    expect(parseMoney('1,500', 0)).toBe(1500);
    expect(parseMoney('1.5', 0)).toBeNull();
    expect(parseMoney('1.500', 3)).toBe(1500);
  });

  it('says empty is unanswered and nonsense is not an amount', () => {
    expect(parseMoney('', 2)).toBeUndefined();
    expect(parseMoney('   ', 2)).toBeUndefined();
    for (const bad of ['abc', '-5', '1.2.3,4', '1,2,3', '12.', '€12', '1.00.000']) expect(parseMoney(bad, 2), bad).toBeNull();
  });
});

describe('moneyToInput and formatMoney', () => {
  it('writes amounts back for editing without grouping', () => {
    expect(moneyToInput(150_000, 2, 'en')).toBe('1500');
    expect(moneyToInput(150_025, 2, 'en')).toBe('1500.25');
    expect(moneyToInput(150_005, 2, 'es')).toBe('1500,05');
    expect(moneyToInput(undefined, 2, 'es')).toBe('');
  });

  it('round-trips what it writes', () => {
    for (const minor of [0, 5, 99, 100, 123_456, 150_025]) {
      for (const language of ['en', 'es']) expect(parseMoney(moneyToInput(minor, 2, language), 2)).toBe(minor);
    }
  });

  it('formats for reading in the reader’s language', () => {
    expect(formatMoney(150_000, 'USD', 'en')).toBe('$1,500');
    expect(formatMoney(150_050, 'EUR', 'es').replace(/\s/g, ' ')).toBe('1500,50 €');
  });
});
