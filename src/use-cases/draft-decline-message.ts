// Drafts the polite "not this time" message in the client's language, for the freelancer to edit before it is queued.
import { notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { translatorFor } from '../i18n/server.ts';
import type { WorkspaceContext } from './context.ts';

export async function draftDeclineMessage({ ctx, clientId, senderName }: { ctx: WorkspaceContext; clientId: string; senderName?: string }) {
  const client = await clientsRepository(ctx.db, ctx.workspaceId).findById(clientId);
  if (!client) throw notFound('This client');
  const accounts = accountsRepository(ctx.db);
  const workspace = await accounts.findWorkspace(ctx.workspaceId);
  // Through an API token nobody is logged in: sign as the workspace's owner.
  const sender = senderName ?? (await accounts.findOwner(ctx.workspaceId))?.name ?? '';
  const contact = client.contacts.find((c) => c.email !== '');
  const t = translatorFor(client.language);
  const vars = { name: contact?.name || client.name, sender, workspace: workspace?.name ?? '' };
  return { language: client.language, to: contact?.email ?? '', subject: t('email.decline.subject', vars), body: t('email.decline.body', vars) };
}
