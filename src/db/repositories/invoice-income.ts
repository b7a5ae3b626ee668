// What readiness and the health card read from invoicing: payments received with their invoice's client and currency,
// and each issued invoice's due date, payment day, promises and balance. Scoped to one workspace.
import type { Db } from '../connect.ts';
import { toNumber } from '../normalize.ts';
import type { PaymentRecord } from './invoice-payments.ts';

export type ReceivedPaymentRow = { clientId: string; amount: number; currency: string; paidOn: string };

/** An issued invoice as the health card sees it; `payments` oldest first, so the day the balance reached zero can be found. */
export type BilledInvoiceRow = {
  id: string;
  clientId: string;
  status: string;
  currency: string;
  total: number;
  paid: number;
  dueOn: string;
  payments: PaymentRecord[];
  promisedOn: string[];
};

export function invoiceIncomeRepository(db: Db, workspaceId: string) {
  return {
    /** Payments that arrived from `since` to `until` (local dates, both included), on any invoice. */
    async paymentsBetween(since: string, until: string): Promise<ReceivedPaymentRow[]> {
      const rows = await db
        .selectFrom('payments')
        .innerJoin('invoices', (join) => join.onRef('invoices.id', '=', 'payments.invoice_id').onRef('invoices.workspace_id', '=', 'payments.workspace_id'))
        .select(['invoices.client_id', 'invoices.currency', 'payments.amount', 'payments.paid_on'])
        .where('payments.workspace_id', '=', workspaceId)
        .where('payments.paid_on', '>=', since)
        .where('payments.paid_on', '<=', until)
        .orderBy('payments.paid_on')
        .orderBy('payments.id')
        .execute();
      return rows.map((r) => ({ clientId: r.client_id, currency: r.currency, amount: toNumber(r.amount), paidOn: r.paid_on }));
    },

    /**
     * The clients' issued invoices that say how they pay: not drafts, not void, not corrective (a correction and the
     * invoice it cancels say nothing about the client). A client has tens of invoices, not thousands.
     */
    async billedInvoices(clientIds: readonly string[]): Promise<BilledInvoiceRow[]> {
      if (clientIds.length === 0) return [];
      const invoices = await db
        .selectFrom('invoices')
        .select(['id', 'client_id', 'status', 'currency', 'total', 'paid', 'due_on'])
        .where('workspace_id', '=', workspaceId)
        .where('client_id', 'in', [...clientIds])
        .where('status', 'not in', ['draft', 'void'])
        .where('corrects_invoice_id', 'is', null)
        .where('due_on', 'is not', null)
        .orderBy('due_on')
        .orderBy('id')
        .execute();
      if (invoices.length === 0) return [];
      const ids = invoices.map((i) => i.id);
      const [payments, promises] = [
        await db.selectFrom('payments').selectAll().where('workspace_id', '=', workspaceId).where('invoice_id', 'in', ids).orderBy('paid_on').orderBy('created_at').orderBy('id').execute(),
        await db.selectFrom('promises_to_pay').select(['invoice_id', 'promised_on']).where('workspace_id', '=', workspaceId).where('invoice_id', 'in', ids).orderBy('promised_on').execute(),
      ];
      return invoices.map((i) => ({
        id: i.id,
        clientId: i.client_id,
        status: i.status,
        currency: i.currency,
        total: toNumber(i.total),
        paid: toNumber(i.paid),
        dueOn: i.due_on!,
        payments: payments
          .filter((p) => p.invoice_id === i.id)
          .map((p) => ({ id: p.id, invoiceId: p.invoice_id, amount: toNumber(p.amount), paidOn: p.paid_on, method: p.method, reference: p.reference, createdAt: p.created_at })),
        promisedOn: promises.filter((p) => p.invoice_id === i.id).map((p) => p.promised_on),
      }));
    },

    /**
     * Open invoices whose automatic reminder could not go out for want of an email address, and whose client still has
     * none: once an address is added, the next step is sent and the notice goes away by itself.
     */
    async remindersWithoutAddress(): Promise<{ invoiceId: string; number: string; clientId: string; clientName: string }[]> {
      const rows = await db
        .selectFrom('invoices')
        .innerJoin('clients', (join) => join.onRef('clients.id', '=', 'invoices.client_id').onRef('clients.workspace_id', '=', 'invoices.workspace_id'))
        .select(['invoices.id', 'invoices.number', 'invoices.client_id', 'clients.name'])
        .where('invoices.workspace_id', '=', workspaceId)
        .where('invoices.status', 'in', ['issued', 'viewed', 'partially_paid'])
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('reminders_sent')
              .select('reminders_sent.id')
              .whereRef('reminders_sent.invoice_id', '=', 'invoices.id')
              .whereRef('reminders_sent.workspace_id', '=', 'invoices.workspace_id')
              .where('reminders_sent.outcome', '=', 'no_address'),
          ),
        )
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('client_contacts')
                .select('client_contacts.id')
                .whereRef('client_contacts.client_id', '=', 'invoices.client_id')
                .whereRef('client_contacts.workspace_id', '=', 'invoices.workspace_id')
                .where('client_contacts.email', '!=', ''),
            ),
          ),
        )
        .orderBy('clients.name')
        .orderBy('invoices.number')
        .execute();
      return rows.map((r) => ({ invoiceId: r.id, number: r.number ?? '', clientId: r.client_id, clientName: r.name }));
    },
  };
}
