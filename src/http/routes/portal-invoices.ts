// The client's invoices behind their portal link: the list, one invoice as issued to them, and its PDF.
import { Problem } from '../../schemas/common.ts';
import { PortalParams } from '../../schemas/portal.ts';
import { PortalInvoice, PortalInvoiceList, PortalInvoiceParams } from '../../schemas/portal-invoices.ts';
import { listPortalInvoices, renderPortalInvoicePdf, viewPortalInvoice } from '../../use-cases/view-portal-invoices.ts';
import type { Api } from '../api-type.ts';
import { portalReadLimit } from './portal.ts';

const tags = ['portal'];
const errors = { 400: Problem, 404: Problem, 429: Problem };

export async function portalInvoiceRoutes(api: Api): Promise<void> {
  api.get(
    '/portal/:token/invoices',
    { config: portalReadLimit, schema: { tags, summary: 'Public: the invoices issued to this client, newest first (never drafts)', security: [], params: PortalParams, response: { 200: PortalInvoiceList, ...errors } } },
    async (request) => listPortalInvoices({ deps: api.deps, token: request.params.token }),
  );

  api.get(
    '/portal/:token/invoices/:invoiceId',
    {
      config: portalReadLimit,
      schema: {
        tags,
        summary: 'Public: one invoice as the client sees it: lines, taxes, paid and owed, late fees as of today (the first opening marks it viewed)',
        security: [],
        params: PortalInvoiceParams,
        response: { 200: PortalInvoice, ...errors },
      },
    },
    async (request) => viewPortalInvoice({ deps: api.deps, token: request.params.token, invoiceId: request.params.invoiceId }),
  );

  api.get(
    '/portal/:token/invoices/:invoiceId/pdf',
    { config: portalReadLimit, schema: { tags, summary: "Public: download the invoice as a PDF in the invoice's language (the first download marks it viewed)", security: [], params: PortalInvoiceParams, produces: ['application/pdf'] } },
    async (request, reply) => {
      const { pdf, fileName } = await renderPortalInvoicePdf({ deps: api.deps, token: request.params.token, invoiceId: request.params.invoiceId });
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName}"`).send(pdf);
    },
  );
}
