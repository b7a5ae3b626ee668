// A client's billing history written through the real use cases, each step on its own day: an invoice issued on one
// date, paid (or promised) on later ones. Tests then read readiness and health as of the test clock's today.
import { createClock } from '../clock.ts';
import { CreateInvoiceBody, RecordPaymentBody } from '../schemas/invoices.ts';
import type { AppDeps, WorkspaceContext } from './context.ts';
import { createInvoice } from './create-invoice.ts';
import { issueInvoice } from './issue-invoice.ts';
import { recordPayment } from './record-payment.ts';
import { recordPromiseToPay } from './record-promise-to-pay.ts';

export type BillingHistory = {
  /** Issues an invoice of one line on `issuedOn` (09:00 UTC), due on `dueOn`; returns its id. */
  issue(options: { clientId: string; issuedOn: string; dueOn: string; amount: number; currency?: string; description?: string }): Promise<string>;
  pay(invoiceId: string, paidOn: string, amount: number): Promise<void>;
  promise(invoiceId: string, recordedOn: string, promisedOn: string): Promise<void>;
};

export function billingHistory(deps: AppDeps, workspaceId: string): BillingHistory {
  const on = (date: string): WorkspaceContext => ({ ...deps, clock: createClock(`${date}T09:00:00Z`), workspaceId, userId: null });
  return {
    async issue({ clientId, issuedOn, dueOn, amount, currency, description = 'Monthly work' }) {
      const input = CreateInvoiceBody.parse({ clientId, dueOn, ...(currency && { currency }), lines: [{ description, quantity: 1, unitPrice: amount, taxRate: 0 }] });
      const draft = await createInvoice({ ctx: on(issuedOn), input });
      await issueInvoice({ ctx: on(issuedOn), invoiceId: draft.id });
      return draft.id;
    },
    async pay(invoiceId, paidOn, amount) {
      await recordPayment({ ctx: on(paidOn), invoiceId, payment: RecordPaymentBody.parse({ amount, paidOn, method: 'bank_transfer' }) });
    },
    async promise(invoiceId, recordedOn, promisedOn) {
      await recordPromiseToPay({ ctx: on(recordedOn), invoiceId, promise: { promisedOn, note: '' } });
    },
  };
}
