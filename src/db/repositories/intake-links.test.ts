// Storage suite for intake links: a hash per link, the current one per workspace, and the token look-up that ignores dead links.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../tests/support/test-database.ts';
import { insertWorkspace } from '../../../tests/support/storage-factories.ts';
import { findWorkspaceByIntakeToken, intakeLinksRepository } from './intake-links.ts';

const NOW = '2027-03-01T09:00:00.000Z';
const LATER = '2027-03-02T10:00:00.000Z';
const EXPIRES = '2027-09-01T00:00:00.000Z';

let counter = 0;
/** A distinct fake hash per call (the repository never hashes; it stores what it is given). */
const hash = () => `hash-${process.pid}-${++counter}`;

describe.each(databaseKinds)('intake links storage on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.drop();
  });

  test('an active link finds its workspace and is the current one', async () => {
    const workspace = await insertWorkspace(database.db);
    const links = intakeLinksRepository(database.db, workspace);
    const tokenHash = hash();
    const created = await links.insert(tokenHash, NOW, EXPIRES);
    expect(created).toMatchObject({ createdAt: NOW, expiresAt: EXPIRES });
    expect(await findWorkspaceByIntakeToken(database.db, tokenHash, LATER)).toBe(workspace);
    expect(await links.current(LATER)).toEqual({ id: created.id, created_at: NOW, expires_at: EXPIRES });
    expect(await findWorkspaceByIntakeToken(database.db, hash(), LATER)).toBeUndefined();
  });

  test('a revoked link finds nothing and is no longer current; rotating leaves only the new one', async () => {
    const workspace = await insertWorkspace(database.db);
    const links = intakeLinksRepository(database.db, workspace);
    const old = hash();
    await links.insert(old, NOW, EXPIRES);
    await links.revokeAll(LATER);
    expect(await findWorkspaceByIntakeToken(database.db, old, LATER)).toBeUndefined();
    expect(await links.current(LATER)).toBeUndefined();

    const fresh = hash();
    const created = await links.insert(fresh, LATER, EXPIRES);
    expect(await findWorkspaceByIntakeToken(database.db, fresh, LATER)).toBe(workspace);
    expect(await findWorkspaceByIntakeToken(database.db, old, LATER)).toBeUndefined();
    expect((await links.current(LATER))?.id).toBe(created.id);
    const revokedAt = await database.db.selectFrom('intake_links').select('revoked_at').where('token_hash', '=', old).executeTakeFirstOrThrow();
    expect(revokedAt.revoked_at).toBe(LATER);
  });

  test('an expired link finds nothing and is not current, from the moment it expires', async () => {
    const workspace = await insertWorkspace(database.db);
    const links = intakeLinksRepository(database.db, workspace);
    const tokenHash = hash();
    await links.insert(tokenHash, NOW, LATER);
    expect(await findWorkspaceByIntakeToken(database.db, tokenHash, '2027-03-02T09:59:59.999Z')).toBe(workspace);
    expect(await findWorkspaceByIntakeToken(database.db, tokenHash, LATER)).toBeUndefined();
    expect(await findWorkspaceByIntakeToken(database.db, tokenHash, '2027-03-05T00:00:00.000Z')).toBeUndefined();
    expect(await links.current(LATER)).toBeUndefined();
  });

  test("another workspace neither sees nor revokes the links; a token finds only its own workspace", async () => {
    const workspaceA = await insertWorkspace(database.db, 'A');
    const workspaceB = await insertWorkspace(database.db, 'B');
    const hashA = hash();
    const hashB = hash();
    const linkA = await intakeLinksRepository(database.db, workspaceA).insert(hashA, NOW, EXPIRES);
    const other = intakeLinksRepository(database.db, workspaceB);
    expect(await other.current(LATER)).toBeUndefined();
    await other.revokeAll(LATER);
    expect((await intakeLinksRepository(database.db, workspaceA).current(LATER))?.id).toBe(linkA.id);
    expect(await findWorkspaceByIntakeToken(database.db, hashA, LATER)).toBe(workspaceA);

    await other.insert(hashB, NOW, EXPIRES);
    expect(await findWorkspaceByIntakeToken(database.db, hashB, LATER)).toBe(workspaceB);
    await intakeLinksRepository(database.db, workspaceA).revokeAll(LATER);
    expect(await findWorkspaceByIntakeToken(database.db, hashB, LATER)).toBe(workspaceB);
  });

  test('a token hash is unique across all workspaces', async () => {
    const workspaceA = await insertWorkspace(database.db, 'A');
    const workspaceB = await insertWorkspace(database.db, 'B');
    const tokenHash = hash();
    await intakeLinksRepository(database.db, workspaceA).insert(tokenHash, NOW, EXPIRES);
    await expect(intakeLinksRepository(database.db, workspaceB).insert(tokenHash, NOW, EXPIRES)).rejects.toThrow();
    expect(await findWorkspaceByIntakeToken(database.db, tokenHash, LATER)).toBe(workspaceA);
  });
});
