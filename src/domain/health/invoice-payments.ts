// Invoice payment facts the health card may receive from billing: when each invoice was due and when (if ever) it was paid.
import { Temporal } from 'temporal-polyfill';

/** Dates are the freelancer's calendar dates ("2026-03-31"); `paidOn` is the day it was paid in full, null while unpaid. */
export type InvoicePayment = {
  invoiceId: string;
  dueOn: string;
  paidOn: string | null;
  /** Days the client promised to pay by, if promises were recorded. */
  promisedOn?: readonly string[];
  /** What is still owed today, in minor units of `currency`; left out when billing did not say. */
  balance?: { amount: number; currency: string };
};

/** Not yet paid in full at the end of `day`. */
export function isUnpaidOn(invoice: InvoicePayment, day: Temporal.PlainDate): boolean {
  return invoice.paidOn === null || Temporal.PlainDate.compare(Temporal.PlainDate.from(invoice.paidOn), day) > 0;
}

/** Invoices due before `firstDay` and still unpaid at the end of `lastDay`: a debt that old is still late payment now. */
export function unpaidFromBefore(invoices: readonly InvoicePayment[], firstDay: Temporal.PlainDate, lastDay: Temporal.PlainDate): InvoicePayment[] {
  return invoices.filter((invoice) => Temporal.PlainDate.compare(Temporal.PlainDate.from(invoice.dueOn), firstDay) < 0 && isUnpaidOn(invoice, lastDay));
}

/**
 * Promises to pay whose date fell from `firstDay` to `lastDay` and passed before `today` with the invoice still unpaid
 * that day: each one is a broken promise, with its invoice.
 */
export function brokenPromises(invoices: readonly InvoicePayment[], firstDay: Temporal.PlainDate, lastDay: Temporal.PlainDate, today: Temporal.PlainDate): { invoiceId: string; promisedOn: string }[] {
  return invoices.flatMap((invoice) =>
    (invoice.promisedOn ?? [])
      .filter((date) => {
        const promised = Temporal.PlainDate.from(date);
        const isInWindow = Temporal.PlainDate.compare(promised, firstDay) >= 0 && Temporal.PlainDate.compare(promised, lastDay) <= 0;
        return isInWindow && Temporal.PlainDate.compare(promised, today) < 0 && isUnpaidOn(invoice, promised);
      })
      .map((promisedOn) => ({ invoiceId: invoice.invoiceId, promisedOn })),
  );
}

/** Paid after the due date, or still unpaid once the due date has passed. A payment dated after `today` has not happened yet. */
export function isPaidLate(invoice: InvoicePayment, today: Temporal.PlainDate): boolean {
  const due = Temporal.PlainDate.from(invoice.dueOn);
  const paid = invoice.paidOn === null ? null : Temporal.PlainDate.from(invoice.paidOn);
  if (paid !== null && Temporal.PlainDate.compare(paid, today) <= 0) return Temporal.PlainDate.compare(paid, due) > 0;
  return Temporal.PlainDate.compare(due, today) < 0;
}

/** Whether the invoice can be judged yet: paid already, or past its due date. An invoice due today may still be paid on time. */
export function isSettledOrOverdue(invoice: InvoicePayment, today: Temporal.PlainDate): boolean {
  const isPaid = invoice.paidOn !== null && Temporal.PlainDate.compare(Temporal.PlainDate.from(invoice.paidOn), today) <= 0;
  return isPaid || Temporal.PlainDate.compare(Temporal.PlainDate.from(invoice.dueOn), today) < 0;
}

/** Invoices due from `firstDay` to `lastDay`, both included, earliest first. */
export function invoicesDueWithin(invoices: readonly InvoicePayment[], firstDay: Temporal.PlainDate, lastDay: Temporal.PlainDate): InvoicePayment[] {
  return invoices
    .filter((invoice) => {
      const due = Temporal.PlainDate.from(invoice.dueOn);
      return Temporal.PlainDate.compare(due, firstDay) >= 0 && Temporal.PlainDate.compare(due, lastDay) <= 0;
    })
    .sort((a, b) => Temporal.PlainDate.compare(Temporal.PlainDate.from(a.dueOn), Temporal.PlainDate.from(b.dueOn)) || a.invoiceId.localeCompare(b.invoiceId));
}
