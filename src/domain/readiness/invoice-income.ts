// Payments recorded on invoices as readiness income, merged with the entries the freelancer types by hand without
// counting the same money twice.
//
// The rule, as the readiness page states it:
// - A payment recorded on an invoice is income from that invoice's client on the day it arrived (`paidOn`).
// - Only payments in the workspace currency count. Sana keeps no exchange rates, so a payment in another currency is
//   left out and reported as not counted; the freelancer keeps typing what actually arrived in their currency by hand.
// - For a client and calendar month with at least one counted payment, the payments are that month's income from the
//   client, and hand entries for the same client and month are set aside (reported, not deleted). Months without a
//   recorded payment, income from other streams, and clients paid outside Sana keep their hand entries.
import type { IncomeEntry } from './finances.ts';

/** One payment on one invoice, with the invoice's client and currency. Amounts are minor units of `currency`. */
export type RecordedPayment = { clientId: string; amount: number; currency: string; paidOn: string };

/** An entry typed by hand, with its id so the page can say which ones were set aside. */
export type HandIncomeEntry = IncomeEntry & { id: string };

export type NotCountedCurrency = { currency: string; amount: number; payments: number };

export type MergedIncome = {
  /** What readiness counts: every payment in the workspace currency, plus the hand entries not set aside. */
  entries: IncomeEntry[];
  /** Hand entries for a client and month that recorded payments already cover. */
  setAsideEntryIds: string[];
  /** Payments in the workspace currency: their sum and how many. */
  fromInvoices: { amount: number; payments: number };
  /** Payments in other currencies, summed per currency (alphabetical). */
  notCounted: NotCountedCurrency[];
};

const clientMonth = (clientId: string, date: string) => `${clientId}|${date.slice(0, 7)}`;

export function mergeInvoiceIncome(handEntries: readonly HandIncomeEntry[], payments: readonly RecordedPayment[], currency: string): MergedIncome {
  const counted = payments.filter((p) => p.currency === currency);
  const coveredMonths = new Set(counted.map((p) => clientMonth(p.clientId, p.paidOn)));
  const setAside = handEntries.filter((e) => e.source.kind === 'client' && coveredMonths.has(clientMonth(e.source.clientId, e.receivedOn)));
  const setAsideIds = new Set(setAside.map((e) => e.id));

  const notCounted = new Map<string, NotCountedCurrency>();
  for (const payment of payments) {
    if (payment.currency === currency) continue;
    const current = notCounted.get(payment.currency) ?? { currency: payment.currency, amount: 0, payments: 0 };
    current.amount += payment.amount;
    current.payments += 1;
    notCounted.set(payment.currency, current);
  }

  return {
    entries: [
      ...handEntries.filter((e) => !setAsideIds.has(e.id)).map((e): IncomeEntry => ({ source: e.source, amount: e.amount, receivedOn: e.receivedOn })),
      ...counted.map((p): IncomeEntry => ({ source: { kind: 'client', clientId: p.clientId }, amount: p.amount, receivedOn: p.paidOn })),
    ],
    setAsideEntryIds: setAside.map((e) => e.id),
    fromInvoices: { amount: counted.reduce((sum, p) => sum + p.amount, 0), payments: counted.length },
    notCounted: [...notCounted.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}
