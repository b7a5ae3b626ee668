// Lists clients of the workspace: search by name, company or contact email; filter by stage; one page at a time.
import { clientsRepository } from '../db/repositories/clients.ts';
import type { ClientListQuery, ClientPage } from '../schemas/clients.ts';
import type { WorkspaceContext } from './context.ts';

export function listClients({ ctx, query }: { ctx: WorkspaceContext; query: ClientListQuery }): Promise<ClientPage> {
  return clientsRepository(ctx.db, ctx.workspaceId).list(query);
}
