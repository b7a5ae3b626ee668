// Typed calls for the intake link: the freelancer manages it; a prospect, with no account, reads and answers it.
import type { z } from 'zod';
import type { CreatedIntakeLink, IntakeLinkInfo, IntakeSubmission, PublicIntakeInfo } from '../../schemas/intake.ts';
import { apiRequest } from './http.ts';

export type IntakeLinkStatus = z.infer<typeof IntakeLinkInfo>;
export type NewIntakeLink = z.infer<typeof CreatedIntakeLink>;
export type IntakeWorkspace = z.infer<typeof PublicIntakeInfo>;
export type IntakeAnswers = z.input<typeof IntakeSubmission>;

export function getIntakeLink(signal?: AbortSignal): Promise<IntakeLinkStatus> {
  return apiRequest('GET', '/intake-link', { signal });
}

/** Makes a new link (the old one stops working); its URL is only in this answer, never again. */
export function createIntakeLink(): Promise<NewIntakeLink> {
  return apiRequest('POST', '/intake-link');
}

export function turnOffIntakeLink(): Promise<void> {
  return apiRequest('DELETE', '/intake-link');
}

const publicPath = (token: string) => `/intake/${encodeURIComponent(token)}`;

/** Public: answers 404 (ApiError code not_found) when the link expired or was replaced. */
export function getIntakeWorkspace(token: string, signal?: AbortSignal): Promise<IntakeWorkspace> {
  return apiRequest('GET', publicPath(token), { signal, isPublic: true });
}

export function submitIntake(token: string, body: IntakeAnswers): Promise<{ isAccepted: true }> {
  return apiRequest('POST', publicPath(token), { body, isPublic: true });
}
