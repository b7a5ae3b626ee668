// Money up front: the "ready to start as soon as the deposit arrives" message of a contract, and the late-fee invoice
// that bills the fees an invoice has been charged. (The deposit and retainer invoices are written by signing and a job.)
import { AgreementIdParams } from '../../schemas/agreements.ts';
import { Problem } from '../../schemas/common.ts';
import { Invoice, InvoiceParams } from '../../schemas/invoices.ts';
import { ReadyToStart, SendReadyToStartBody } from '../../schemas/money-up-front.ts';
import { issueLateFeeInvoice } from '../../use-cases/issue-late-fee-invoice.ts';
import { getReadyToStart, sendReadyToStart } from '../../use-cases/ready-to-start.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

export async function moneyUpFrontRoutes(api: Api): Promise<void> {
  api.get(
    '/agreements/:id/ready-to-start',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Whether a contract is ready to start (every client input in, deposit unpaid), with the message to send',
        params: AgreementIdParams,
        response: { 200: ReadyToStart, 401: Problem, 404: Problem },
      },
    },
    async (request) => getReadyToStart({ ctx: workspaceContextOf(request), agreementId: request.params.id }),
  );

  api.post(
    '/agreements/:id/ready-to-start',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Queue the "ready to start as soon as the deposit arrives" message (edited from the draft) to the client, once',
        params: AgreementIdParams,
        body: SendReadyToStartBody,
        response: { 201: ReadyToStart, 400: Problem, 401: Problem, 404: Problem, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => reply.code(201).send(await sendReadyToStart({ ctx: workspaceContextOf(request), agreementId: request.params.id, message: request.body })),
  );

  api.post(
    '/invoices/:id/late-fee-invoice',
    {
      schema: {
        tags: ['invoices'],
        summary: 'Bill the late fees charged on this invoice (statutory interest fixed as of today) in a new, issued late-fee invoice',
        params: InvoiceParams,
        response: { 201: Invoice, 401: Problem, 404: Problem, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const invoice = await issueLateFeeInvoice({ ctx: workspaceContextOf(request), invoiceId: request.params.id });
      return reply.code(201).header('location', `/api/v1/invoices/${invoice.id}`).send(invoice);
    },
  );
}
