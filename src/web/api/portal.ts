// Typed calls for the client portal: a client, with no account, reads what the freelancer shares and sends a testimonial.
import type { z } from 'zod';
import type { PortalHome, TestimonialSubmission, WorkingTogether } from '../../schemas/portal.ts';
import { apiRequest } from './http.ts';

export type { PortalHome, WorkingTogether };
export type TestimonialDraft = z.input<typeof TestimonialSubmission>;

const portalPath = (token: string, rest = '') => `/portal/${encodeURIComponent(token)}${rest}`;

/** Answers 404 (ApiError code not_found) when the link expired or was turned off. */
export function getPortalHome(token: string, signal?: AbortSignal): Promise<PortalHome> {
  return apiRequest('GET', portalPath(token), { signal, isPublic: true });
}

export function getWorkingTogether(token: string, signal?: AbortSignal): Promise<WorkingTogether> {
  return apiRequest('GET', portalPath(token, '/working-together'), { signal, isPublic: true });
}

export function sendTestimonial(token: string, body: TestimonialDraft): Promise<{ isReceived: true }> {
  return apiRequest('POST', portalPath(token, '/testimonial'), { body, isPublic: true });
}
