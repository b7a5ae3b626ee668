// What makes an in-process read cache stale: writes by this process (counters bumped by every writer) and by others (SQLite's data_version).
// The caches built on this are SQLite-only: SQLite is one server process by design, while several servers share one PostgreSQL
// database and could not see each other's counters, so on PostgreSQL nothing is cached and every read goes to the database.
import type SqliteDatabase from 'better-sqlite3';
import { cachedStatement } from './statement-cache.ts';

/** How long a read of data_version is trusted: a write by another process reaches the caches within this. */
const DATA_VERSION_CHECK_MS = 200;
const dataVersions = new WeakMap<SqliteDatabase.Database, { value: number; checkedAt: number }>();

/**
 * Changes whenever another connection (a `sana` CLI command, another process) commits to the file; this connection's own
 * commits leave it alone, and those are covered by the counters below. Asking costs a few µs, as much as the rest of a
 * cached read, so it is asked at most every DATA_VERSION_CHECK_MS: such writes are rare (the CLI adds whole workspaces).
 */
export function dataVersionOf(sqlite: SqliteDatabase.Database): number {
  const now = Date.now();
  const known = dataVersions.get(sqlite);
  if (known && now - known.checkedAt < DATA_VERSION_CHECK_MS && now >= known.checkedAt) return known.value;
  const value = cachedStatement<number>(sqlite, 'pragma data_version').pluck().get() as number;
  dataVersions.set(sqlite, { value, checkedAt: now });
  return value;
}

const clientsVersions = new Map<string, number>();

/** Bumped by every write to a workspace's clients or client_contacts (repository writes, import). */
export function clientsVersionOf(workspaceId: string): number {
  return clientsVersions.get(workspaceId) ?? 0;
}

export function bumpClientsVersion(workspaceId: string): void {
  clientsVersions.set(workspaceId, clientsVersionOf(workspaceId) + 1);
}

let apiTokensGeneration = 0;

/** Bumped by every deletion or replacement of API tokens, in any workspace: revoking is rare, so forgetting them all is cheap. */
export function apiTokensVersion(): number {
  return apiTokensGeneration;
}

export function bumpApiTokensVersion(): void {
  apiTokensGeneration += 1;
}
