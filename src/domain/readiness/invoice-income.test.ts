import { describe, expect, it } from 'vitest';
import { mergeInvoiceIncome, type HandIncomeEntry } from './invoice-income.ts';

const hand = (id: string, clientId: string, receivedOn: string, amount = 100_000): HandIncomeEntry => ({ id, source: { kind: 'client', clientId }, amount, receivedOn });

describe('payments recorded on invoices as readiness income', () => {
  it('a payment in the workspace currency is income from its client on the day it arrived', () => {
    const merged = mergeInvoiceIncome([], [{ clientId: 'ana', amount: 250_000, currency: 'EUR', paidOn: '2027-02-20' }], 'EUR');
    expect(merged.entries).toEqual([{ source: { kind: 'client', clientId: 'ana' }, amount: 250_000, receivedOn: '2027-02-20' }]);
    expect(merged.fromInvoices).toEqual({ amount: 250_000, payments: 1 });
  });

  it('sets aside hand entries of the same client and month only: other months, other clients and other streams keep theirs', () => {
    const stream: HandIncomeEntry = { id: 'royalties', source: { kind: 'other_stream', streamId: 'book' }, amount: 5_000, receivedOn: '2027-02-03' };
    const merged = mergeInvoiceIncome(
      [hand('feb', 'ana', '2027-02-01'), hand('jan', 'ana', '2027-01-31'), hand('bea-feb', 'bea', '2027-02-01'), stream],
      [{ clientId: 'ana', amount: 250_000, currency: 'EUR', paidOn: '2027-02-28' }],
      'EUR',
    );
    expect(merged.setAsideEntryIds).toEqual(['feb']);
    expect(merged.entries.reduce((sum, e) => sum + e.amount, 0)).toBe(100_000 + 100_000 + 5_000 + 250_000);
  });

  it('a payment in another currency counts for nothing, sets nothing aside and is reported per currency', () => {
    const merged = mergeInvoiceIncome(
      [hand('typed', 'gus', '2027-02-10', 90_000)],
      [
        { clientId: 'gus', amount: 100_000, currency: 'USD', paidOn: '2027-02-09' },
        { clientId: 'gus', amount: 50_000, currency: 'USD', paidOn: '2027-01-09' },
        { clientId: 'oli', amount: 70_000, currency: 'GBP', paidOn: '2027-01-09' },
      ],
      'EUR',
    );
    expect(merged.entries).toEqual([{ source: { kind: 'client', clientId: 'gus' }, amount: 90_000, receivedOn: '2027-02-10' }]);
    expect(merged.setAsideEntryIds).toEqual([]);
    expect(merged.notCounted).toEqual([
      { currency: 'GBP', amount: 70_000, payments: 1 },
      { currency: 'USD', amount: 150_000, payments: 2 },
    ]);
  });
});
