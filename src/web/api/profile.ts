// Typed calls for the freelancer's profile: read it, save it whole against the version read, and its PDF address.
import type { z } from 'zod';
import type { Profile, ProfileResponse } from '../../schemas/profile.ts';
import type { Language } from '../../schemas/common.ts';
import { apiRequest } from './http.ts';

export type FreelancerProfile = z.infer<typeof Profile>;
export type ProfileView = z.infer<typeof ProfileResponse>;

export function getProfile(signal?: AbortSignal): Promise<ProfileView> {
  return apiRequest('GET', '/profile', { signal });
}

/** Answers 409 (ApiError code version_conflict) when the profile was saved elsewhere after `version` was read. */
export function saveProfile(profile: FreelancerProfile, version: number): Promise<ProfileView> {
  return apiRequest('PUT', '/profile', { body: profile, headers: { 'if-match': `"${version}"` } });
}

/** A plain link: the browser downloads the file with the session cookie, no script needed. */
export function profilePdfUrl(language: Language): string {
  return `/api/v1/profile/pdf?lang=${language}`;
}
