// Typed calls for API tokens: list, create (the secret comes back once), revoke.
import type { z } from 'zod';
import type { CreatedToken, TokenSummary } from '../../schemas/auth.ts';
import { apiRequest } from './http.ts';

export type ApiToken = z.infer<typeof TokenSummary>;
export type NewApiToken = z.infer<typeof CreatedToken>;

export async function listTokens(signal?: AbortSignal): Promise<ApiToken[]> {
  const page = await apiRequest<{ items: ApiToken[] }>('GET', '/tokens', { signal });
  return page.items;
}

export function createToken(name: string): Promise<NewApiToken> {
  return apiRequest('POST', '/tokens', { body: { name } });
}

export function revokeToken(id: string): Promise<void> {
  return apiRequest('DELETE', `/tokens/${encodeURIComponent(id)}`);
}
