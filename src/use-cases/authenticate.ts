// Turns a session cookie or an API token into the workspace and user acting, or nothing.
import { accountsRepository } from '../db/repositories/accounts.ts';
import { peekCachedToken } from '../db/api-token-cache.ts';
import { sha256Hex } from '../security/secrets.ts';
import { toIso } from '../clock.ts';
import type { Language } from '../schemas/common.ts';
import type { AppDeps } from './context.ts';

export type SessionIdentity = {
  kind: 'session';
  workspaceId: string;
  userId: string;
  csrfToken: string;
  user: { id: string; name: string; email: string; language: Language };
  workspace: { id: string; name: string; language: Language; timeZone: string; currency: string };
};
export type TokenIdentity = { kind: 'token'; workspaceId: string; tokenId: string };
export type Identity = SessionIdentity | TokenIdentity;

export async function authenticateSession(deps: AppDeps, sessionSecret: string, sessionDays: number): Promise<SessionIdentity | undefined> {
  const accounts = accountsRepository(deps.db);
  const idHash = sha256Hex(sessionSecret);
  const now = deps.clock.now();
  const row = await accounts.findSession(idHash, toIso(now));
  if (!row) return undefined;
  // Sliding expiry, written at most once a day so reads stay reads.
  const renewed = now.add({ hours: 24 * sessionDays });
  if (renewed.epochMilliseconds - Date.parse(row.expires_at) > 24 * 3600 * 1000) await accounts.extendSession(idHash, toIso(renewed));
  return {
    kind: 'session',
    workspaceId: row.workspace_id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    user: { id: row.user_id, name: row.user_name, email: row.user_email, language: row.user_language as Language },
    workspace: { id: row.workspace_id, name: row.workspace_name, language: row.workspace_language as Language, timeZone: row.workspace_time_zone, currency: row.workspace_currency },
  };
}

/**
 * Record use at most once per minute of the clock (ISO text compared up to the minute, "2027-03-01T09:00"): a busy
 * integration should not turn every read into a write, and comparing text spares parsing two dates on every request.
 */
const MINUTE_TEXT_LENGTH = 16;
function isUseToRecord(lastUsedAt: string | null, now: string): boolean {
  return lastUsedAt === null || lastUsedAt.slice(0, MINUTE_TEXT_LENGTH) !== now.slice(0, MINUTE_TEXT_LENGTH);
}

/**
 * SHA-256 of tokens already found valid: an integration sends the same token with every request, and hashing it each
 * time is the costliest step of a cached check. Only valid tokens are kept, so guesses cannot fill it; bounded all the same.
 */
const validTokenHashes = new Map<string, string>();
const MAX_REMEMBERED_TOKENS = 1000;

function rememberValidToken(token: string, tokenHash: string): void {
  if (validTokenHashes.size >= MAX_REMEMBERED_TOKENS) validTokenHashes.clear();
  validTokenHashes.set(token, tokenHash);
}

export async function authenticateToken(deps: AppDeps, token: string): Promise<TokenIdentity | undefined> {
  const accounts = accountsRepository(deps.db);
  const tokenHash = sha256Hex(token);
  const row = await accounts.findTokenByHash(tokenHash);
  if (!row) return undefined;
  rememberValidToken(token, tokenHash);
  const now = deps.clock.nowIso();
  if (isUseToRecord(row.last_used_at, now)) await accounts.touchToken(row.id, now);
  return { kind: 'token', workspaceId: row.workspace_id, tokenId: row.id };
}

/**
 * authenticateToken's answer when it needs no database work at all (token cached, its use already recorded this minute),
 * given synchronously so the API's every request does not wait a turn for it; undefined means "ask authenticateToken",
 * never "not valid". A revoked token drops out of the token cache itself (see api-token-cache.ts).
 */
export function authenticateCachedToken(deps: AppDeps, token: string): TokenIdentity | undefined {
  const tokenHash = validTokenHashes.get(token);
  if (tokenHash === undefined) return undefined;
  const row = peekCachedToken(deps.db, tokenHash);
  if (!row || isUseToRecord(row.last_used_at, deps.clock.nowIso())) return undefined;
  return { kind: 'token', workspaceId: row.workspace_id, tokenId: row.id };
}
