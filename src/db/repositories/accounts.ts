// Workspaces, their users, login sessions and API tokens.
// Workspace creation and login look-ups are the only queries not scoped to one workspace: they find which one it is.
import type { Db } from '../connect.ts';
import type { UserRow, WorkspaceRow } from '../schema.ts';
import { toNumber } from '../normalize.ts';
import { knownSqliteHandle, sqliteHandleOf } from '../statement-cache.ts';
import { bumpApiTokensVersion } from '../cache-validity.ts';
import { cachedToken, noteTokenUse, rememberToken, tokenReadStamp, type CachedToken } from '../api-token-cache.ts';

const accountsRepositories = new WeakMap<Db, ReturnType<typeof createAccountsRepository>>();

/** One repository per Db, reused: every API request authenticates through it, and building its methods each time shows up. */
export function accountsRepository(db: Db) {
  let repository = accountsRepositories.get(db);
  if (!repository) accountsRepositories.set(db, (repository = createAccountsRepository(db)));
  return repository;
}

function createAccountsRepository(db: Db) {
  return {
    async countUsers(): Promise<number> {
      const [{ total } = { total: 0 }] = await db.selectFrom('users').select((eb) => eb.fn.countAll<string | number>().as('total')).execute();
      return toNumber(total);
    },

    async insertWorkspace(row: WorkspaceRow): Promise<void> {
      await db.insertInto('workspaces').values(row).execute();
    },

    async insertUser(row: UserRow): Promise<void> {
      await db.insertInto('users').values(row).execute();
    },

    async findUserByEmail(email: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    },

    async insertSession(row: { id_hash: string; workspace_id: string; user_id: string; csrf_token: string; created_at: string; expires_at: string }) {
      await db.insertInto('sessions').values(row).execute();
    },

    async deleteSession(idHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },

    async deleteExpiredSessions(now: string): Promise<void> {
      await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
    },

    /** The session with its user and workspace, if it exists and has not expired. */
    async findSession(idHash: string, now: string) {
      return db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .innerJoin('workspaces', 'workspaces.id', 'sessions.workspace_id')
        .select([
          'sessions.id_hash',
          'sessions.csrf_token',
          'sessions.expires_at',
          'users.id as user_id',
          'users.name as user_name',
          'users.email as user_email',
          'users.language as user_language',
          'workspaces.id as workspace_id',
          'workspaces.name as workspace_name',
          'workspaces.language as workspace_language',
          'workspaces.time_zone as workspace_time_zone',
          'workspaces.currency as workspace_currency',
        ])
        .where('sessions.id_hash', '=', idHash)
        .where('sessions.expires_at', '>', now)
        .executeTakeFirst();
    },

    async extendSession(idHash: string, expiresAt: string): Promise<void> {
      await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id_hash', '=', idHash).execute();
    },

    /** Served from a short in-memory cache on SQLite (see api-token-cache.ts): every API request asks this. */
    async findTokenByHash(tokenHash: string): Promise<CachedToken | undefined> {
      const sqlite = knownSqliteHandle(db) ?? (await sqliteHandleOf(db));
      // Inside an open transaction the cache could not tell committed rows from the transaction's own; ask the database.
      const canCache = sqlite !== undefined && !sqlite.inTransaction;
      const hit = canCache ? cachedToken(sqlite, tokenHash) : undefined;
      if (hit) return hit;
      const stamp = canCache ? tokenReadStamp(sqlite) : undefined;
      const row = await db.selectFrom('api_tokens').select(['id', 'workspace_id', 'last_used_at']).where('token_hash', '=', tokenHash).executeTakeFirst();
      if (row && stamp) rememberToken(sqlite!, tokenHash, row, stamp);
      return row;
    },

    async touchToken(id: string, now: string): Promise<void> {
      await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
      const sqlite = knownSqliteHandle(db) ?? (await sqliteHandleOf(db));
      if (sqlite) noteTokenUse(sqlite, id, now);
    },

    /** The workspace's first user, who receives the workspace's notices. */
    async findOwner(workspaceId: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').orderBy('id').limit(1).executeTakeFirst();
    },

    async findWorkspace(id: string): Promise<WorkspaceRow | undefined> {
      return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
    },
  };
}

export function apiTokensRepository(db: Db, workspaceId: string) {
  return {
    async insert(row: { id: string; name: string; token_hash: string; created_at: string }) {
      await db.insertInto('api_tokens').values({ ...row, workspace_id: workspaceId, last_used_at: null }).execute();
    },
    async list() {
      const rows = await db.selectFrom('api_tokens').select(['id', 'name', 'created_at', 'last_used_at']).where('workspace_id', '=', workspaceId).orderBy('created_at').execute();
      return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at }));
    },
    async delete(id: string): Promise<boolean> {
      const result = await db.deleteFrom('api_tokens').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      // A revoked token must stop working at once: forget every cached token (see api-token-cache.ts).
      bumpApiTokensVersion();
      return Number(result.numDeletedRows) === 1;
    },
  };
}

export function usersRepository(db: Db, workspaceId: string) {
  return {
    async setLanguage(userId: string, language: string): Promise<void> {
      await db.updateTable('users').set({ language }).where('workspace_id', '=', workspaceId).where('id', '=', userId).execute();
    },
  };
}
