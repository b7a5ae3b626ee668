// A workspace export is lossless and deterministic: export → import into an empty database → export gives the same bytes, on every database pair.
import { afterEach, describe, expect, it } from 'vitest';
import { createClock } from '../clock.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../tests/support/test-database.ts';
import { demoContent, demoPassword } from '../cli/demo/demo-clients.ts';
import { seedDemoWorkspace } from './seed-demo-workspace.ts';
import { exportWorkspace, serializeExport } from './export-workspace.ts';
import { importWorkspace, parseWorkspaceExport } from './import-workspace.ts';
import { createApiToken } from './manage-api-tokens.ts';
import { logClientEvent } from './log-client-event.ts';
import { archiveClient } from './archive-client.ts';
import { createClient } from './create-client.ts';
import { logIn } from './log-in.ts';
import { authenticateToken } from './authenticate.ts';
import type { AppDeps } from './context.ts';
import { Temporal } from 'temporal-polyfill';
import { clientFields, insertWorkspace } from '../../tests/support/storage-factories.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { profilesRepository } from '../db/repositories/profiles.ts';
import { interviewsRepository } from '../db/repositories/interviews.ts';
import { findWorkspaceByIntakeToken, intakeLinksRepository } from '../db/repositories/intake-links.ts';
import { waitlistRepository } from '../db/repositories/waitlist.ts';
import { starterProfile } from '../domain/profile/starter-profile.ts';
import type { FreelancerProfile } from '../domain/profile/profile.ts';
import { vetProspect } from '../domain/vetting/vet-prospect.ts';
import { fittingProspect } from '../domain/vetting/test-support.ts';
import { blankInterview } from '../domain/vetting/interview.ts';
import { defaultVettingSettings } from '../domain/vetting/settings.ts';
import { defaultReadinessSettings } from '../domain/readiness/settings.ts';
import type { Db } from '../db/connect.ts';

const NOW = '2027-03-01T09:00:00.000Z';
const opened: TestDatabase[] = [];

async function freshDatabase(kind: TestDatabase['kind']): Promise<TestDatabase> {
  const database = await createTestDatabase(kind);
  opened.push(database);
  return database;
}

function depsFor(database: TestDatabase): AppDeps {
  return { db: database.db, clock: createClock(NOW), email: { isSmtpConfigured: false }, publicUrl: 'http://localhost:3000' };
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.drop()));
});

const ACTIVE_INTAKE_HASH = 'b'.repeat(64);
const REVOKED_INTAKE_HASH = 'a'.repeat(64);

/** The starter profile made personal: unicode, finances whose runway is a fraction, a blocked day. */
function savedProfile(): FreelancerProfile {
  const profile = starterProfile('Europe/Madrid', 'EUR');
  return {
    ...profile,
    skills: { strengths: ['redacción ✍️', 'SEO'], dontWant: ['vídeo'], willingToLearn: [] },
    finances: { monthlyExpenses: { business: 70_000, personal: 210_000 }, emergencyFunds: { business: 300_000, personal: 500_000 }, otherStreams: [{ id: 'royalties-1', name: 'Libro «Calma»', kind: 'royalties' }] },
  };
}

