// Typed calls for the waitlist of warm leads: list (all, or only the follow-ups due), reschedule, take off.
import type { WaitlistReason } from '../../schemas/interviews.ts';
import type { z } from 'zod';
import { apiRequest } from './http.ts';

export type WaitlistReasonKey = z.infer<typeof WaitlistReason>;

// The route declares its entry schema inline, so the shape is spelled here from its response.
export type WaitlistEntry = {
  id: string;
  clientId: string;
  clientName: string;
  clientCompany: string;
  reason: WaitlistReasonKey;
  note: string;
  followUpOn: string;
  isDue: boolean;
  createdAt: string;
};
export type Waitlist = { today: string; items: WaitlistEntry[] };

export function listWaitlist(options: { isDueOnly?: boolean } = {}, signal?: AbortSignal): Promise<Waitlist> {
  return apiRequest('GET', '/waitlist', { query: { due: options.isDueOnly ? 'true' : 'false' }, signal });
}

export function rescheduleWaitlistEntry(entryId: string, followUpOn: string): Promise<void> {
  return apiRequest('PATCH', `/waitlist/${encodeURIComponent(entryId)}`, { body: { followUpOn } });
}

export function removeWaitlistEntry(entryId: string): Promise<void> {
  return apiRequest('DELETE', `/waitlist/${encodeURIComponent(entryId)}`);
}
