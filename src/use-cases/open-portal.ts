// A client opens their portal with the token from their link: which workspace and client it is, and the portal home.
import { accountsRepository } from '../db/repositories/accounts.ts';
import { agreementsRepository } from '../db/repositories/agreements.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { deliverablesRepository } from '../db/repositories/deliverables.ts';
import { findPortalLinkByTokenHash, portalLinksRepository } from '../db/repositories/portal-links.ts';
import { visibleSections } from '../domain/portal/sections.ts';
import { AppError } from '../errors.ts';
import { sha256Hex } from '../security/secrets.ts';
import type { Client } from '../schemas/clients.ts';
import type { PortalHome } from '../schemas/portal.ts';
import type { AppDeps } from './context.ts';
import { clientHasIssuedInvoice } from './portal-invoice-support.ts';

/** Expired, revoked and never-issued tokens answer alike, so a guess learns nothing; the text tells a real client what to do. */
export const portalLinkGone = () =>
  new AppError('not_found', 'This portal link no longer works: it has expired or was turned off. Ask the person who sent it for a new one.');

export type OpenedPortal = { linkId: string; workspaceId: string; client: Client; freelancerName: string; workspaceName: string; expiresAt: string };

/** Every portal read and write starts here; only the client the token names is ever loaded. */
export async function openPortal(deps: AppDeps, token: string): Promise<OpenedPortal> {
  const link = await findPortalLinkByTokenHash(deps.db, sha256Hex(token), deps.clock.nowIso());
  if (!link) throw portalLinkGone();
  const [client, workspace, owner] = [
    await clientsRepository(deps.db, link.workspaceId).findById(link.clientId),
    await accountsRepository(deps.db).findWorkspace(link.workspaceId),
    await accountsRepository(deps.db).findOwner(link.workspaceId),
  ];
  if (!client || !workspace || !owner) throw portalLinkGone();
  return { linkId: link.id, workspaceId: link.workspaceId, client, freelancerName: owner.name, workspaceName: workspace.name, expiresAt: link.expiresAt };
}

export async function getPortalHome({ deps, token }: { deps: AppDeps; token: string }): Promise<PortalHome> {
  const portal = await openPortal(deps, token);
  // The freelancer sees when a link was last used, so they know the client found it.
  await portalLinksRepository(deps.db, portal.workspaceId).touchOpened(portal.linkId, deps.clock.nowIso());
  const hasSentAgreement = await agreementsRepository(deps.db, portal.workspaceId).hasSentToClient(portal.client.id);
  const hasIssuedInvoice = await clientHasIssuedInvoice(deps.db, portal.workspaceId, portal.client.id);
  const hasDeliverable = await deliverablesRepository(deps.db, portal.workspaceId).hasForClient(portal.client.id);
  return {
    freelancerName: portal.freelancerName,
    workspaceName: portal.workspaceName,
    clientName: portal.client.name,
    language: portal.client.language,
    sections: visibleSections({ hasSentAgreement, hasIssuedInvoice, hasDeliverable }),
    expiresAt: portal.expiresAt,
  };
}