/** Profile, interviews, intake links, waitlist and a trial client, written the way the app stores them. */
async function vettingData(db: Db, workspaceId: string) {
  const profile = savedProfile();
  const profiles = profilesRepository(db, workspaceId);
  // The demo saves its own profile; this one replaces it, as a second save would.
  const demoVersion = (await profiles.find())?.version ?? 0;
  if (demoVersion === 0) expect(await profiles.saveIfVersion(starterProfile('Europe/Madrid', 'EUR'), 0, '2027-02-01T08:00:00.000Z')).toBe(true);
  expect(await profiles.saveIfVersion(profile, Math.max(demoVersion, 1), '2027-02-02T08:00:00.000Z')).toBe(true);

  const clients = clientsRepository(db, workspaceId);
  const interviewed = await clients.insert(clientFields({ name: 'Estudio Yoga Sol', stage: 'interviewing', source: 'referral' }), '2027-02-10T10:00:00.000Z');
  const inbound = await clients.insert(clientFields({ name: 'Intake Prospect', stage: 'lead', source: 'inbound' }), '2027-02-11T10:00:00.000Z');
  const trial = await clients.insert(clientFields({ name: 'Trial Co', stage: 'interviewing' }), '2027-02-12T10:00:00.000Z');
  expect(await clients.updateIfVersion(trial, 1, { stage: 'proposal', isTrial: true }, '2027-02-13T10:00:00.000Z')).toBe(true);
  const waiting = await clients.insert(clientFields({ name: 'Busy Season Ltd', stage: 'waitlist' }), '2027-02-14T10:00:00.000Z');
  const formerlyWaiting = await clients.insert(clientFields({ name: 'Came Back Inc', stage: 'proposal' }), '2027-02-14T11:00:00.000Z');

  const interviews = interviewsRepository(db, workspaceId);
  const gut = { feeling: 'unsure' as const, note: 'Habla muy rápido — ¿prisa? "quotes" \\ backslash' };
  const now = Temporal.Instant.from('2027-02-15T10:00:00Z');
  const vetting = vetProspect({ profile, answers: fittingProspect(), gut, income: [], now, vettingSettings: defaultVettingSettings, readinessSettings: defaultReadinessSettings });
  const withGut = await interviews.insert({ clientId: interviewed, origin: 'freelancer', answers: fittingProspect(), gut, vetting }, '2027-02-15T10:00:00.000Z');
  const fromIntake = await interviews.insert(
    { clientId: inbound, origin: 'intake', answers: { ...blankInterview(), notes: 'Escrito por el cliente 🙂' }, gut: null, vetting: { fit: vetting.fit, desperation: vetting.desperation, recommendation: null } },
    '2027-02-16T10:00:00.000Z',
  );

  const links = intakeLinksRepository(db, workspaceId);
  await links.insert(REVOKED_INTAKE_HASH, '2027-01-01T00:00:00.000Z', '2027-06-30T00:00:00.000Z');
  await links.revokeAll('2027-02-01T00:00:00.000Z');
  await links.insert(ACTIVE_INTAKE_HASH, '2027-02-01T00:00:00.000Z', '2027-07-31T00:00:00.000Z');

  const waitlist = waitlistRepository(db, workspaceId);
  await waitlist.insert({ clientId: waiting, reason: 'asked_while_busy', note: 'Después del verano ☀️', followUpOn: '2027-09-01' }, '2027-02-17T10:00:00.000Z');
  await waitlist.insert({ clientId: formerlyWaiting, reason: 'referral', note: '', followUpOn: '2027-03-15' }, '2027-02-17T11:00:00.000Z');
  await waitlist.closeOpenForClient(formerlyWaiting, '2027-02-20T10:00:00.000Z');

  return { profile, vetting, trialClientId: trial, interviewIds: [withGut.id, fromIntake.id] };
}

/** The demo plus what the demo lacks: an API token, a confidential note with unicode, an archived client, and the vetting data. */
async function richWorkspace(database: TestDatabase) {
  const deps = depsFor(database);
  const demo = await seedDemoWorkspace({ deps, content: demoContent, isForced: false });
  const ctx = { ...deps, workspaceId: demo.workspaceId, userId: null };
  const token = await createApiToken({ ctx, name: 'zapier' });
  const client = await createClient({
    ctx,
    input: {
      name: 'Señora Muñoz — café ☕',
      company: 'Cafetería «La Esquina»',
      contacts: [{ name: 'Ñandú Pérez', email: 'nandu@esquina.example', phone: '+34 600 000 000' }],
      timeZone: 'Europe/Madrid',
      language: 'es',
      currency: 'EUR',
      source: 'other',
      stage: 'declined',
      notes: 'Nota confidencial: no quiere que se sepa. 😶 "quotes" \\ backslash\nline two',
      isNotesConfidential: true,
    },
  });
  await logClientEvent({ ctx, clientId: client.id, input: { type: 'note', summary: 'Señora Muñoz — café ☕ (confidential)', isConfidential: true, occurredAt: '2027-02-27T18:00:00+01:00' } });
  await archiveClient({ ctx, clientId: client.id });
  const vetting = await vettingData(database.db, demo.workspaceId);
  return { demo, token, clientId: client.id, vetting };
}

const pairs = databaseKinds.flatMap((from) => databaseKinds.map((to) => [from, to] as const));

