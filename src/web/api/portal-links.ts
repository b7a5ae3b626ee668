// Typed calls for the freelancer's side of the portal: a client's links, and asking that client for a testimonial.
import type { z } from 'zod';
import type { CreatedPortalLink, PortalLink, TestimonialRequested } from '../../schemas/portal.ts';
import { apiRequest } from './http.ts';

export type { CreatedPortalLink, PortalLink };
export type TestimonialRequest = z.infer<typeof TestimonialRequested>;

const linksPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/portal-links`;

export function listPortalLinks(clientId: string, signal?: AbortSignal): Promise<{ items: PortalLink[] }> {
  return apiRequest('GET', linksPath(clientId), { signal });
}

/** The URL is only in this answer, never again. */
export function createPortalLink(clientId: string): Promise<CreatedPortalLink> {
  return apiRequest('POST', linksPath(clientId));
}

export function revokePortalLink(clientId: string, linkId: string): Promise<void> {
  return apiRequest('DELETE', `${linksPath(clientId)}/${encodeURIComponent(linkId)}`);
}

/** Answers 422 (code unprocessable) when the client has no contact email. */
export function requestTestimonial(clientId: string): Promise<TestimonialRequest> {
  return apiRequest('POST', `/clients/${encodeURIComponent(clientId)}/testimonial-requests`);
}
