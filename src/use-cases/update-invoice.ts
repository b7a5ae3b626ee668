// Edits a draft invoice (optimistic concurrency on its version); an issued invoice is never edited, only voided.
import { invoicesRepository } from '../db/repositories/invoices.ts';
import { canEdit } from '../domain/invoicing/invoice-status.ts';
import { QUANTITY_SCALE } from '../domain/invoicing/invoice-lines.ts';
import { AppError, notFound } from '../errors.ts';
import type { Invoice, UpdateInvoiceBody } from '../schemas/invoices.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { draftFields } from './create-invoice.ts';
import { loadInvoicingSettings } from './invoicing-settings.ts';
import { presentInvoice, toDomainRule, workspaceToday } from './invoicing-support.ts';
import type { LateFeeRule as DomainRule } from '../domain/invoicing/late-fees.ts';

export type UpdateInvoiceOptions = { ctx: WorkspaceContext; invoiceId: string; changes: UpdateInvoiceBody };

export async function updateInvoice({ ctx, invoiceId, changes }: UpdateInvoiceOptions): Promise<Invoice> {
  return inTransaction(ctx, async (trx) => {
    const invoices = invoicesRepository(trx, ctx.workspaceId);
    const current = await invoices.findById(invoiceId);
    if (!current) throw notFound('This invoice');
    const refusal = canEdit(current);
    if (refusal) throw new AppError('conflict', refusal.refused);
    const currentLines = (await invoices.lines(invoiceId)).map((l) => ({ description: l.description, quantity: l.quantityMilli / QUANTITY_SCALE, unitPrice: l.unitPrice, discount: l.discount, taxRate: l.taxRateBp / 100 }));
    const { fields, lines } = draftFields({
      kind: changes.kind ?? current.kind,
      currency: changes.currency ?? current.currency,
      language: changes.language ?? current.language,
      dueOn: changes.dueOn === undefined ? current.dueOn : changes.dueOn,
      operationDate: changes.operationDate === undefined ? current.operationDate : changes.operationDate,
      buyer: changes.buyer ?? current.buyer,
      lines: changes.lines ?? currentLines,
      withholdingRate: changes.withholdingRate ?? current.withholdingRateBp / 100,
      notes: changes.notes ?? current.notes,
      lateFeeRule: changes.lateFeeRule === undefined ? (current.lateFeeRule as DomainRule | null) : toDomainRule(changes.lateFeeRule),
    });
    const now = ctx.clock.nowIso();
    if (!(await invoices.updateDraftIfVersion(invoiceId, changes.version, fields, now))) {
      throw new AppError('version_conflict', 'This invoice was changed elsewhere after you opened it. Reload it, then apply your changes again.');
    }
    if (changes.lines) await invoices.replaceLines(invoiceId, lines);
    const { settings } = await loadInvoicingSettings(trx, ctx.workspaceId);
    return presentInvoice(trx, ctx.workspaceId, (await invoices.findById(invoiceId))!, settings, await workspaceToday(trx, ctx.workspaceId, ctx.clock));
  });
}