describe.each(pairs)('export from %s, import into %s', (fromKind, toKind) => {
  it('export → import into an empty database → export gives byte-identical JSON', async () => {
    const source = await freshDatabase(fromKind);
    const { demo } = await richWorkspace(source);
    const first = serializeExport(await exportWorkspace({ db: source.db, workspaceId: demo.workspaceId, exportedAt: NOW }));

    const target = await freshDatabase(toKind);
    const report = await importWorkspace({ db: target.db, data: parseWorkspaceExport(JSON.parse(first)) });
    expect(report.counts).toMatchObject({ users: 1, apiTokens: 1, clients: 14, outbox: 1, profiles: 1, interviews: 2, intakeLinks: 2, waitlistEntries: 2 });
    const second = serializeExport(await exportWorkspace({ db: target.db, workspaceId: demo.workspaceId, exportedAt: NOW }));

    expect(second).toBe(first);
    expect(first).toContain('Señora Muñoz — café ☕');
    expect(first).toContain('Nota confidencial');
    expect(first).toContain('redacción ✍️');
    expect(first).toContain('"isTrial": true');
  });

  it('the imported workspace works: the owner logs in with the old password and the old API token still answers', async () => {
    const source = await freshDatabase(fromKind);
    const { demo, token } = await richWorkspace(source);
    const data = await exportWorkspace({ db: source.db, workspaceId: demo.workspaceId, exportedAt: NOW });

    const target = await freshDatabase(toKind);
    await importWorkspace({ db: target.db, data: parseWorkspaceExport(JSON.parse(serializeExport(data))) });
    const deps = depsFor(target);
    await expect(logIn({ deps, email: demo.email, password: demoPassword, sessionDays: 30 })).resolves.toHaveProperty('sessionSecret');
    await expect(authenticateToken(deps, token.token)).resolves.toMatchObject({ workspaceId: demo.workspaceId, tokenId: token.id });
  });

  it('the imported profile, interviews, intake link and waitlist read back through the repositories', async () => {
    const source = await freshDatabase(fromKind);
    const { demo, vetting } = await richWorkspace(source);
    const data = await exportWorkspace({ db: source.db, workspaceId: demo.workspaceId, exportedAt: NOW });

    const target = await freshDatabase(toKind);
    await importWorkspace({ db: target.db, data: parseWorkspaceExport(JSON.parse(serializeExport(data))) });
    const profiles = profilesRepository(target.db, demo.workspaceId);
    expect(await profiles.find()).toEqual({ profile: vetting.profile, version: 2, updatedAt: '2027-02-02T08:00:00.000Z' });
    // The version goes on where it was: a stale save is still refused, the current one still lands.
    expect(await profiles.saveIfVersion(vetting.profile, 1, NOW)).toBe(false);
    expect(await profiles.saveIfVersion(vetting.profile, 2, NOW)).toBe(true);

    const [withGutId] = vetting.interviewIds;
    const interviewedClient = data.interviews.find((i) => i.id === withGutId)!.clientId;
    expect(await interviewsRepository(target.db, demo.workspaceId).findById(interviewedClient, withGutId!)).toMatchObject({ origin: 'freelancer', gut: { feeling: 'unsure' }, vetting: JSON.parse(JSON.stringify(vetting.vetting)) });
    expect(await findWorkspaceByIntakeToken(target.db, ACTIVE_INTAKE_HASH, NOW)).toBe(demo.workspaceId);
    expect(await findWorkspaceByIntakeToken(target.db, REVOKED_INTAKE_HASH, NOW)).toBeUndefined();
    expect((await waitlistRepository(target.db, demo.workspaceId).listOpen()).map((e) => e.clientName)).toEqual(['Busy Season Ltd']);
    expect((await clientsRepository(target.db, demo.workspaceId).findById(vetting.trialClientId))?.isTrial).toBe(true);
  });
});

