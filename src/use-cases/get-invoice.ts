// One invoice with its lines, taxes, payments, promises, reminders and late fees, as of today.
import { invoicesRepository } from '../db/repositories/invoices.ts';
import { notFound } from '../errors.ts';
import type { Invoice } from '../schemas/invoices.ts';
import type { WorkspaceContext } from './context.ts';
import { loadInvoicingSettings } from './invoicing-settings.ts';
import { presentInvoice, workspaceToday } from './invoicing-support.ts';

export async function getInvoice({ ctx, invoiceId }: { ctx: WorkspaceContext; invoiceId: string }): Promise<Invoice> {
  const invoice = await invoicesRepository(ctx.db, ctx.workspaceId).findById(invoiceId);
  if (!invoice) throw notFound('This invoice');
  const { settings } = await loadInvoicingSettings(ctx.db, ctx.workspaceId);
  return presentInvoice(ctx.db, ctx.workspaceId, invoice, settings, await workspaceToday(ctx.db, ctx.workspaceId, ctx.clock));
}
