// Tells the client about an invoice just issued: an email in the invoice's language with a link to it in their portal,
// queued in the issuing transaction. Without a client email the invoice is still issued; the timeline says so.
import type { Db } from '../db/connect.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { invoicesRepository, type InvoiceRecord } from '../db/repositories/invoices.ts';
import { translatorFor } from '../i18n/server.ts';
import { invoiceIssuedEmail } from '../outputs/email/invoice-issued-email.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import type { Language } from '../schemas/common.ts';
import type { WorkspaceContext } from './context.ts';
import { newPortalInvoiceUrl } from './portal-invoice-support.ts';

export type IssuedEmailOutcome = 'queued' | 'no_address';

/** Inside the caller's transaction, right after the invoice took its number. */
export async function emailIssuedInvoice(trx: Db, ctx: WorkspaceContext, invoice: InvoiceRecord): Promise<IssuedEmailOutcome> {
  const now = ctx.clock.nowIso();
  const client = await clientsRepository(trx, ctx.workspaceId).findById(invoice.clientId);
  const contact = client?.contacts.find((c) => c.email.trim() !== '');
  if (!client || !contact) {
    await eventsRepository(trx, ctx.workspaceId).append(
      { clientId: invoice.clientId, type: 'invoice_not_emailed', occurredAt: now, payload: { invoiceId: invoice.id, number: invoice.number }, isConfidential: false },
      now,
    );
    return 'no_address';
  }
  const accounts = accountsRepository(trx);
  const [owner, workspace] = [await accounts.findOwner(ctx.workspaceId), await accounts.findWorkspace(ctx.workspaceId)];
  const corrected = invoice.correctsInvoiceId ? await invoicesRepository(trx, ctx.workspaceId).findById(invoice.correctsInvoiceId) : undefined;
  const language = invoice.language as Language;
  const email = invoiceIssuedEmail(
    {
      language,
      contactName: contact.name || client.name,
      freelancer: invoice.seller.name || owner?.name || '',
      workspace: workspace?.name ?? '',
      number: invoice.number ?? '',
      currency: invoice.currency,
      total: invoice.total,
      dueOn: invoice.dueOn ?? invoice.issueDate ?? now.slice(0, 10),
      correctsNumber: corrected ? (corrected.number ?? '') : null,
      invoiceUrl: await newPortalInvoiceUrl(trx, ctx, ctx.workspaceId, client.id, invoice.id),
    },
    translatorFor(language),
  );
  // One email per invoice, whatever retries the caller makes.
  await queueEmail(trx, ctx.workspaceId, { idempotencyKey: `invoice-issued:${invoice.id}`, to: contact.email, ...email }, ctx.email, now);
  return 'queued';
}
