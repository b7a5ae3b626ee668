// The freelancer's proposals and contracts, newest change first, filtered by client, kind or stored status.
import { agreementsRepository } from '../db/repositories/agreements.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import type { AgreementListQuery } from '../schemas/agreements.ts';
import { summaryOf, todayIn } from './agreement-support.ts';
import type { WorkspaceContext } from './context.ts';

export async function listAgreements({ ctx, query }: { ctx: WorkspaceContext; query: AgreementListQuery }) {
  const page = await agreementsRepository(ctx.db, ctx.workspaceId).list(query);
  const clients = clientsRepository(ctx.db, ctx.workspaceId);
  const byId = new Map<string, { name: string; timeZone: string }>();
  for (const clientId of new Set(page.items.map((a) => a.clientId))) {
    const client = await clients.findById(clientId);
    if (client) byId.set(clientId, { name: client.name, timeZone: client.timeZone });
  }
  return {
    items: page.items.map((agreement) => {
      const client = byId.get(agreement.clientId) ?? { name: '', timeZone: 'UTC' };
      return summaryOf(agreement, client.name, todayIn(ctx.clock, client.timeZone));
    }),
    total: page.total,
    limit: query.limit,
    offset: query.offset,
  };
}
