// Logs something that happened with a client (a message, a call, a note) on their timeline.
import { invalidField, notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import type { LogEventBody, TimelineEvent } from '../schemas/events.ts';
import { toIso } from '../clock.ts';
import { Temporal } from 'temporal-polyfill';
import { inTransaction, type WorkspaceContext } from './context.ts';

export type LogClientEventOptions = { ctx: WorkspaceContext; clientId: string; input: LogEventBody };

/** The schema accepts any ISO date-time; Temporal also refuses a few (more than 9 fraction digits), which is the caller's mistake. */
function parseOccurredAt(text: string): string {
  try {
    return toIso(Temporal.Instant.from(text));
  } catch {
    throw invalidField('occurredAt', 'Use an ISO 8601 date-time such as 2027-03-01T09:00:00Z, with at most 9 digits after the seconds.');
  }
}

export async function logClientEvent({ ctx, clientId, input }: LogClientEventOptions): Promise<TimelineEvent> {
  const occurredAtInput = input.occurredAt ? parseOccurredAt(input.occurredAt) : undefined;
  return inTransaction(ctx, async (trx) => {
    if (!(await clientsRepository(trx, ctx.workspaceId).exists(clientId))) throw notFound('This client');
    const now = ctx.clock.nowIso();
    const occurredAt = occurredAtInput ?? now;
    const payload = { summary: input.summary, ...(input.channel && { channel: input.channel }) };
    return eventsRepository(trx, ctx.workspaceId).append({ clientId, type: input.type, occurredAt, payload, isConfidential: input.isConfidential }, now);
  });
}
