import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { IncomeEntry } from './finances.ts';
import { concentrationLevel, incomeConcentration } from './income-concentration.ts';
import { defaultReadinessSettings } from './settings.ts';
import { trailingTwelveMonths } from './trailing-income.ts';

const today = Temporal.PlainDate.from('2026-06-30');
const client = (clientId: string, amount: number, receivedOn = '2026-03-01'): IncomeEntry => ({ source: { kind: 'client', clientId }, amount, receivedOn });
const stream = (streamId: string, amount: number, receivedOn = '2026-03-01'): IncomeEntry => ({ source: { kind: 'other_stream', streamId }, amount, receivedOn });

describe('income concentration over the trailing twelve months', () => {
  it('one client bringing 60% is critical, one at 30% exactly is ok, and book royalties count as their own stream', () => {
    const result = incomeConcentration([client('acme', 600_000), client('bloom', 300_000), stream('book', 100_000)], today, defaultReadinessSettings);
    expect(result.total).toBe(1_000_000);
    expect(result.shares.map((s) => [s.source, s.percent, s.level])).toEqual([
      [{ kind: 'client', clientId: 'acme' }, 60, 'critical'],
      [{ kind: 'client', clientId: 'bloom' }, 30, 'ok'],
      [{ kind: 'other_stream', streamId: 'book' }, 10, 'ok'],
    ]);
  });

  it('just above 30% is watch; just above 50% is critical; exactly 50% is only watch', () => {
    expect(concentrationLevel(30_001, 100_000, defaultReadinessSettings)).toBe('watch');
    expect(concentrationLevel(50_000, 100_000, defaultReadinessSettings)).toBe('watch');
    expect(concentrationLevel(50_001, 100_000, defaultReadinessSettings)).toBe('critical');
  });

  it('payments older than a year drop out; one from exactly a year ago is already out, today is in', () => {
    const entries = [client('old', 1, '2025-06-30'), client('edge', 2, '2025-07-01'), client('today', 3, '2026-06-30'), client('future', 4, '2026-07-01')];
    expect(trailingTwelveMonths(entries, today).map((e) => e.amount)).toEqual([2, 3]);
  });

  it('payments from the same client add up', () => {
    const result = incomeConcentration([client('acme', 100), client('acme', 300, '2026-05-01'), client('bloom', 100)], today, defaultReadinessSettings);
    expect(result.shares[0]).toEqual({ source: { kind: 'client', clientId: 'acme' }, amount: 400, percent: 80, level: 'critical' });
  });

  it('no income at all is not a concentration', () => {
    expect(incomeConcentration([], today, defaultReadinessSettings)).toEqual({ total: 0, shares: [] });
  });
});
