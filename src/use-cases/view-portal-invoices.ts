// A client reads their invoices in the portal: the list, one invoice as it was issued to them, its PDF. The first opening
// marks the invoice viewed (once) and tells the freelancer on the timeline.
import type { Db } from '../db/connect.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { invoicePaymentsRepository } from '../db/repositories/invoice-payments.ts';
import { invoicesRepository, type InvoiceRecord } from '../db/repositories/invoices.ts';
import { afterViewed, balanceOf, statusOn } from '../domain/invoicing/invoice-status.ts';
import type { Invoice } from '../schemas/invoices.ts';
import type { PortalInvoice, PortalInvoiceList, PortalInvoiceStatus, PortalInvoiceSummary } from '../schemas/portal-invoices.ts';
import { inTransaction, type AppDeps } from './context.ts';
import { loadInvoicingSettings } from './invoicing-settings.ts';
import { paidInFullOn, presentInvoice, workspaceToday } from './invoicing-support.ts';
import { openPortal, portalLinkGone, type OpenedPortal } from './open-portal.ts';
import { renderInvoicePdf } from './render-invoice-pdf.ts';

type IssuedInvoice = InvoiceRecord & { number: string; issueDate: string; dueOn: string };

function isIssued(invoice: InvoiceRecord): invoice is IssuedInvoice {
  return invoice.status !== 'draft' && invoice.number !== null && invoice.issueDate !== null && invoice.dueOn !== null;
}

/** A draft, another client's invoice and another workspace's answer exactly like a link that does not work: nothing to learn from guessing. */
async function findPortalInvoice(db: Db, portal: OpenedPortal, invoiceId: string): Promise<IssuedInvoice> {
  const invoice = await invoicesRepository(db, portal.workspaceId).findById(invoiceId);
  if (!invoice || invoice.clientId !== portal.client.id || !isIssued(invoice)) throw portalLinkGone();
  return invoice;
}

function summaryOf(invoice: IssuedInvoice, today: string): PortalInvoiceSummary {
  return {
    id: invoice.id,
    number: invoice.number,
    kind: invoice.kind as PortalInvoiceSummary['kind'],
    status: statusOn(invoice, today) as PortalInvoiceStatus,
    isCorrective: invoice.correctsInvoiceId !== null,
    currency: invoice.currency,
    issueDate: invoice.issueDate,
    dueOn: invoice.dueOn,
    total: invoice.total,
    balance: invoice.status === 'void' ? 0 : balanceOf(invoice),
  };
}

export async function listPortalInvoices({ deps, token }: { deps: AppDeps; token: string }): Promise<PortalInvoiceList> {
  const portal = await openPortal(deps, token);
  const today = await workspaceToday(deps.db, portal.workspaceId, deps.clock);
  const invoices = (await invoicesRepository(deps.db, portal.workspaceId).listIssuedForClient(portal.client.id)).filter(isIssued);
  // Newest first: by the moment each was issued (a void and its corrective invoice share a day).
  invoices.sort((a, b) => (b.issuedAt ?? '').localeCompare(a.issuedAt ?? '') || b.number.localeCompare(a.number));
  return { items: invoices.map((invoice) => summaryOf(invoice, today)) };
}

/**
 * The first opening (of the page or the PDF) stamps viewed_at, moves `issued` to `viewed` (a paid, part-paid or void
 * invoice keeps its status) and notes it on the timeline; the conditional update makes "first" hold across servers.
 */
async function recordFirstView(trx: Db, deps: AppDeps, portal: OpenedPortal, invoiceId: string): Promise<void> {
  const invoices = invoicesRepository(trx, portal.workspaceId);
  const invoice = await invoices.findForUpdate(invoiceId);
  if (!invoice || invoice.viewedAt !== null) return;
  const now = deps.clock.nowIso();
  const result = await trx
    .updateTable('invoices')
    .set({ viewed_at: now, status: afterViewed(invoice) })
    .where('workspace_id', '=', portal.workspaceId)
    .where('id', '=', invoiceId)
    .where('status', '=', invoice.status)
    .where('viewed_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return;
  await eventsRepository(trx, portal.workspaceId).append(
    { clientId: invoice.clientId, type: 'invoice_viewed', occurredAt: now, payload: { invoiceId, number: invoice.number }, isConfidential: false },
    now,
  );
}

/** What the client sees: the invoice as issued, what is paid and owed, and the late fees the terms allow, as of today. */
async function presentForClient(db: Db, portal: OpenedPortal, record: IssuedInvoice, invoice: Invoice, today: string): Promise<PortalInvoice> {
  const invoices = invoicesRepository(db, portal.workspaceId);
  const corrected = record.correctsInvoiceId ? await invoices.findById(record.correctsInvoiceId) : undefined;
  const correctiveId = record.status === 'void' ? await invoices.findCorrective(record.id) : undefined;
  const corrective = correctiveId ? await invoices.findById(correctiveId) : undefined;
  return {
    ...summaryOf(record, today),
    language: invoice.language,
    operationDate: invoice.operationDate,
    seller: invoice.seller,
    buyer: invoice.buyer,
    lines: invoice.lines,
    taxes: invoice.taxes,
    base: invoice.base,
    tax: invoice.tax,
    withholdingRate: invoice.withholdingRate,
    withholding: invoice.withholding,
    paid: invoice.paid,
    paidInFullOn: record.correctsInvoiceId === null ? paidInFullOn(record, await invoicePaymentsRepository(db, portal.workspaceId).payments([record.id])) : null,
    notes: invoice.notes,
    payments: invoice.payments.map((p) => ({ amount: p.amount, paidOn: p.paidOn })),
    lateFees: {
      basis: invoice.lateFees.basis,
      rule: invoice.lateFees.appliedRule,
      effectiveOn: invoice.lateFees.effectiveOn,
      charges: invoice.lateFees.charges.map((c) => ({ reason: c.reason as PortalInvoice['lateFees']['charges'][number]['reason'], amount: c.amount, chargedOn: c.chargedOn })),
      chargedTotal: invoice.lateFees.chargedTotal,
      accruedInterest: invoice.lateFees.accruedInterest,
      asOf: today,
    },
    correctsNumber: corrected?.number ?? null,
    correctedByNumber: corrective?.number ?? null,
  };
}

export async function viewPortalInvoice({ deps, token, invoiceId }: { deps: AppDeps; token: string; invoiceId: string }): Promise<PortalInvoice> {
  const portal = await openPortal(deps, token);
  return inTransaction(deps, async (trx) => {
    await findPortalInvoice(trx, portal, invoiceId);
    await recordFirstView(trx, deps, portal, invoiceId);
    const record = await findPortalInvoice(trx, portal, invoiceId);
    const { settings } = await loadInvoicingSettings(trx, portal.workspaceId);
    const today = await workspaceToday(trx, portal.workspaceId, deps.clock);
    return presentForClient(trx, portal, record, await presentInvoice(trx, portal.workspaceId, record, settings, today), today);
  });
}

/** The same PDF the freelancer downloads, in the invoice's language; downloading it counts as opening the invoice. */
export async function renderPortalInvoicePdf({ deps, token, invoiceId }: { deps: AppDeps; token: string; invoiceId: string }): Promise<{ pdf: Buffer; fileName: string }> {
  const portal = await openPortal(deps, token);
  await inTransaction(deps, async (trx) => {
    await findPortalInvoice(trx, portal, invoiceId);
    await recordFirstView(trx, deps, portal, invoiceId);
  });
  return renderInvoicePdf({ ctx: { ...deps, workspaceId: portal.workspaceId, userId: null }, invoiceId });
}
