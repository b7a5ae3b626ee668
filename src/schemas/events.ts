// Contracts for the client timeline (the event log every feature writes into).
import { z } from 'zod';
import { contactChannels, eventTypes, loggableEventTypes } from '../domain/events/event-types.ts';
import { Id, IsoDateTime, PageQuery } from './common.ts';

export const EventType = z.enum(eventTypes);
export const LoggableEventType = z.enum(loggableEventTypes);

export const LogEventBody = z
  .object({
    type: LoggableEventType.describe('What happened: note, message_received, message_sent, call or meeting.'),
    occurredAt: IsoDateTime.optional().describe('When it happened; defaults to now.'),
    summary: z.string().trim().min(1, 'Say in a few words what happened.').max(5000, 'Keep it under 5,000 characters.'),
    channel: z.enum(contactChannels).optional(),
    isConfidential: z.boolean().default(false),
  })
  .strict();
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
