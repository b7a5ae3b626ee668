// Storage suite for interviews: answers, gut check and vetting round-trip as JSON, newest first, inside one workspace.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../tests/support/test-database.ts';
import { clientFields, insertWorkspace } from '../../../tests/support/storage-factories.ts';
import { vetProspect, type Vetting } from '../../domain/vetting/vet-prospect.ts';
import { fittingProspect, madridWriter } from '../../domain/vetting/test-support.ts';
import { blankInterview } from '../../domain/vetting/interview.ts';
import { defaultVettingSettings } from '../../domain/vetting/settings.ts';
import { defaultReadinessSettings } from '../../domain/readiness/settings.ts';
import type { GutCheck } from '../../domain/vetting/gut-check.ts';
import { clientsRepository } from './clients.ts';
import { interviewsRepository, type StoredVetting } from './interviews.ts';

const NOW = '2027-03-01T09:00:00.000Z';
const T1 = '2027-03-01T10:00:00.000Z';
const T2 = '2027-03-02T10:00:00.000Z';
const T3 = '2027-03-03T10:00:00.000Z';

function vet(gut: GutCheck): Vetting {
  return vetProspect({
    profile: madridWriter(),
    answers: fittingProspect(),
    gut,
    income: [],
    now: Temporal.Instant.from(NOW),
    vettingSettings: defaultVettingSettings,
    readinessSettings: defaultReadinessSettings,
  });
}

/** What the database gives back: JSON, so no undefined members. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe.each(databaseKinds)('interviews storage on %s', (kind) => {
  let database: TestDatabase;
  let workspaceA: string;
  let workspaceB: string;
  let clientA: string;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    workspaceA = await insertWorkspace(database.db, 'A');
    workspaceB = await insertWorkspace(database.db, 'B');
    clientA = await clientsRepository(database.db, workspaceA).insert(clientFields({ name: 'Prospect A', stage: 'interviewing' }), NOW);
  });
  afterAll(async () => {
    await database?.drop();
  });

  test('an interview with a gut check stores answers, gut, vetting and the recommendation column', async () => {
    const interviews = interviewsRepository(database.db, workspaceA);
    const gut: GutCheck = { feeling: 'uneasy', note: 'Demasiada prisa — "urgent" \\ again' };
    const vetting = vet(gut);
    const stored = await interviews.insert({ clientId: clientA, origin: 'freelancer', answers: fittingProspect(), gut, vetting }, T1);
    expect(await interviews.findById(clientA, stored.id)).toEqual({ id: stored.id, clientId: clientA, origin: 'freelancer', answers: fittingProspect(), gut, vetting: asJson(vetting), createdAt: T1 });
    const row = await database.db.selectFrom('interviews').select(['recommendation', 'gut_feeling']).where('id', '=', stored.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ recommendation: vetting.recommendation.recommendation, gut_feeling: 'uneasy' });
  });

  test('an intake interview has no gut and no recommendation until the gut check is added', async () => {
    const interviews = interviewsRepository(database.db, workspaceA);
    const full = vet({ feeling: 'at_ease', note: '' });
    const withoutGut: StoredVetting = { fit: full.fit, desperation: full.desperation, recommendation: null };
    const stored = await interviews.insert({ clientId: clientA, origin: 'intake', answers: blankInterview(), gut: null, vetting: withoutGut }, T1);
    expect(await interviews.findById(clientA, stored.id)).toMatchObject({ origin: 'intake', gut: null, vetting: { recommendation: null } });
    expect((await database.db.selectFrom('interviews').select(['recommendation', 'gut_note']).where('id', '=', stored.id).executeTakeFirstOrThrow())).toEqual({ recommendation: null, gut_note: '' });

    await interviews.updateGutAndVetting(stored.id, { feeling: 'at_ease', note: 'Calm' }, full);
    expect(await interviews.findById(clientA, stored.id)).toMatchObject({ gut: { feeling: 'at_ease', note: 'Calm' }, vetting: asJson(full) });
    expect((await database.db.selectFrom('interviews').select('recommendation').where('id', '=', stored.id).executeTakeFirstOrThrow()).recommendation).toBe(full.recommendation.recommendation);
  });

  test('listForClient lists newest first, breaking ties by id, and only that client', async () => {
    const clients = clientsRepository(database.db, workspaceA);
    const client = await clients.insert(clientFields({ name: 'Listed' }), NOW);
    const otherClient = await clients.insert(clientFields({ name: 'Not listed' }), NOW);
    const interviews = interviewsRepository(database.db, workspaceA);
    const gut: GutCheck = { feeling: 'unsure', note: '' };
    const insert = (clientId: string, at: string) => interviews.insert({ clientId, origin: 'freelancer', answers: blankInterview(), gut, vetting: vet(gut) }, at);
    const middle = await insert(client, T2);
    const oldest = await insert(client, T1);
    const newest = await insert(client, T3);
    const tie = await insert(client, T2);
    await insert(otherClient, T3);

    const listed = await interviews.listForClient(client);
    const [tieFirst, tieSecond] = [middle.id, tie.id].sort().reverse();
    expect(listed.map((i) => i.id)).toEqual([newest.id, tieFirst, tieSecond, oldest.id]);
    expect(listed.map((i) => i.createdAt)).toEqual([T3, T2, T2, T1]);
  });

  test("another workspace cannot list, find or update the interviews, even with the right client id", async () => {
    const gut: GutCheck = { feeling: 'at_ease', note: 'A only' };
    const stored = await interviewsRepository(database.db, workspaceA).insert({ clientId: clientA, origin: 'freelancer', answers: fittingProspect(), gut, vetting: vet(gut) }, T1);
    const other = interviewsRepository(database.db, workspaceB);
    expect(await other.listForClient(clientA)).toEqual([]);
    expect(await other.findById(clientA, stored.id)).toBeUndefined();
    await other.updateGutAndVetting(stored.id, { feeling: 'uneasy', note: 'tampered' }, vet({ feeling: 'uneasy', note: 'tampered' }));
    expect((await interviewsRepository(database.db, workspaceA).findById(clientA, stored.id))?.gut).toEqual(gut);
    // The right workspace but the wrong client finds nothing either.
    const elsewhere = await clientsRepository(database.db, workspaceA).insert(clientFields({ name: 'Elsewhere' }), NOW);
    expect(await interviewsRepository(database.db, workspaceA).findById(elsewhere, stored.id)).toBeUndefined();
  });
});
