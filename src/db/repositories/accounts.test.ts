// Storage suite for workspaces, users, sessions and API tokens on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../tests/support/test-database.ts';
import { insertUser, insertWorkspace } from '../../../tests/support/storage-factories.ts';
import { accountsRepository, apiTokensRepository, usersRepository } from './accounts.ts';

const NOW = '2027-03-01T09:00:00.000Z';

describe.each(databaseKinds)('accounts storage on %s', (kind) => {
  let database: TestDatabase;
  let workspaceA: string;
  let workspaceB: string;
  let userA: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    workspaceA = await insertWorkspace(database.db, 'A');
    workspaceB = await insertWorkspace(database.db, 'B');
    userA = await insertUser(database.db, workspaceA, 'ana@example.com');
  });
  afterAll(async () => {
    await database?.drop();
  });

  test('countUsers is a number on every database', async () => {
    const count = await accountsRepository(database.db).countUsers();
    expect(count).toBe(1);
    expect(typeof count).toBe('number');
  });

  test('users are found by email without regard to case; an email belongs to one account only', async () => {
    const accounts = accountsRepository(database.db);
    expect((await accounts.findUserByEmail('ANA@Example.COM'))?.id).toBe(userA);
    expect(await accounts.findUserByEmail('nobody@example.com')).toBeUndefined();
    await expect(insertUser(database.db, workspaceB, 'ana@example.com')).rejects.toThrow();
  });

  describe('sessions', () => {
    const session = (idHash: string, expiresAt: string) => ({ id_hash: idHash, workspace_id: workspaceA, user_id: userA, csrf_token: `csrf-${idHash}`, created_at: NOW, expires_at: expiresAt });

    test('findSession joins the user and workspace and refuses an expired session', async () => {
      const accounts = accountsRepository(database.db);
      await accounts.insertSession(session('live', '2027-03-31T09:00:00.000Z'));
      expect(await accounts.findSession('live', NOW)).toMatchObject({ user_id: userA, user_email: 'ana@example.com', workspace_id: workspaceA, workspace_name: 'A', csrf_token: 'csrf-live' });
      expect(await accounts.findSession('live', '2027-03-31T09:00:00.000Z')).toBeUndefined();
      expect(await accounts.findSession('unknown', NOW)).toBeUndefined();
    });

    test('extendSession moves the expiry; deleteSession and deleteExpiredSessions remove rows', async () => {
      const accounts = accountsRepository(database.db);
      await accounts.insertSession(session('to-extend', '2027-03-02T09:00:00.000Z'));
      await accounts.insertSession(session('expired', '2027-02-01T00:00:00.000Z'));
      await accounts.insertSession(session('to-delete', '2027-04-01T00:00:00.000Z'));
      await accounts.extendSession('to-extend', '2027-05-01T00:00:00.000Z');
      expect(await accounts.findSession('to-extend', '2027-04-01T00:00:00.000Z')).toBeDefined();
      await accounts.deleteSession('to-delete');
      await accounts.deleteExpiredSessions(NOW);
      const left = (await database.db.selectFrom('sessions').select('id_hash').execute()).map((r) => r.id_hash).sort();
      expect(left).toEqual(['live', 'to-extend']);
    });
  });

  describe('API tokens', () => {
    test('tokens are listed and revoked only within their workspace', async () => {
      const tokensA = apiTokensRepository(database.db, workspaceA);
      const tokensB = apiTokensRepository(database.db, workspaceB);
      await tokensA.insert({ id: 'token-a', name: 'A token', token_hash: 'hash-a', created_at: NOW });
      await tokensB.insert({ id: 'token-b', name: 'B token', token_hash: 'hash-b', created_at: NOW });
      expect(await tokensA.list()).toEqual([{ id: 'token-a', name: 'A token', createdAt: NOW, lastUsedAt: null }]);
      expect(await tokensB.delete('token-a')).toBe(false);
      expect(await tokensA.list()).toHaveLength(1);
      expect(await tokensA.delete('token-a')).toBe(true);
      expect(await tokensA.delete('token-a')).toBe(false);
      expect((await tokensB.list()).map((t) => t.id)).toEqual(['token-b']);
    });

    test('a token is found by its hash (telling its workspace) and touchToken records its use', async () => {
      const accounts = accountsRepository(database.db);
      expect(await accounts.findTokenByHash('hash-b')).toEqual({ id: 'token-b', workspace_id: workspaceB, last_used_at: null });
      await accounts.touchToken('token-b', NOW);
      expect((await accounts.findTokenByHash('hash-b'))?.last_used_at).toBe(NOW);
      expect(await accounts.findTokenByHash('hash-a')).toBeUndefined();
    });
  });

  test("setLanguage changes the user's language only from the user's own workspace", async () => {
    await usersRepository(database.db, workspaceB).setLanguage(userA, 'es');
    expect((await accountsRepository(database.db).findUserByEmail('ana@example.com'))?.language).toBe('en');
    await usersRepository(database.db, workspaceA).setLanguage(userA, 'es');
    expect((await accountsRepository(database.db).findUserByEmail('ana@example.com'))?.language).toBe('es');
  });
});
