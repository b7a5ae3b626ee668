// Invoices: drafts, issue (gapless numbers), void with a corrective invoice, payments, promises to pay, payment behaviour.
import { ClientIdParams } from '../../schemas/clients.ts';
import { Problem } from '../../schemas/common.ts';
import {
  CreateInvoiceBody,
  Invoice,
  InvoiceListQuery,
  InvoicePage,
  InvoiceParams,
  InvoicingSettingsResponse,
  LateFeeLetter,
  LateFeeLetterList,
  SendLateFeeLetterBody,
  PaymentBehaviour,
  RecordPaymentBody,
  RecordPromiseBody,
  SaveInvoicingSettingsBody,
  UpdateInvoiceBody,
  VoidedInvoice,
  VoidInvoiceBody,
} from '../../schemas/invoices.ts';
import { createInvoice } from '../../use-cases/create-invoice.ts';
import { getInvoice } from '../../use-cases/get-invoice.ts';
import { getPaymentBehaviour } from '../../use-cases/get-payment-behaviour.ts';
import { getInvoicingSettings, saveInvoicingSettings } from '../../use-cases/invoicing-settings.ts';
import { issueInvoice } from '../../use-cases/issue-invoice.ts';
import { listInvoices } from '../../use-cases/list-invoices.ts';
import { recordPayment } from '../../use-cases/record-payment.ts';
import { recordPromiseToPay } from '../../use-cases/record-promise-to-pay.ts';
import { updateInvoice } from '../../use-cases/update-invoice.ts';
import { voidInvoice } from '../../use-cases/void-invoice.ts';
import { renderInvoicePdf } from '../../use-cases/render-invoice-pdf.ts';
import { listLateFeeLetters, sendLateFeeLetter } from '../../use-cases/send-late-fee-letter.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

const tags = ['invoices'];

export async function invoiceRoutes(api: Api): Promise<void> {
  api.get(
    '/invoices',
    { schema: { tags, summary: 'List invoices, newest first, by status (as of today) and client', querystring: InvoiceListQuery, response: { 200: InvoicePage, 400: Problem, 401: Problem } } },
    async (request) => listInvoices({ ctx: workspaceContextOf(request), ...request.query }),
  );

  api.post(
    '/invoices',
    { schema: { tags, summary: 'Create a draft invoice (no number until issued)', body: CreateInvoiceBody, response: { 201: Invoice, 400: Problem, 401: Problem } } },
    async (request, reply) => {
      const invoice = await createInvoice({ ctx: workspaceContextOf(request), input: request.body });
      return reply.code(201).header('location', `/api/v1/invoices/${invoice.id}`).send(invoice);
    },
  );

  api.get('/invoices/:id', { schema: { tags, summary: 'Read an invoice with its payments, promises, reminders and late fees', params: InvoiceParams, response: { 200: Invoice, 401: Problem, 404: Problem } } }, async (request) =>
    getInvoice({ ctx: workspaceContextOf(request), invoiceId: request.params.id }),
  );

  api.patch(
    '/invoices/:id',
    { schema: { tags, summary: 'Edit a draft (send the version you read); issued invoices are voided instead', params: InvoiceParams, body: UpdateInvoiceBody, response: { 200: Invoice, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request) => updateInvoice({ ctx: workspaceContextOf(request), invoiceId: request.params.id, changes: request.body }),
  );

  api.post(
    '/invoices/:id/issue',
    { schema: { tags, summary: 'Issue a draft: it takes the next number of its series, gapless', params: InvoiceParams, response: { 200: Invoice, 401: Problem, 404: Problem, 409: Problem, 422: Problem } } },
    async (request) => issueInvoice({ ctx: workspaceContextOf(request), invoiceId: request.params.id }),
  );

  api.post(
    '/invoices/:id/void',
    { schema: { tags, summary: 'Void an issued invoice; a corrective invoice referencing it is issued', params: InvoiceParams, body: VoidInvoiceBody, response: { 200: VoidedInvoice, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request) => voidInvoice({ ctx: workspaceContextOf(request), invoiceId: request.params.id, reason: request.body.reason }),
  );

  api.post(
    '/invoices/:id/payments',
    { schema: { tags, summary: 'Record a payment (partial allowed, never more than the balance)', params: InvoiceParams, body: RecordPaymentBody, response: { 201: Invoice, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request, reply) => reply.code(201).send(await recordPayment({ ctx: workspaceContextOf(request), invoiceId: request.params.id, payment: request.body })),
  );

  api.post(
    '/invoices/:id/promises',
    { schema: { tags, summary: 'Record a promise to pay: reminders and new fees pause until that date', params: InvoiceParams, body: RecordPromiseBody, response: { 201: Invoice, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request, reply) => reply.code(201).send(await recordPromiseToPay({ ctx: workspaceContextOf(request), invoiceId: request.params.id, promise: request.body })),
  );

  api.get(
    '/invoices/:id/pdf',
    { schema: { tags, summary: "The invoice as a PDF in the client's language", params: InvoiceParams, produces: ['application/pdf'] } },
    async (request, reply) => {
      const { pdf, fileName } = await renderInvoicePdf({ ctx: workspaceContextOf(request), invoiceId: request.params.id });
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName}"`).send(pdf);
    },
  );

  api.get(
    '/clients/:id/payment-behaviour',
    { schema: { tags, summary: 'How a client pays: on-time rate, average days late and trend, promises kept and broken', params: ClientIdParams, response: { 200: PaymentBehaviour, 401: Problem, 404: Problem } } },
    async (request) => getPaymentBehaviour({ ctx: workspaceContextOf(request), clientId: request.params.id }),
  );

  api.post(
    '/clients/:id/late-fee-letters',
    {
      schema: {
        tags,
        summary: 'Send the policy-update letter: from its effective date a late-fee rule applies to invoices whose terms have none',
        params: ClientIdParams,
        body: SendLateFeeLetterBody,
        response: { 201: LateFeeLetter, 400: Problem, 401: Problem, 404: Problem, 422: Problem },
      },
    },
    async (request, reply) => reply.code(201).send(await sendLateFeeLetter({ ctx: workspaceContextOf(request), clientId: request.params.id, letter: request.body })),
  );

  api.get('/clients/:id/late-fee-letters', { schema: { tags, summary: "The client's policy-update letters, newest first", params: ClientIdParams, response: { 200: LateFeeLetterList, 401: Problem, 404: Problem } } }, async (request) =>
    listLateFeeLetters({ ctx: workspaceContextOf(request), clientId: request.params.id }),
  );

  api.get('/settings/invoicing', { schema: { tags: ['settings'], summary: 'Invoicing settings (defaults until saved)', response: { 200: InvoicingSettingsResponse, 401: Problem } } }, async (request) =>
    getInvoicingSettings({ ctx: workspaceContextOf(request) }),
  );

  api.put(
    '/settings/invoicing',
    { schema: { tags: ['settings'], summary: 'Save seller details, numbering, reminder schedules and reference rates; send the version you read', body: SaveInvoicingSettingsBody, response: { 200: InvoicingSettingsResponse, 400: Problem, 401: Problem, 409: Problem } } },
    async (request) => saveInvoicingSettings({ ctx: workspaceContextOf(request), settings: request.body.settings, version: request.body.version }),
  );
}
