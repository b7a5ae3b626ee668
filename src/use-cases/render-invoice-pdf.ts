// An invoice as a PDF in its language (the client's, unless the invoice says otherwise), with a file name that carries its number.
import { invoicesRepository } from '../db/repositories/invoices.ts';
import { translatorFor } from '../i18n/server.ts';
import { invoicePdfContent } from '../outputs/pdf/invoice-pdf-content.ts';
import { renderInvoicePdf as drawInvoicePdf } from '../outputs/pdf/invoice-pdf.ts';
import type { WorkspaceContext } from './context.ts';
import { getInvoice } from './get-invoice.ts';

export async function renderInvoicePdf({ ctx, invoiceId }: { ctx: WorkspaceContext; invoiceId: string }): Promise<{ pdf: Buffer; fileName: string }> {
  const invoice = await getInvoice({ ctx, invoiceId });
  const invoices = invoicesRepository(ctx.db, ctx.workspaceId);
  const corrected = invoice.correctsInvoiceId ? await invoices.findById(invoice.correctsInvoiceId) : undefined;
  const correctiveId = invoice.status === 'void' ? await invoices.findCorrective(invoice.id) : undefined;
  const corrective = correctiveId ? await invoices.findById(correctiveId) : undefined;
  const t = translatorFor(invoice.language);
  const pdf = await drawInvoicePdf(invoicePdfContent({ invoice, t, correctedNumber: corrected?.number ?? null, correctiveNumber: corrective?.number ?? null }));
  const label = t('email.invoicing.pdf.title').toLowerCase();
  const fileName = `${label}-${(invoice.number ?? t('email.invoicing.pdf.draftNumber')).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-|-$/g, '')}.pdf`;
  return { pdf, fileName };
}
