// Typed calls for recovery after a toxic client: read, save (with the version read), queue a message, send a lesson to the profile.
import type { z } from 'zod';
import type { AddLessonBody, QueueAvailabilityBody, Recovery, UpdateRecoveryBody } from '../../schemas/recovery.ts';
import { apiRequest } from './http.ts';

export type { Recovery };
export type LessonTarget = z.infer<typeof AddLessonBody>['target'];

const path = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/recovery`;

export function getRecovery(clientId: string, signal?: AbortSignal): Promise<Recovery> {
  return apiRequest('GET', path(clientId), { signal });
}

export function updateRecovery(clientId: string, body: z.input<typeof UpdateRecoveryBody>): Promise<Recovery> {
  return apiRequest('PATCH', path(clientId), { body });
}

export function queueAvailabilityMessage(clientId: string, body: z.input<typeof QueueAvailabilityBody>): Promise<{ to: string }> {
  return apiRequest('POST', `${path(clientId)}/messages`, { body });
}

export function addLessonToProfile(clientId: string, body: z.input<typeof AddLessonBody>): Promise<Recovery> {
  return apiRequest('POST', `${path(clientId)}/lessons`, { body });
}
