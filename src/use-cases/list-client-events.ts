// A client's timeline, newest first, one page at a time.
import { notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import type { WorkspaceContext } from './context.ts';

export async function listClientEvents({ ctx, clientId, page }: { ctx: WorkspaceContext; clientId: string; page: { limit: number; offset: number } }) {
  if (!(await clientsRepository(ctx.db, ctx.workspaceId).exists(clientId))) throw notFound('This client');
  return eventsRepository(ctx.db, ctx.workspaceId).listForClient(clientId, page);
}
