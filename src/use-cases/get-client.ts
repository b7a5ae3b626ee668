// Reads one client of the workspace; another workspace's id is simply not found.
import { clientsRepository } from '../db/repositories/clients.ts';
import { notFound } from '../errors.ts';
import type { Client } from '../schemas/clients.ts';
import type { WorkspaceContext } from './context.ts';

export async function getClient({ ctx, clientId }: { ctx: WorkspaceContext; clientId: string }): Promise<Client> {
  const client = await clientsRepository(ctx.db, ctx.workspaceId).findById(clientId);
  if (!client) throw notFound('This client');
  return client;
}
