// A client's portal links: make one (its address is shown once), list them without tokens, revoke one.
import { clientsRepository } from '../db/repositories/clients.ts';
import { portalLinksRepository, type PortalLinkRecord } from '../db/repositories/portal-links.ts';
import type { Db } from '../db/connect.ts';
import { portalLinkStatus } from '../domain/portal/link-status.ts';
import { notFound } from '../errors.ts';
import { newSecret, sha256Hex } from '../security/secrets.ts';
import { toIso, type Clock } from '../clock.ts';
import type { CreatedPortalLink, PortalLink } from '../schemas/portal.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';

/** A season of work; long enough not to annoy, short enough that a forwarded link stops working on its own. */
export const PORTAL_LINK_DAYS = 90;

export function portalUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/p/${token}`;
}

function present(link: PortalLinkRecord, nowIso: string): PortalLink {
  const { id, createdAt, expiresAt, revokedAt, lastOpenedAt } = link;
  return { id, createdAt, expiresAt, revokedAt, lastOpenedAt, status: portalLinkStatus(link, nowIso) };
}

/** Inside the caller's transaction, so a use case that mails the link (a testimonial request) makes both or neither. */
export async function insertPortalLink(trx: Db, workspaceId: string, clientId: string, clock: Clock): Promise<{ link: PortalLinkRecord; token: string }> {
  const token = newSecret();
  const now = clock.now();
  const link = await portalLinksRepository(trx, workspaceId).insert(clientId, sha256Hex(token), toIso(now), toIso(now.add({ hours: 24 * PORTAL_LINK_DAYS })));
  return { link, token };
}

export async function createPortalLink({ ctx, clientId }: { ctx: WorkspaceContext; clientId: string }): Promise<CreatedPortalLink> {
  return inTransaction(ctx, async (trx) => {
    if (!(await clientsRepository(trx, ctx.workspaceId).exists(clientId))) throw notFound('This client');
    const { link, token } = await insertPortalLink(trx, ctx.workspaceId, clientId, ctx.clock);
    return { ...present(link, ctx.clock.nowIso()), url: portalUrl(ctx.publicUrl, token) };
  });
}

export async function listPortalLinks({ ctx, clientId }: { ctx: WorkspaceContext; clientId: string }): Promise<PortalLink[]> {
  if (!(await clientsRepository(ctx.db, ctx.workspaceId).exists(clientId))) throw notFound('This client');
  const links = await portalLinksRepository(ctx.db, ctx.workspaceId).listForClient(clientId);
  const now = ctx.clock.nowIso();
  return links.map((link) => present(link, now));
}

export async function revokePortalLink({ ctx, clientId, linkId }: { ctx: WorkspaceContext; clientId: string; linkId: string }): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const links = portalLinksRepository(trx, ctx.workspaceId);
    if (!(await links.findForClient(clientId, linkId))) throw notFound('This portal link');
    await links.revoke(clientId, linkId, ctx.clock.nowIso());
  });
}
