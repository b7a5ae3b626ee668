// Transaction-scoped locks for the rare writes that must not run side by side on PostgreSQL (SQLite already serialises writers).
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from './connect.ts';

const WORKSPACE_CREATION_LOCK = 7_264_001;

/** Two first-run setups at once must not both see "no users yet" and create two workspaces. */
export async function lockWorkspaceCreation(trx: Db): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) await sql`select pg_advisory_xact_lock(${WORKSPACE_CREATION_LOCK})`.execute(trx);
}
