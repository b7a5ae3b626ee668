// Reads one client of the workspace; another workspace's id is simply not found.
import { findClient } from '../db/repositories/clients.ts';
import { notFound } from '../errors.ts';
import type { Client } from '../schemas/clients.ts';
import type { WorkspaceContext } from './context.ts';

export async function getClient({ ctx, clientId }: { ctx: WorkspaceContext; clientId: string }): Promise<Client> {
  // findClient rather than clientsRepository(…).findById: the hottest read skips building the whole repository.
  const client = await findClient(ctx.db, ctx.workspaceId, clientId);
  if (!client) throw notFound('This client');
  return client;
}
