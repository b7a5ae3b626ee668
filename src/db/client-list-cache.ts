// The client list's first pages and totals, kept in memory between client writes: opening the list is the app's most
// frequent read and counting thousands of rows on each one is most of its cost. SQLite only (see cache-validity.ts).
import type SqliteDatabase from 'better-sqlite3';
import type { ClientListQuery, ClientPage } from '../schemas/clients.ts';
import { clientsVersionOf, dataVersionOf } from './cache-validity.ts';

/** Taken before the database read: a write that lands during the read leaves the entry stale, never a stale entry fresh. */
export type ListReadStamp = { workspaceId: string; clientsVersion: number; dataVersion: number };

type Entry<T> = ListReadStamp & { value: T };

/** Filters are few (stage × archived, plus what people type), so this only bounds memory against odd clients. */
const MAX_ENTRIES = 2000;

const pages = new WeakMap<SqliteDatabase.Database, Map<string, Entry<ClientPage>>>();
const totals = new WeakMap<SqliteDatabase.Database, Map<string, Entry<number>>>();

/** The filter part of a list query; the workspace id leads so no key can match another workspace's entry. */
export function filterKey(workspaceId: string, query: ClientListQuery): string {
  return JSON.stringify([workspaceId, query.archived, query.stage ?? null, query.q ?? null]);
}

export function listReadStamp(sqlite: SqliteDatabase.Database, workspaceId: string): ListReadStamp {
  return { workspaceId, clientsVersion: clientsVersionOf(workspaceId), dataVersion: dataVersionOf(sqlite) };
}

function isFresh(sqlite: SqliteDatabase.Database, entry: ListReadStamp): boolean {
  return entry.clientsVersion === clientsVersionOf(entry.workspaceId) && entry.dataVersion === dataVersionOf(sqlite);
}

function lookUp<T>(store: WeakMap<SqliteDatabase.Database, Map<string, Entry<T>>>, sqlite: SqliteDatabase.Database, key: string): T | undefined {
  const entry = store.get(sqlite)?.get(key);
  if (!entry) return undefined;
  if (isFresh(sqlite, entry)) return entry.value;
  store.get(sqlite)?.delete(key);
  return undefined;
}

function keep<T>(store: WeakMap<SqliteDatabase.Database, Map<string, Entry<T>>>, sqlite: SqliteDatabase.Database, key: string, value: T, stamp: ListReadStamp): void {
  let cache = store.get(sqlite);
  if (!cache) store.set(sqlite, (cache = new Map()));
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, { ...stamp, value });
}

/** Only first pages are kept: they are what people open; deeper pages are read each time (their total still comes from here). */
export function firstPageKey(workspaceId: string, query: ClientListQuery): string | undefined {
  return query.offset === 0 ? `${filterKey(workspaceId, query)}:${query.limit}` : undefined;
}

export const cachedPage = (sqlite: SqliteDatabase.Database, key: string) => lookUp(pages, sqlite, key);
export const cachedTotal = (sqlite: SqliteDatabase.Database, key: string) => lookUp(totals, sqlite, key);

/** Pages are shared by every request that hits them, so they are frozen. */
export function rememberPage(sqlite: SqliteDatabase.Database, key: string, page: ClientPage, stamp: ListReadStamp): ClientPage {
  for (const item of page.items) Object.freeze(item);
  Object.freeze(page.items);
  keep(pages, sqlite, key, Object.freeze(page), stamp);
  return page;
}

export function rememberTotal(sqlite: SqliteDatabase.Database, key: string, total: number, stamp: ListReadStamp): void {
  keep(totals, sqlite, key, total, stamp);
}
