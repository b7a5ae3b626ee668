// Contracts for the client timeline (the event log every feature writes into).
import { z } from 'zod';
import { contactChannels, eventTypes, loggableEventTypes } from '../domain/events/event-types.ts';
import { callChannels, expectationKinds, extraExtents, goodwillKinds } from '../domain/health/relationship-events.ts';
import { Id, IsoDateTime, PageQuery } from './common.ts';

export const EventType = z.enum(eventTypes);
export const LoggableEventType = z.enum(loggableEventTypes);

const Summary = z.string().trim().min(1, 'Say in a few words what happened.').max(5000, 'Keep it under 5,000 characters.');
const common = {
  occurredAt: IsoDateTime.optional().describe('When it happened; defaults to now.'),
  summary: Summary.describe('What happened, in a few words (the favor, the request, the concern…).'),
  isConfidential: z.boolean().default(false).describe('Confidential events never leave Sana (no handoff document, no export meant for others).'),
};
const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.object({ type: z.literal(type), ...common, ...shape }).strict();

/** One shape per kind of event; fields a kind does not take are refused, so a typo never disappears silently. */
export const LogEventBody = z
  .discriminatedUnion('type', [
    event('note', { channel: z.enum(contactChannels).optional() }),
    event('message_received', {
      channel: z.enum(contactChannels).default('email'),
      isImportant: z.boolean().default(false).describe('Important messages count toward the communication reason when left unanswered.'),
      repliedAt: IsoDateTime.nullable().default(null).describe('When you answered; leave out while unanswered.'),
    }),
    event('message_sent', {
      channel: z.enum(contactChannels).default('email'),
      isImportant: z.boolean().default(false).describe('Important messages the client leaves unanswered count toward the communication reason.'),
      repliedAt: IsoDateTime.nullable().default(null).describe('When the client answered; leave out while unanswered.'),
    }),
    event('call', { channel: z.enum(callChannels).default('phone'), isPlanned: z.boolean().default(false).describe('Agreed beforehand; unplanned calls are checked against your office hours.') }),
    event('meeting', { channel: z.enum(callChannels).default('video'), isPlanned: z.boolean().default(true).describe('Agreed beforehand; unplanned meetings are checked against your office hours.') }),
    event('rush_request', { channel: z.enum(contactChannels).default('email'), isTrueEmergency: z.boolean().default(false).describe('A real emergency is no boundary breach, but still counts toward panic mode.') }),
    event('extra_request', {
      extent: z.enum(extraExtents).describe('one_time (a favor) or recurring (a duty that comes back each time).'),
      hours: z.number().positive('Give the hours one occurrence takes, more than 0.').max(1000, 'Keep it at 1,000 hours or fewer.'),
      isPaid: z.boolean().default(false),
    }),
    event('goodwill', { goodwillKind: z.enum(goodwillKinds) }),
    event('concern', { isVague: z.boolean().default(false).describe('"Something feels off" with nothing concrete: Sana suggests a check-in rather than raising an issue.') }),
    event('integrity_incident', {}),
    event('unrealistic_expectation', { expectationKind: z.enum(expectationKinds).default('other') }),
    event('missed_commitment', {
      otherClientId: Id.optional().describe('The other client whose commitment slipped, if they are in Sana.'),
      otherClient: z.string().trim().max(200, 'Keep the name under 200 characters.').optional().describe('Their name, if they are not in Sana.'),
    }),
    event('excuse', {}),
    event('budget_cut', {}),
    event('testimonial', {}),
  ])
  .meta({ id: 'LogEvent', description: 'Something that happened with a client. Each type takes its own fields.' });
export type LogEventBody = z.infer<typeof LogEventBody>;

export const TimelineEvent = z
  .object({
    id: Id,
    clientId: Id,
    type: EventType,
    occurredAt: z.string(),
    payload: z.record(z.string(), z.unknown()),
    isConfidential: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'TimelineEvent' });
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const EventPage = z.object({ items: z.array(TimelineEvent), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
export const EventListQuery = PageQuery;

export const ReplyBody = z
  .object({ repliedAt: IsoDateTime.describe('When the answer came (send the current time for "just now").') })
  .strict();
export type ReplyBody = z.infer<typeof ReplyBody>;

export const ResolveConcernBody = z
  .object({
    notes: z.string().trim().min(1, 'Say how it was resolved, in a few words.').max(5000, 'Keep it under 5,000 characters.'),
    resolvedAt: IsoDateTime.optional().describe('When it was talked through; defaults to now.'),
  })
  .strict();
export type ResolveConcernBody = z.infer<typeof ResolveConcernBody>;

export const ClientEventParams = z.object({ id: Id, eventId: Id });
