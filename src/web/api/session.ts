// Typed calls for first-run setup, logging in and out, and the language a person prefers.
import type { z } from 'zod';
import type { LoginBody, SessionInfo, SetupBody, SetupStatus } from '../../schemas/auth.ts';
import type { Language } from '../../schemas/common.ts';
import { ApiError, apiRequest } from './http.ts';

export type SetupStatusInfo = z.infer<typeof SetupStatus>;
export type LoginInput = z.infer<typeof LoginBody>;

export function getSetupStatus(): Promise<SetupStatusInfo> {
  return apiRequest('GET', '/setup', { isPublic: true });
}

export function setUpWorkspace(body: SetupBody): Promise<SessionInfo> {
  return apiRequest('POST', '/setup', { body, isPublic: true });
}

export function logIn(body: LoginInput): Promise<SessionInfo> {
  return apiRequest('POST', '/session', { body, isPublic: true });
}

/** The current session, or undefined when nobody is logged in (401 is the normal answer then, not an error). */
export async function getSession(): Promise<SessionInfo | undefined> {
  try {
    return await apiRequest<SessionInfo>('GET', '/session', { isPublic: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return undefined;
    throw error;
  }
}

export function logOut(): Promise<void> {
  return apiRequest('DELETE', '/session');
}

export function saveLanguage(language: Language): Promise<void> {
  return apiRequest('PUT', '/me/language', { body: { language } });
}
