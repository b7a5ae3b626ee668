// Typed calls for invoices: list, drafts (create, edit with the version read), issue, void, payments, promises to pay,
// late-fee invoices, the PDF, a client's payment behaviour and the invoicing settings the editor starts from.
import type { z } from 'zod';
import type {
  CreateInvoiceBody,
  Invoice,
  InvoiceListQuery,
  InvoicePage,
  InvoiceSummary,
  InvoicingSettingsResponse,
  LateFeeRule,
  PaymentBehaviour,
  RecordPaymentBody,
  RecordPromiseBody,
  UpdateInvoiceBody,
  VoidedInvoice,
} from '../../schemas/invoices.ts';
import { apiRequest } from './http.ts';

export type { Invoice, InvoiceSummary, LateFeeRule };
export type InvoicePageData = z.infer<typeof InvoicePage>;
export type InvoiceQuery = Partial<Pick<z.infer<typeof InvoiceListQuery>, 'status' | 'clientId'>> & { limit?: number; offset?: number };
export type NewInvoice = z.input<typeof CreateInvoiceBody>;
export type InvoiceChanges = z.input<typeof UpdateInvoiceBody>;
export type NewPayment = z.input<typeof RecordPaymentBody>;
export type NewPromise = z.input<typeof RecordPromiseBody>;
export type VoidedInvoiceData = z.infer<typeof VoidedInvoice>;
export type PaymentBehaviourData = z.infer<typeof PaymentBehaviour>;
export type InvoicingSettingsData = z.infer<typeof InvoicingSettingsResponse>;

const one = (id: string, rest = '') => `/invoices/${encodeURIComponent(id)}${rest}`;

export function listInvoices(query: InvoiceQuery, signal?: AbortSignal): Promise<InvoicePageData> {
  return apiRequest('GET', '/invoices', { query, signal });
}

export function createInvoice(body: NewInvoice): Promise<Invoice> {
  return apiRequest('POST', '/invoices', { body });
}

export function getInvoice(id: string, signal?: AbortSignal): Promise<Invoice> {
  return apiRequest('GET', one(id), { signal });
}

/** Answers 409 (code version_conflict) when the draft changed since `changes.version` was read; nothing is overwritten. */
export function updateInvoice(id: string, changes: InvoiceChanges): Promise<Invoice> {
  return apiRequest('PATCH', one(id), { body: changes });
}

/** Takes the next number of the series. Answers 422 naming the fields to add first (lines, due date, Spanish legal fields). */
export function issueInvoice(id: string): Promise<Invoice> {
  return apiRequest('POST', one(id, '/issue'));
}

/** The invoice stays, numbered and void; a corrective invoice that cancels it is issued and returned with it. */
export function voidInvoice(id: string, reason: string): Promise<VoidedInvoiceData> {
  return apiRequest('POST', one(id, '/void'), { body: { reason } });
}

/** Answers 400 on the `amount` field when the payment is more than the balance. */
export function recordPayment(id: string, payment: NewPayment): Promise<Invoice> {
  return apiRequest('POST', one(id, '/payments'), { body: payment });
}

export function recordPromise(id: string, promise: NewPromise): Promise<Invoice> {
  return apiRequest('POST', one(id, '/promises'), { body: promise });
}

/** A new issued `late_fee` invoice billing the fees charged on this one (404/422 when there is nothing to bill, or on a server without it). */
export function issueLateFeeInvoice(id: string): Promise<Invoice> {
  return apiRequest('POST', one(id, '/late-fee-invoice'));
}

/** The PDF in the client's language; a plain link, so the browser downloads it with the session cookie. */
export function invoicePdfUrl(id: string): string {
  return `/api/v1${one(id, '/pdf')}`;
}

export function getPaymentBehaviour(clientId: string, signal?: AbortSignal): Promise<PaymentBehaviourData> {
  return apiRequest('GET', `/clients/${encodeURIComponent(clientId)}/payment-behaviour`, { signal });
}

export function getInvoicingSettings(signal?: AbortSignal): Promise<InvoicingSettingsData> {
  return apiRequest('GET', '/settings/invoicing', { signal });
}
