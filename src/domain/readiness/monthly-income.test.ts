import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { incomeByMonth } from './monthly-income.ts';
import { regularStreamIncome } from './stream-income.ts';

const today = Temporal.PlainDate.from('2026-06-15');

describe('income by month and regular streams', () => {
  it('twelve calendar months ending with this one, oldest first, empty months included', () => {
    const months = incomeByMonth([{ source: { kind: 'client', clientId: 'a' }, amount: 500, receivedOn: '2026-06-01' }], today);
    expect(months.map((m) => m.month)).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(months.at(-1)).toEqual({ month: '2026-06', total: 500, bySource: [{ source: { kind: 'client', clientId: 'a' }, amount: 500 }] });
    expect(months[0]?.total).toBe(0);
  });

  it('a month holds every source, largest first; money from later this month or before the window is left out', () => {
    const months = incomeByMonth(
      [
        { source: { kind: 'client', clientId: 'a' }, amount: 100, receivedOn: '2026-05-02' },
        { source: { kind: 'other_stream', streamId: 'book' }, amount: 300, receivedOn: '2026-05-20' },
        { source: { kind: 'client', clientId: 'a' }, amount: 50, receivedOn: '2026-05-30' },
        { source: { kind: 'client', clientId: 'a' }, amount: 9, receivedOn: '2026-06-20' },
        { source: { kind: 'client', clientId: 'a' }, amount: 7, receivedOn: '2025-06-30' },
      ],
      today,
    );
    expect(months.find((m) => m.month === '2026-05')?.bySource.map((s) => s.amount)).toEqual([300, 150]);
    expect(months.at(-1)?.total).toBe(0);
  });

  it('a job paying 1,000 € a month counts as exactly twelve payments over the trailing year; an empty amount counts nothing', () => {
    const entries = regularStreamIncome([{ streamId: 'job', monthlyAmount: 100_000 }, { streamId: 'varies', monthlyAmount: 0 }], today);
    expect(entries).toHaveLength(12);
    expect(entries.reduce((sum, e) => sum + e.amount, 0)).toBe(1_200_000);
    expect(entries.map((e) => e.receivedOn).at(-1)).toBe('2025-07-15');
    expect(incomeByMonth(entries, today).every((m) => m.total === 100_000)).toBe(true);
  });
});
