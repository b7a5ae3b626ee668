// Adds a client and opens their timeline with a "client created" event.
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { notFound } from '../errors.ts';
import type { Client, CreateClientBody } from '../schemas/clients.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';

export type CreateClientOptions = { ctx: WorkspaceContext; input: CreateClientBody };

export async function createClient({ ctx, input }: CreateClientOptions): Promise<Client> {
  return inTransaction(ctx, async (trx) => {
    const now = ctx.clock.nowIso();
    const clients = clientsRepository(trx, ctx.workspaceId);
    const id = await clients.insert(input, now);
    await eventsRepository(trx, ctx.workspaceId).append(
      { clientId: id, type: 'client_created', occurredAt: now, payload: { stage: input.stage, source: input.source }, isConfidential: false },
      now,
    );
    const client = await clients.findById(id);
    if (!client) throw notFound('The new client');
    return client;
  });
}
