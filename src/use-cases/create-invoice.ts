// A new draft invoice for a client: lines, taxes, withholding, due date and late-fee terms; it takes no number until issued.
import { agreementsRepository } from '../db/repositories/agreements.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { invoicesRepository, type InvoiceDraftFields } from '../db/repositories/invoices.ts';
import { invoiceTotals } from '../domain/invoicing/invoice-lines.ts';
import { statutoryCurrency, type LateFeeRule as DomainRule } from '../domain/invoicing/late-fees.ts';
import { AppError, invalidField } from '../errors.ts';
import type { CreateInvoiceBody, Invoice } from '../schemas/invoices.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadInvoicingSettings } from './invoicing-settings.ts';
import { presentInvoice, toDomainLines, toDomainRule, workspaceToday, type ApiLine } from './invoicing-support.ts';

export type CreateInvoiceOptions = { ctx: WorkspaceContext; input: CreateInvoiceBody };

/** A statutory rule's fixed sum is set in law in one currency; Sana does not convert it. */
export function checkRuleCurrency(rule: DomainRule | null, currency: string): void {
  const needed = rule && statutoryCurrency(rule);
  if (needed && needed !== currency) throw invalidField('lateFeeRule', `The ${rule.kind} rule applies to invoices in ${needed}; this invoice is in ${currency}.`);
}

export function draftFields(input: {
  kind: InvoiceDraftFields['kind'];
  currency: string;
  language: string;
  dueOn: string | null;
  operationDate: string | null;
  buyer: InvoiceDraftFields['buyer'];
  lines: readonly ApiLine[];
  withholdingRate: number;
  notes: string;
  lateFeeRule: DomainRule | null;
}): { fields: InvoiceDraftFields; lines: ReturnType<typeof toDomainLines> } {
  const lines = toDomainLines(input.lines);
  const withholdingRateBp = Math.round(input.withholdingRate * 100);
  const totals = invoiceTotals(lines, withholdingRateBp);
  checkRuleCurrency(input.lateFeeRule, input.currency);
  return {
    lines,
    fields: {
      kind: input.kind,
      currency: input.currency,
      language: input.language,
      dueOn: input.dueOn,
      operationDate: input.operationDate,
      buyer: input.buyer,
      withholdingRateBp,
      base: totals.base,
      tax: totals.tax,
      withholding: totals.withholding,
      total: totals.total,
      notes: input.notes,
      lateFeeRule: input.lateFeeRule,
    },
  };
}

export async function createInvoice({ ctx, input }: CreateInvoiceOptions): Promise<Invoice> {
  return inTransaction(ctx, async (trx) => {
    const client = await clientsRepository(trx, ctx.workspaceId).findById(input.clientId);
    if (!client) {
      throw new AppError('validation_failed', 'clientId: no client with this id in this workspace.', { errors: [{ field: 'clientId', message: 'Use the id of one of your clients.' }] });
    }
    const { fields, lines } = draftFields({
      kind: input.kind,
      currency: input.currency ?? client.currency,
      language: input.language ?? client.language,
      dueOn: input.dueOn,
      operationDate: input.operationDate,
      buyer: { name: input.buyer?.name || client.company || client.name, taxId: input.buyer?.taxId ?? '', address: input.buyer?.address ?? '' },
      lines: input.lines,
      withholdingRate: input.withholdingRate,
      notes: input.notes,
      lateFeeRule: toDomainRule(input.lateFeeRule),
    });
    if (input.agreementId !== null) {
      const agreement = await agreementsRepository(trx, ctx.workspaceId).findForClient(client.id, input.agreementId);
      if (!agreement || agreement.kind !== 'contract') throw invalidField('agreementId', `Use the id of one of ${client.name}'s contracts (not a proposal), or leave it out.`);
    }
    const now = ctx.clock.nowIso();
    const invoices = invoicesRepository(trx, ctx.workspaceId);
    const id = await invoices.insertDraft(client.id, fields, { series: 'default', correctsInvoiceId: null, agreementId: input.agreementId }, now);
    await invoices.replaceLines(id, lines);
    const { settings } = await loadInvoicingSettings(trx, ctx.workspaceId);
    return presentInvoice(trx, ctx.workspaceId, (await invoices.findById(id))!, settings, await workspaceToday(trx, ctx.workspaceId, ctx.clock));
  });
}