describe.each(databaseKinds)('the export file on %s', (kind) => {
  it('holds one workspace only, sorted, with every kind of row and no sessions', async () => {
    const database = await freshDatabase(kind);
    const { demo } = await richWorkspace(database);
    await seedDemoWorkspace({ deps: depsFor(database), content: demoContent, isForced: true });
    await logIn({ deps: depsFor(database), email: demo.email, password: demoPassword, sessionDays: 30 });

    const data = await exportWorkspace({ db: database.db, workspaceId: demo.workspaceId, exportedAt: NOW });
    expect(data).toMatchObject({ format: 'sana-export', version: 1, exportedAt: NOW, workspace: { id: demo.workspaceId, timeZone: 'Europe/Madrid', currency: 'EUR' } });
    expect(data.users.map((u) => u.email)).toEqual(['demo@sana.local']);
    expect(data.users[0]!.passwordHash).toMatch(/^scrypt\$/);
    expect(data.clients).toHaveLength(14);
    expect(Object.keys(data)).not.toContain('sessions');
    const eventTimes = data.events.map((e) => e.occurredAt);
    expect(eventTimes).toEqual([...eventTimes].sort());
    expect(data.clients.find((c) => c.name === 'Señora Muñoz — café ☕')).toMatchObject({ isNotesConfidential: true, stage: 'declined', archivedAt: NOW });
    expect(data.events.find((e) => e.payload.summary === 'Señora Muñoz — café ☕ (confidential)')).toMatchObject({ isConfidential: true, occurredAt: '2027-02-27T17:00:00.000Z' });
  });

  it('holds the profile as JSON, the interviews, intake links and waitlist sorted, and no other workspace’s rows', async () => {
    const database = await freshDatabase(kind);
    const { demo, vetting } = await richWorkspace(database);
    // A second workspace with one row of every new kind: none of it may leak into the first one's file.
    const other = await insertWorkspace(database.db, 'Other');
    await profilesRepository(database.db, other).saveIfVersion(starterProfile('Pacific/Auckland', 'NZD'), 0, NOW);
    const otherClient = await clientsRepository(database.db, other).insert(clientFields({ name: 'Other Client' }), NOW);
    await interviewsRepository(database.db, other).insert({ clientId: otherClient, origin: 'intake', answers: blankInterview(), gut: null, vetting: { ...vetting.vetting, recommendation: null } }, NOW);
    await intakeLinksRepository(database.db, other).insert('c'.repeat(64), NOW, '2027-09-01T00:00:00.000Z');
    await waitlistRepository(database.db, other).insert({ clientId: otherClient, reason: 'other', note: 'other workspace', followUpOn: '2027-03-01' }, NOW);

    const data = await exportWorkspace({ db: database.db, workspaceId: demo.workspaceId, exportedAt: NOW });
    expect(data.profile).toEqual({ document: vetting.profile, version: 2, updatedAt: '2027-02-02T08:00:00.000Z' });
    expect(data.interviews.map((i) => [i.origin, i.gutFeeling, i.recommendation, i.createdAt])).toEqual([
      ['freelancer', 'unsure', vetting.vetting.recommendation.recommendation, '2027-02-15T10:00:00.000Z'],
      ['intake', null, null, '2027-02-16T10:00:00.000Z'],
    ]);
    expect(data.interviews[0]!.vetting).toEqual(JSON.parse(JSON.stringify(vetting.vetting)));
    expect(data.interviews[1]).toMatchObject({ gutNote: '', vetting: { recommendation: null }, answers: { notes: 'Escrito por el cliente 🙂' } });
    expect(data.intakeLinks.map((l) => [l.tokenHash, l.revokedAt])).toEqual([
      [REVOKED_INTAKE_HASH, '2027-02-01T00:00:00.000Z'],
      [ACTIVE_INTAKE_HASH, null],
    ]);
    expect(data.waitlistEntries.map((w) => [w.reason, w.followUpOn, w.closedAt])).toEqual([
      ['asked_while_busy', '2027-09-01', null],
      ['referral', '2027-03-15', '2027-02-20T10:00:00.000Z'],
    ]);
    expect(data.clients.filter((c) => c.isTrial).map((c) => c.id)).toEqual([vetting.trialClientId]);
    const clientIds = new Set(data.clients.map((c) => c.id));
    expect([...data.interviews, ...data.waitlistEntries].every((row) => clientIds.has(row.clientId))).toBe(true);
    expect(serializeExport(data)).not.toMatch(/Other Client|other workspace|Pacific\/Auckland|cccccccc/);
  });

  it('writes "profile": null for a workspace that never saved one', async () => {
    const database = await freshDatabase(kind);
    const demo = await seedDemoWorkspace({ deps: depsFor(database), content: { ...demoContent, profile: undefined }, isForced: false });
    const data = await exportWorkspace({ db: database.db, workspaceId: demo.workspaceId, exportedAt: NOW });
    expect(data).toMatchObject({ profile: null, interviews: [], intakeLinks: [], waitlistEntries: [] });
    const target = await freshDatabase(kind);
    await importWorkspace({ db: target.db, data: parseWorkspaceExport(JSON.parse(serializeExport(data))) });
    expect(serializeExport(await exportWorkspace({ db: target.db, workspaceId: demo.workspaceId, exportedAt: NOW }))).toBe(serializeExport(data));
  });

  it('answers not found for a workspace id the database does not hold', async () => {
    const database = await freshDatabase(kind);
    await expect(exportWorkspace({ db: database.db, workspaceId: 'no-such-workspace', exportedAt: NOW })).rejects.toThrow(/no-such-workspace was not found/);
  });
});
