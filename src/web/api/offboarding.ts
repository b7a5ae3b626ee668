// Typed calls for offboarding: start, read, save the page (with the version read), close, and the handoff document's address.
import type { z } from 'zod';
import type { CloseOffboardingBody, Offboarding, SaveOffboardingBody } from '../../schemas/offboarding.ts';
import { apiRequest } from './http.ts';

export type { Offboarding };
export type SaveOffboarding = z.input<typeof SaveOffboardingBody>;

const path = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/offboarding`;

export function startOffboarding(clientId: string): Promise<Offboarding> {
  return apiRequest('POST', path(clientId));
}

export function getOffboarding(clientId: string, signal?: AbortSignal): Promise<Offboarding> {
  return apiRequest('GET', path(clientId), { signal });
}

export function saveOffboarding(clientId: string, body: SaveOffboarding): Promise<Offboarding> {
  return apiRequest('PUT', path(clientId), { body });
}

export function closeOffboarding(clientId: string, body: z.input<typeof CloseOffboardingBody>): Promise<Offboarding> {
  return apiRequest('POST', `${path(clientId)}/close`, { body });
}

/** A plain link downloads it: the session cookie authenticates GETs. */
export function handoffUrl(clientId: string, format: 'pdf' | 'md'): string {
  return `/api/v1/clients/${encodeURIComponent(clientId)}/handoff?format=${format}`;
}
