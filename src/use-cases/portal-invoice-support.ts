// What the portal's invoice features share: whether a client has an invoice to show, and the address of one invoice's page.
import type { Clock } from '../clock.ts';
import type { Db } from '../db/connect.ts';
import { insertPortalLink, portalUrl } from './manage-portal-links.ts';

/** The invoices section is listed once the client has an invoice that is not a draft, so it is never empty. */
export async function clientHasIssuedInvoice(db: Db, workspaceId: string, clientId: string): Promise<boolean> {
  const row = await db.selectFrom('invoices').select('id').where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).where('status', '!=', 'draft').limit(1).executeTakeFirst();
  return row !== undefined;
}

export function portalInvoiceUrl(publicUrl: string, token: string, invoiceId: string): string {
  return `${portalUrl(publicUrl, token)}/invoices/${encodeURIComponent(invoiceId)}`;
}

/**
 * Inside the caller's transaction: a fresh portal link (only hashes are stored, so an older link cannot be mailed again)
 * and the address of the invoice's page behind it, for an email that goes out with the same commit.
 */
export async function newPortalInvoiceUrl(trx: Db, deps: { clock: Clock; publicUrl: string }, workspaceId: string, clientId: string, invoiceId: string): Promise<string> {
  const { token } = await insertPortalLink(trx, workspaceId, clientId, deps.clock);
  return portalInvoiceUrl(deps.publicUrl, token, invoiceId);
}
