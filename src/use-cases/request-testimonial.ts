// The freelancer asks a client for a testimonial: a fresh portal link, an email in the client's language, a timeline entry.
import { accountsRepository } from '../db/repositories/accounts.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { AppError, notFound } from '../errors.ts';
import { translatorFor } from '../i18n/server.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { insertPortalLink, portalUrl } from './manage-portal-links.ts';

export type RequestTestimonialOptions = { ctx: WorkspaceContext; clientId: string };

/**
 * Links are stored only as hashes, so an existing link's address cannot be mailed again: each request makes a new
 * link (the freelancer can revoke older ones). The email and the link are written in one transaction.
 */
export async function requestTestimonial({ ctx, clientId }: RequestTestimonialOptions) {
  return inTransaction(ctx, async (trx) => {
    const client = await clientsRepository(trx, ctx.workspaceId).findById(clientId);
    if (!client) throw notFound('This client');
    const contact = client.contacts.find((c) => c.email.trim() !== '');
    if (!contact) {
      throw new AppError('unprocessable', `${client.name} has no contact email, so the request cannot be sent. Add an email to one of their contacts, then ask again.`, {
        errors: [{ field: 'contacts', message: 'Add an email address to a contact of this client.' }],
      });
    }
    const [owner, workspace] = [await accountsRepository(trx).findOwner(ctx.workspaceId), await accountsRepository(trx).findWorkspace(ctx.workspaceId)];
    if (!owner || !workspace) throw notFound('This workspace');
    const { link, token } = await insertPortalLink(trx, ctx.workspaceId, clientId, ctx.clock);
    const now = ctx.clock.nowIso();
    const t = translatorFor(client.language);
    const vars = { name: contact.name || client.name, freelancer: owner.name, url: `${portalUrl(ctx.publicUrl, token)}/testimonial`, workspace: workspace.name };
    await queueEmail(
      trx,
      ctx.workspaceId,
      { idempotencyKey: `testimonial-request:${link.id}`, to: contact.email, subject: t('email.portal.testimonialRequest.subject', vars), bodyText: `${t('email.portal.testimonialRequest.body', vars)}\n\n${t('email.footer', vars)}` },
      ctx.email,
      now,
    );
    await eventsRepository(trx, ctx.workspaceId).append({ clientId, type: 'testimonial_requested', occurredAt: now, payload: { portalLinkId: link.id }, isConfidential: false }, now);
    return { portalLinkId: link.id, to: contact.email, language: client.language };
  });
}
