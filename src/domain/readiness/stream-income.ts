// Other streams with a regular monthly amount (a part-time job, a steady retainer of royalties) count as income every month.
import type { Temporal } from 'temporal-polyfill';
import type { IncomeEntry } from './finances.ts';

export type RegularStreamAmount = { streamId: string; monthlyAmount: number };

/**
 * One entry per month of the trailing year for each stream with a regular amount, dated today, a month ago … eleven
 * months ago, so the trailing twelve months hold exactly twelve of them. Irregular income (a royalty cheque) is
 * recorded as its own entry instead, and adds to this.
 */
export function regularStreamIncome(streams: readonly RegularStreamAmount[], today: Temporal.PlainDate): IncomeEntry[] {
  const entries: IncomeEntry[] = [];
  for (const { streamId, monthlyAmount } of streams) {
    if (monthlyAmount <= 0) continue;
    for (let month = 0; month < 12; month++) {
      entries.push({ source: { kind: 'other_stream', streamId }, amount: monthlyAmount, receivedOn: today.subtract({ months: month }).toString() });
    }
  }
  return entries;
}
