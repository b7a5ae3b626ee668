// Verified API tokens, kept in memory for a few seconds so an integration's every request is not also a token query.
// SQLite only (see cache-validity.ts); revoking in this process forgets every entry at once, a revoke by another process
// shows up in data_version, and the short lifetime bounds anything else.
import type SqliteDatabase from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { apiTokensVersion, dataVersionOf } from './cache-validity.ts';
import { knownSqliteHandle } from './statement-cache.ts';

export type CachedToken = { id: string; workspace_id: string; last_used_at: string | null };

type Entry = { row: CachedToken; tokensVersion: number; dataVersion: number; expiresAt: number };

const LIFETIME_MS = 10_000;
/** Far more tokens than any workspace uses; past it the cache simply starts over. */
const MAX_ENTRIES = 1000;

const caches = new WeakMap<SqliteDatabase.Database, Map<string, Entry>>();

export type TokenReadStamp = { tokensVersion: number; dataVersion: number };

/** Taken before reading the token from the database, so a revoke that lands during the read makes the entry stale at once. */
export function tokenReadStamp(sqlite: SqliteDatabase.Database): TokenReadStamp {
  return { tokensVersion: apiTokensVersion(), dataVersion: dataVersionOf(sqlite) };
}

export function cachedToken(sqlite: SqliteDatabase.Database, tokenHash: string): CachedToken | undefined {
  const entry = caches.get(sqlite)?.get(tokenHash);
  if (!entry) return undefined;
  if (entry.tokensVersion !== apiTokensVersion() || entry.expiresAt <= Date.now() || entry.dataVersion !== dataVersionOf(sqlite)) {
    caches.get(sqlite)?.delete(tokenHash);
    return undefined;
  }
  return entry.row;
}

/**
 * The cached row without awaiting anything, when the Db is a known SQLite connection outside any open transaction (the
 * same rule as the repository's look-up); undefined when not cached or not answerable here: then ask the repository.
 */
export function peekCachedToken(db: Kysely<any>, tokenHash: string): CachedToken | undefined {
  const sqlite = knownSqliteHandle(db);
  if (!sqlite || sqlite.inTransaction) return undefined;
  return cachedToken(sqlite, tokenHash);
}

export function rememberToken(sqlite: SqliteDatabase.Database, tokenHash: string, row: CachedToken, stamp: TokenReadStamp): void {
  let cache = caches.get(sqlite);
  if (!cache) caches.set(sqlite, (cache = new Map()));
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(tokenHash, { row: { ...row }, ...stamp, expiresAt: Date.now() + LIFETIME_MS });
}

/** Keeps the cached last-use time in step with the database, so "record use at most once a minute" still holds. */
export function noteTokenUse(sqlite: SqliteDatabase.Database, tokenId: string, usedAt: string): void {
  for (const entry of caches.get(sqlite)?.values() ?? []) if (entry.row.id === tokenId) entry.row.last_used_at = usedAt;
}
