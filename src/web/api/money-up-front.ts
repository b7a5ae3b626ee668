// Typed calls for money up front: a contract's "ready to start" state and message, and billing an invoice's late fees.
import type { Invoice } from '../../schemas/invoices.ts';
import type { ReadyToStart, SendReadyToStartBody } from '../../schemas/money-up-front.ts';
import { apiRequest } from './http.ts';

export type { ReadyToStart };

const readyToStart = (agreementId: string) => `/agreements/${encodeURIComponent(agreementId)}/ready-to-start`;

export function getReadyToStart(agreementId: string, signal?: AbortSignal): Promise<ReadyToStart> {
  return apiRequest('GET', readyToStart(agreementId), { signal });
}

/** Queues the edited message to the client once; a second send answers 409. */
export function sendReadyToStart(agreementId: string, message: SendReadyToStartBody): Promise<ReadyToStart> {
  return apiRequest('POST', readyToStart(agreementId), { body: message });
}

/** Bills the late fees charged on an invoice in a new, issued late-fee invoice (422 when nothing is left to bill). */
export function issueLateFeeInvoice(invoiceId: string): Promise<Invoice> {
  return apiRequest('POST', `/invoices/${encodeURIComponent(invoiceId)}/late-fee-invoice`);
}
