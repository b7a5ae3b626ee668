// Storage suite for the profile document: one per workspace, saved only at the version the writer read.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../tests/support/test-database.ts';
import { insertWorkspace } from '../../../tests/support/storage-factories.ts';
import { starterProfile } from '../../domain/profile/starter-profile.ts';
import type { FreelancerProfile } from '../../domain/profile/profile.ts';
import { profilesRepository } from './profiles.ts';

const NOW = '2027-03-01T09:00:00.000Z';
const LATER = '2027-03-02T10:00:00.000Z';
const LATEST = '2027-03-03T11:00:00.000Z';

function edited(strengths: string[]): FreelancerProfile {
  const profile = starterProfile('Europe/Madrid', 'EUR');
  return { ...profile, skills: { ...profile.skills, strengths } };
}

describe.each(databaseKinds)('profiles storage on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const storedRow = async (workspaceId: string) => database.db.selectFrom('profiles').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();

  test('nothing is stored until the first save; the first save is version 1 and reads back as saved', async () => {
    const workspace = await insertWorkspace(database.db);
    const profiles = profilesRepository(database.db, workspace);
    expect(await profiles.find()).toBeUndefined();
    const profile = edited(['redacción ✍️']);
    expect(await profiles.saveIfVersion(profile, 0, NOW)).toBe(true);
    expect(await profiles.find()).toEqual({ profile, version: 1, updatedAt: NOW });
    const found = await profiles.find();
    expect(typeof found?.version).toBe('number');
  });

  test('saveIfVersion writes at the expected version and bumps it', async () => {
    const workspace = await insertWorkspace(database.db);
    const profiles = profilesRepository(database.db, workspace);
    await profiles.saveIfVersion(edited(['one']), 0, NOW);
    expect(await profiles.saveIfVersion(edited(['two']), 1, LATER)).toBe(true);
    expect(await profiles.saveIfVersion(edited(['three']), 2, LATEST)).toBe(true);
    expect(await profiles.find()).toEqual({ profile: edited(['three']), version: 3, updatedAt: LATEST });
  });

  test('a stale version is refused and leaves the row exactly as it was', async () => {
    const workspace = await insertWorkspace(database.db);
    const profiles = profilesRepository(database.db, workspace);
    await profiles.saveIfVersion(edited(['first']), 0, NOW);
    await profiles.saveIfVersion(edited(['second']), 1, LATER);
    const before = await storedRow(workspace);

    expect(await profiles.saveIfVersion(edited(['stale']), 1, LATEST)).toBe(false);
    expect(await profiles.saveIfVersion(edited(['from the future']), 5, LATEST)).toBe(false);
    // A second "first save" does not overwrite the existing document either.
    expect(await profiles.saveIfVersion(edited(['first again']), 0, LATEST)).toBe(false);

    expect(await storedRow(workspace)).toEqual(before);
    expect(await profiles.find()).toEqual({ profile: edited(['second']), version: 2, updatedAt: LATER });
  });

  test('each workspace has its own profile: another workspace neither sees nor overwrites it', async () => {
    const workspaceA = await insertWorkspace(database.db, 'A');
    const workspaceB = await insertWorkspace(database.db, 'B');
    await profilesRepository(database.db, workspaceA).saveIfVersion(edited(['A only']), 0, NOW);
    const before = await storedRow(workspaceA);

    const other = profilesRepository(database.db, workspaceB);
    expect(await other.find()).toBeUndefined();
    expect(await other.saveIfVersion(edited(['B steals']), 1, LATER)).toBe(false);
    expect(await storedRow(workspaceA)).toEqual(before);

    expect(await other.saveIfVersion(edited(['B own']), 0, LATER)).toBe(true);
    expect((await other.find())?.profile.skills.strengths).toEqual(['B own']);
    expect((await profilesRepository(database.db, workspaceA).find())?.profile.skills.strengths).toEqual(['A only']);
  });
});
