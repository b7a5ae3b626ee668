// An invoice's kinds and statuses, and the pure transitions between them: issue, view, pay, void.
import { daysBetween } from './local-dates.ts';

export const invoiceKinds = ['standard', 'deposit', 'milestone', 'balance', 'retainer', 'late_fee'] as const;
export type InvoiceKind = (typeof invoiceKinds)[number];

export const invoiceStatuses = ['draft', 'issued', 'viewed', 'partially_paid', 'paid', 'overdue', 'void'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

/** What is stored; `overdue` is never stored because it depends on today's date. */
export type StoredInvoiceStatus = Exclude<InvoiceStatus, 'overdue'>;

/** Statuses in which the client still owes money (before today's date is taken into account). */
export const openStatuses = ['issued', 'viewed', 'partially_paid'] as const satisfies readonly StoredInvoiceStatus[];

export type InvoiceState = {
  status: StoredInvoiceStatus;
  total: number;
  paid: number;
  /** YYYY-MM-DD; null while a draft has no terms yet. */
  dueOn: string | null;
};

export function balanceOf(invoice: Pick<InvoiceState, 'total' | 'paid'>): number {
  return Math.max(0, invoice.total - invoice.paid);
}

export function isOpen(status: StoredInvoiceStatus): boolean {
  return (openStatuses as readonly string[]).includes(status);
}

/** The status a person sees today: an open invoice past its due date with money owed is overdue. */
export function statusOn(invoice: InvoiceState, today: string): InvoiceStatus {
  if (isOpen(invoice.status) && invoice.dueOn !== null && balanceOf(invoice) > 0 && daysBetween(invoice.dueOn, today) > 0) return 'overdue';
  return invoice.status;
}

export type Refusal = { refused: string; field?: string };

export function canEdit(invoice: Pick<InvoiceState, 'status'>): Refusal | null {
  return invoice.status === 'draft' ? null : { refused: 'Only a draft can be edited; an issued invoice is corrected by voiding it.' };
}

/** Issuing needs lines, a due date not before the issue date, and a total above zero (unless it corrects another invoice). */
export function canIssue(invoice: InvoiceState & { lineCount: number; isCorrective: boolean }, issueDate: string): Refusal | null {
  if (invoice.status !== 'draft') return { refused: 'This invoice is already issued; it keeps its number.' };
  if (invoice.lineCount === 0) return { refused: 'Add at least one line before issuing.', field: 'lines' };
  if (invoice.dueOn === null) return { refused: 'Set a due date before issuing.', field: 'dueOn' };
  if (daysBetween(issueDate, invoice.dueOn) < 0) return { refused: `The due date ${invoice.dueOn} is before the issue date ${issueDate}; move it later.`, field: 'dueOn' };
  if (!invoice.isCorrective && invoice.total <= 0) return { refused: 'The total must be above zero to issue an invoice.', field: 'lines' };
  return null;
}

/** The status after a payment, or why it is refused: never more than the balance, never on a draft or void invoice. */
export function afterPayment(invoice: InvoiceState, amount: number): { status: StoredInvoiceStatus; paid: number } | Refusal {
  if (invoice.status === 'draft') return { refused: 'Issue the invoice before recording a payment.' };
  if (invoice.status === 'void') return { refused: 'This invoice is void; record the payment on the invoice that replaced it.' };
  const balance = balanceOf(invoice);
  if (amount > balance) return { refused: `The payment is more than the balance of ${balance} (minor units); record at most the balance.`, field: 'amount' };
  const paid = invoice.paid + amount;
  return { status: paid >= invoice.total ? 'paid' : 'partially_paid', paid };
}

/** Opening the invoice in the portal marks it viewed, once, and only while nothing has been paid. */
export function afterViewed(invoice: InvoiceState): StoredInvoiceStatus {
  return invoice.status === 'issued' ? 'viewed' : invoice.status;
}

/** An issued invoice is never deleted: voiding keeps it, numbered, and a corrective invoice cancels it. */
export function canVoid(invoice: InvoiceState): Refusal | null {
  if (invoice.status === 'draft') return { refused: 'A draft has no number yet: edit it instead of voiding it.' };
  if (invoice.status === 'void') return { refused: 'This invoice is already void.' };
  if (invoice.paid > 0) return { refused: 'Payments are recorded on this invoice; refund them before voiding it.' };
  return null;
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'refused' in value;
}
