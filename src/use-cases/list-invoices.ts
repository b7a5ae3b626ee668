// A page of invoices, newest first, filtered by today's status and by client.
import { invoicesRepository, type InvoiceListFilter } from '../db/repositories/invoices.ts';
import { balanceOf, statusOn, type InvoiceStatus } from '../domain/invoicing/invoice-status.ts';
import type { InvoiceSummary } from '../schemas/invoices.ts';
import type { WorkspaceContext } from './context.ts';
import { workspaceToday } from './invoicing-support.ts';

export type ListInvoicesOptions = { ctx: WorkspaceContext; status?: InvoiceStatus; clientId?: string; limit: number; offset: number };

/** "overdue" and "issued" depend on today, so each is turned into a stored status plus a due-date condition. */
function filterFor(status: InvoiceStatus | undefined, today: string): InvoiceListFilter {
  const open = ['issued', 'viewed', 'partially_paid'] as const;
  switch (status) {
    case undefined:
      return {};
    case 'overdue':
      return { statuses: open, dueBefore: today };
    case 'issued':
    case 'viewed':
    case 'partially_paid':
      return { statuses: [status], dueOnOrAfter: today };
    default:
      return { statuses: [status] };
  }
}

export async function listInvoices({ ctx, status, clientId, limit, offset }: ListInvoicesOptions): Promise<{ items: InvoiceSummary[]; total: number; limit: number; offset: number }> {
  const today = await workspaceToday(ctx.db, ctx.workspaceId, ctx.clock);
  const filter = { ...filterFor(status, today), ...(clientId && { clientId }) };
  const { rows, total } = await invoicesRepository(ctx.db, ctx.workspaceId).list(filter, { limit, offset });
  return {
    items: rows.map((row) => ({
      id: row.id,
      clientId: row.clientId,
      clientName: row.clientName,
      kind: row.kind as InvoiceSummary['kind'],
      status: statusOn(row, today),
      number: row.number,
      currency: row.currency,
      issueDate: row.issueDate,
      dueOn: row.dueOn,
      total: row.total,
      balance: row.status === 'void' ? 0 : balanceOf(row),
      updatedAt: row.updatedAt,
    })),
    total,
    limit,
    offset,
  };
}
