// Kysely's SQLite driver prepares every query anew; preparing costs more than running a small indexed read, so reuse them.
import type SqliteDatabase from 'better-sqlite3';
import { SqliteAdapter, sql, type Kysely, type SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/** Queries are built from a fixed set of code paths, so a few hundred distinct SQL strings cover the whole app. */
const MAX_CACHED_STATEMENTS = 500;

const caches = new WeakMap<SqliteDatabase.Database, Map<string, SqliteDatabase.Statement>>();

/** The handle's prepared statement for this SQL, prepared on first use; shared by Kysely's queries and the raw hot reads. */
export function cachedStatement<Row = unknown>(sqlite: SqliteDatabase.Database, sql: string): SqliteDatabase.Statement<unknown[], Row> {
  let cache = caches.get(sqlite);
  if (!cache) caches.set(sqlite, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql);
    // Oldest first out: a Map keeps insertion order.
    if (cache.size >= MAX_CACHED_STATEMENTS) cache.delete(cache.keys().next().value as string);
    cache.set(sql, statement);
  }
  return statement as SqliteDatabase.Statement<unknown[], Row>;
}

const arrayCaches = new WeakMap<SqliteDatabase.Database, Map<string, SqliteDatabase.Statement>>();

/**
 * Like cachedStatement, but rows come back as arrays in the SELECT's column order, which is cheaper than objects on hot reads.
 * Kept in a cache of its own: a statement switched to arrays must never be handed to Kysely, which expects objects.
 */
export function cachedArrayStatement(sqlite: SqliteDatabase.Database, sql: string): SqliteDatabase.Statement<unknown[], unknown[]> {
  let cache = arrayCaches.get(sqlite);
  if (!cache) arrayCaches.set(sqlite, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = sqlite.prepare(sql).raw(true)));
  return statement as SqliteDatabase.Statement<unknown[], unknown[]>;
}

export function withStatementCache(sqlite: SqliteDatabase.Database): KyselySqliteDatabase {
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const statement = noteProbe(sql, sqlite) ? sqlite.prepare(sql) : cachedStatement(sqlite, sql);
      return statement as unknown as ReturnType<KyselySqliteDatabase['prepare']>;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Hot reads straight on better-sqlite3. Kysely keeps the raw handle private, so a Db made by connect() is matched to the
// handle wrapped above with a one-off probe query that passes through prepare() below.

const PROBE_PREFIX = 'select 1 as sana_handle_probe -- ';
const probed = new Map<string, SqliteDatabase.Database>();
let probeCount = 0;
const handles = new WeakMap<object, SqliteDatabase.Database | null>();

/** Adds the probe to withStatementCache's prepare(): the probe's unique text names the handle it reached. */
function noteProbe(sql: string, sqlite: SqliteDatabase.Database): boolean {
  if (!sql.startsWith(PROBE_PREFIX)) return false;
  probed.set(sql, sqlite);
  return true;
}

/** sqliteHandleOf's answer when already known (null: not SQLite), or undefined before the first ask; spares hot reads an await. */
export function knownSqliteHandle(db: Kysely<any>): SqliteDatabase.Database | null | undefined {
  return handles.get(db);
}

/**
 * The better-sqlite3 handle behind a Db from connect(), or undefined (PostgreSQL, a transaction, another driver).
 * Callers must still fall back to Kysely while `handle.inTransaction`: a raw read would see a transaction's uncommitted rows.
 */
export async function sqliteHandleOf(db: Kysely<any>): Promise<SqliteDatabase.Database | undefined> {
  const known = handles.get(db);
  if (known !== undefined) return known ?? undefined;
  if (db.isTransaction || !(db.getExecutor().adapter instanceof SqliteAdapter)) {
    handles.set(db, null);
    return undefined;
  }
  const probe = `${PROBE_PREFIX}${(probeCount += 1)}`;
  await sql.raw(probe).execute(db);
  const handle = probed.get(probe);
  probed.delete(probe);
  handles.set(db, handle ?? null);
  return handle;
}
