// Typed calls for the client's invoices in the portal (no account: the link's token is the key).
import type { PortalInvoice, PortalInvoiceList, PortalInvoiceStatus, PortalInvoiceSummary } from '../../schemas/portal-invoices.ts';
import { apiRequest } from './http.ts';

export type { PortalInvoice, PortalInvoiceStatus, PortalInvoiceSummary };

const invoicesPath = (token: string, rest = '') => `/portal/${encodeURIComponent(token)}/invoices${rest}`;

export function listPortalInvoices(token: string, signal?: AbortSignal): Promise<PortalInvoiceList> {
  return apiRequest('GET', invoicesPath(token), { signal, isPublic: true });
}

/** Opening it marks the invoice viewed for the freelancer (the first time only). */
export function getPortalInvoice(token: string, invoiceId: string, signal?: AbortSignal): Promise<PortalInvoice> {
  return apiRequest('GET', invoicesPath(token, `/${encodeURIComponent(invoiceId)}`), { signal, isPublic: true });
}

export function portalInvoicePdfUrl(token: string, invoiceId: string): string {
  return `/api/v1${invoicesPath(token, `/${encodeURIComponent(invoiceId)}/pdf`)}`;
}
