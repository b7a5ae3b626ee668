// Archives a client (DELETE in the API): nothing is erased, the client leaves the list and can be restored.
import { notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import type { Client } from '../schemas/clients.ts';
import type { WorkspaceContext } from './context.ts';
import { updateClient } from './update-client.ts';

export async function archiveClient({ ctx, clientId }: { ctx: WorkspaceContext; clientId: string }): Promise<Client> {
  const client = await clientsRepository(ctx.db, ctx.workspaceId).findById(clientId);
  if (!client) throw notFound('This client');
  if (client.isArchived) return client;
  return updateClient({ ctx, clientId, input: { version: client.version, isArchived: true } });
}
