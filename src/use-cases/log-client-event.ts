// Logs something that happened with a client (a message, a call, a favor, a concern…) on their timeline.
import { invalidField, notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import type { LogEventBody, TimelineEvent } from '../schemas/events.ts';
import { toIso } from '../clock.ts';
import { Temporal } from 'temporal-polyfill';
import { inTransaction, type WorkspaceContext } from './context.ts';
import type { Db } from '../db/connect.ts';
import { payloadOf } from '../domain/events/event-payload.ts';

export type LogClientEventOptions = { ctx: WorkspaceContext; clientId: string; input: LogEventBody };

/** The schema accepts any ISO date-time; Temporal also refuses a few (more than 9 fraction digits), which is the caller's mistake. */
function parseOccurredAt(text: string): string {
  try {
    return toIso(Temporal.Instant.from(text));
  } catch {
    throw invalidField('occurredAt', 'Use an ISO 8601 date-time such as 2027-03-01T09:00:00Z, with at most 9 digits after the seconds.');
  }
}

/** The client whose commitment slipped: one in Sana (named from its record) or just a name; one of the two is needed. */
async function otherClientOf(trx: Db, ctx: WorkspaceContext, clientId: string, otherClientId: string | undefined, otherClient: string | undefined) {
  if (otherClientId !== undefined) {
    if (otherClientId === clientId) throw invalidField('otherClientId', 'Pick the other client whose commitment slipped, not this one.');
    const other = await clientsRepository(trx, ctx.workspaceId).findById(otherClientId);
    if (!other) throw invalidField('otherClientId', 'No client with this id in your workspace; pick one from your clients or type their name in otherClient.');
    return { otherClientId, otherClient: other.name };
  }
  if (!otherClient) throw invalidField('otherClient', 'Name the other client whose commitment slipped (or give otherClientId).');
  return { otherClient };
}

export async function logClientEvent({ ctx, clientId, input }: LogClientEventOptions): Promise<TimelineEvent> {
  const occurredAtInput = input.occurredAt ? parseOccurredAt(input.occurredAt) : undefined;
  return inTransaction(ctx, async (trx) => {
    if (!(await clientsRepository(trx, ctx.workspaceId).exists(clientId))) throw notFound('This client');
    const now = ctx.clock.nowIso();
    const occurredAt = occurredAtInput ?? now;
    const payload = payloadOf(input);
    if (input.type === 'missed_commitment') Object.assign(payload, await otherClientOf(trx, ctx, clientId, input.otherClientId, input.otherClient));
    return eventsRepository(trx, ctx.workspaceId).append({ clientId, type: input.type, occurredAt, payload, isConfidential: input.isConfidential }, now);
  });
}
