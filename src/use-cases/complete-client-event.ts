// Completes an earlier event with a follow-up instead of rewriting it: a message gets its reply, a concern its resolution.
import { Temporal } from 'temporal-polyfill';
import { toIso } from '../clock.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { resolveConcern } from '../domain/concerns/concern-lifecycle.ts';
import { relationshipEventsOf } from '../domain/events/relationship-log.ts';
import { AppError, invalidField, notFound } from '../errors.ts';
import type { ReplyBody, ResolveConcernBody, TimelineEvent } from '../schemas/events.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import type { Db } from '../db/connect.ts';

function instantOf(field: string, text: string | undefined, fallback: string): string {
  if (text === undefined) return fallback;
  try {
    return toIso(Temporal.Instant.from(text));
  } catch {
    throw invalidField(field, 'Use an ISO 8601 date-time such as 2027-03-01T09:00:00Z, with at most 9 digits after the seconds.');
  }
}

/** The event and everything already said about it, read inside the transaction. */
async function eventWithFollowUps(trx: Db, ctx: WorkspaceContext, clientId: string, eventId: string) {
  if (!(await clientsRepository(trx, ctx.workspaceId).exists(clientId))) throw notFound('This client');
  const events = eventsRepository(trx, ctx.workspaceId);
  const target = await events.findForClient(clientId, eventId);
  if (!target) throw notFound('This event');
  const followUps = await events.listOfTypes([clientId], ['message_replied', 'concern_resolved']);
  const [folded] = relationshipEventsOf([target, ...followUps.filter((f) => f.payload.eventId === eventId)]);
  return { events, target, folded };
}

export async function recordMessageReply({ ctx, clientId, eventId, input }: { ctx: WorkspaceContext; clientId: string; eventId: string; input: ReplyBody }): Promise<TimelineEvent> {
  const now = ctx.clock.nowIso();
  const repliedAt = instantOf('repliedAt', input.repliedAt, now);
  if (Temporal.Instant.compare(Temporal.Instant.from(repliedAt), Temporal.Instant.from(now)) > 0) throw invalidField('repliedAt', 'The reply cannot be in the future; use the time it was sent.');
  return inTransaction(ctx, async (trx) => {
    const { events, target, folded } = await eventWithFollowUps(trx, ctx, clientId, eventId);
    if (folded?.kind !== 'message_received' && folded?.kind !== 'message_sent') throw new AppError('conflict', 'Only messages get a reply; this event is not a message.');
    // What is wrong with the request comes before what is wrong with the state: fixing the time would not help a 409.
    if (Temporal.Instant.compare(Temporal.Instant.from(repliedAt), Temporal.Instant.from(target.occurredAt)) < 0) {
      throw invalidField('repliedAt', 'The reply cannot come before the message; use a time after it was sent.');
    }
    if (folded.repliedAt !== null) throw new AppError('conflict', 'This message is already marked as replied.');
    return events.append({ clientId, type: 'message_replied', occurredAt: repliedAt, payload: { eventId, repliedAt }, isConfidential: target.isConfidential }, now);
  });
}

export async function resolveClientConcern({ ctx, clientId, eventId, input }: { ctx: WorkspaceContext; clientId: string; eventId: string; input: ResolveConcernBody }): Promise<TimelineEvent> {
  const now = ctx.clock.nowIso();
  const resolvedAt = instantOf('resolvedAt', input.resolvedAt, now);
  return inTransaction(ctx, async (trx) => {
    const { events, target, folded } = await eventWithFollowUps(trx, ctx, clientId, eventId);
    if (folded?.kind !== 'concern') throw new AppError('conflict', 'Only concerns can be resolved; this event is not a concern.');
    if (Temporal.Instant.compare(Temporal.Instant.from(resolvedAt), Temporal.Instant.from(folded.openedAt)) < 0) {
      throw invalidField('resolvedAt', 'A concern cannot be resolved before it was opened; use a time after it.');
    }
    const result = resolveConcern(folded, Temporal.Instant.from(resolvedAt), input.notes);
    if (result.kind === 'rejected') {
      switch (result.problem) {
        case 'already_resolved':
          throw new AppError('conflict', 'This concern is already resolved.');
        case 'resolved_before_opened':
          throw invalidField('resolvedAt', 'A concern cannot be resolved before it was opened; use a time after it.');
        case 'notes_missing':
          throw invalidField('notes', 'Say how it was resolved, in a few words.');
      }
    }
    return events.append({ clientId, type: 'concern_resolved', occurredAt: resolvedAt, payload: { eventId, resolvedAt, notes: input.notes }, isConfidential: target.isConfidential }, now);
  });
}
