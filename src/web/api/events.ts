// Typed calls for a client's timeline: read it newest first, log what happened.
import type { z } from 'zod';
import type { EventPage, LogEventBody, TimelineEvent } from '../../schemas/events.ts';
import { apiRequest } from './http.ts';

export type TimelinePage = z.infer<typeof EventPage>;
export type NewEvent = z.input<typeof LogEventBody>;

export function listClientEvents(clientId: string, page: { limit: number; offset: number }, signal?: AbortSignal): Promise<TimelinePage> {
  return apiRequest('GET', `/clients/${encodeURIComponent(clientId)}/events`, { query: page, signal });
}

export function logClientEvent(clientId: string, body: NewEvent): Promise<TimelineEvent> {
  return apiRequest('POST', `/clients/${encodeURIComponent(clientId)}/events`, { body });
}
