// Typed calls for a client's timeline: read it newest first, log what happened, and complete a message or a concern.
import type { z } from 'zod';
import type { EventPage, LogEventBody, ReplyBody, ResolveConcernBody, TimelineEvent } from '../../schemas/events.ts';
import { apiRequest } from './http.ts';

export type TimelinePage = z.infer<typeof EventPage>;
export type NewEvent = z.input<typeof LogEventBody>;

const eventsOf = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/events`;

export function listClientEvents(clientId: string, page: { limit: number; offset: number }, signal?: AbortSignal): Promise<TimelinePage> {
  return apiRequest('GET', eventsOf(clientId), { query: page, signal });
}

export function logClientEvent(clientId: string, body: NewEvent): Promise<TimelineEvent> {
  return apiRequest('POST', eventsOf(clientId), { body });
}

/** Records that a message got its answer; the original stays as it was (409 when it was already answered). */
export function markMessageReplied(clientId: string, eventId: string, body: ReplyBody): Promise<TimelineEvent> {
  return apiRequest('POST', `${eventsOf(clientId)}/${encodeURIComponent(eventId)}/reply`, { body });
}

/** Closes a concern with how it was resolved (409 when it was already resolved). */
export function resolveConcern(clientId: string, eventId: string, body: ResolveConcernBody): Promise<TimelineEvent> {
  return apiRequest('POST', `${eventsOf(clientId)}/${encodeURIComponent(eventId)}/resolve`, { body });
}
