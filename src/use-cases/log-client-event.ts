// Logs something that happened with a client (a message, a call, a note) on their timeline.
import { notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import type { LogEventBody, TimelineEvent } from '../schemas/events.ts';
import { toIso } from '../clock.ts';
import { Temporal } from 'temporal-polyfill';
import { inTransaction, type WorkspaceContext } from './context.ts';

export type LogClientEventOptions = { ctx: WorkspaceContext; clientId: string; input: LogEventBody };

export async function logClientEvent({ ctx, clientId, input }: LogClientEventOptions): Promise<TimelineEvent> {
  return inTransaction(ctx, async (trx) => {
    if (!(await clientsRepository(trx, ctx.workspaceId).exists(clientId))) throw notFound('This client');
    const now = ctx.clock.nowIso();
    const occurredAt = input.occurredAt ? toIso(Temporal.Instant.from(input.occurredAt)) : now;
    const payload = { summary: input.summary, ...(input.channel && { channel: input.channel }) };
    return eventsRepository(trx, ctx.workspaceId).append({ clientId, type: input.type, occurredAt, payload, isConfidential: input.isConfidential }, now);
  });
}
