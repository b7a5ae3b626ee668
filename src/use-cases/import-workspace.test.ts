// Importing is all or nothing: a bad file names the field and writes nothing; a collision is refused and writes nothing.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../tests/support/test-database.ts';
import { demoContent } from '../cli/demo/demo-clients.ts';
import { seedDemoWorkspace } from './seed-demo-workspace.ts';
import { exportWorkspace, serializeExport, type WorkspaceExport } from './export-workspace.ts';
import { formatPath, importWorkspace, parseWorkspaceExport } from './import-workspace.ts';
import { createApiToken } from './manage-api-tokens.ts';
import { clientFields, insertWorkspace } from '../../tests/support/storage-factories.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { profilesRepository } from '../db/repositories/profiles.ts';
import { interviewsRepository } from '../db/repositories/interviews.ts';
import { intakeLinksRepository } from '../db/repositories/intake-links.ts';
import { waitlistRepository } from '../db/repositories/waitlist.ts';
import { starterProfile } from '../domain/profile/starter-profile.ts';
import { blankInterview } from '../domain/vetting/interview.ts';

const NOW = '2027-03-01T09:00:00.000Z';
const tables = ['workspaces', 'users', 'sessions', 'api_tokens', 'clients', 'client_contacts', 'events', 'outbox', 'profiles', 'interviews', 'intake_links', 'waitlist_entries'] as const;

async function snapshot(database: TestDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return counts;
}

const empty = Object.fromEntries(tables.map((t) => [t, 0]));

const INTAKE_HASH = 'f'.repeat(64);
/** A small stored vetting: the file keeps it as JSON without looking inside. */
const storedVetting = { fit: { dimensions: [], counts: { fits: 0, negotiable: 0, conflict: 0, unknown: 0 } }, desperation: { status: 'unknown', runwayMonths: 2.5 }, recommendation: { recommendation: 'good_fit', because: [] } };

/** A real export (demo workspace plus an API token, a profile, an interview, an intake link and a waitlist entry) as the text `sana export` writes. */
let exportText: string;
beforeAll(async () => {
  const source = await createTestDatabase('sqlite');
  try {
    const deps = { db: source.db, clock: createClock(NOW), email: { isSmtpConfigured: false }, publicUrl: 'http://localhost:3000' };
    const demo = await seedDemoWorkspace({ deps, content: demoContent, isForced: false });
    await createApiToken({ ctx: { ...deps, workspaceId: demo.workspaceId, userId: null }, name: 'zapier' });
    const ws = demo.workspaceId;
    await profilesRepository(source.db, ws).saveIfVersion(starterProfile('Europe/Madrid', 'EUR'), 0, NOW);
    const prospect = await clientsRepository(source.db, ws).insert(clientFields({ name: 'Prospect', stage: 'waitlist' }), NOW);
    await interviewsRepository(source.db, ws).insert({ clientId: prospect, origin: 'freelancer', answers: blankInterview(), gut: { feeling: 'at_ease', note: '' }, vetting: storedVetting as never }, NOW);
    await intakeLinksRepository(source.db, ws).insert(INTAKE_HASH, NOW, '2027-09-01T00:00:00.000Z');
    await waitlistRepository(source.db, ws).insert({ clientId: prospect, reason: 'asked_while_busy', note: '', followUpOn: '2027-06-01' }, NOW);
    exportText = serializeExport(await exportWorkspace({ db: source.db, workspaceId: demo.workspaceId, exportedAt: NOW }));
  } finally {
    await source.drop();
  }
});

function exported(): WorkspaceExport {
  return JSON.parse(exportText) as WorkspaceExport;
}

/** The file as plain JSON, so a test can write values the format forbids. */
type LooseExport = { interviews: Record<string, unknown>[]; waitlistEntries: Record<string, unknown>[]; intakeLinks: Record<string, unknown>[]; profile: Record<string, unknown> };
function loosely(data: WorkspaceExport): LooseExport {
  return data as unknown as LooseExport;
}

function validationErrorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('reading an export file', () => {
  it('names the bad field by its path', () => {
    const data = exported() as unknown as { clients: { stage: string }[]; users: { email?: string }[] };
    data.clients[2]!.stage = 'almost-signed';
    delete data.users[0]!.email;
    const error = validationErrorOf(() => parseWorkspaceExport(data));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain('clients[2].stage');
    expect(error.message).toContain('users[0].email');
    expect(error.details.errors?.map((e) => e.field).sort()).toEqual(['clients[2].stage', 'users[0].email']);
  });

  it('names events that point at a client the file lacks', () => {
    const data = exported();
    data.events[4]!.clientId = 'missing-client';
    const error = validationErrorOf(() => parseWorkspaceExport(data));
    expect(error.message).toMatch(/events\[4\]\.clientId: No client with id missing-client/);
  });

  it('says when the file is not a Sana export at all, or comes from a newer Sana', () => {
    expect(validationErrorOf(() => parseWorkspaceExport({ hello: 'world' })).message).toMatch(/not a Sana export.*"format" must be "sana-export"/);
    expect(validationErrorOf(() => parseWorkspaceExport([1, 2])).message).toMatch(/not a Sana export/);
    expect(validationErrorOf(() => parseWorkspaceExport({ ...exported(), version: 2 })).message).toMatch(/version 2.*Upgrade Sana/);
  });

  it('names interviews and waitlist entries that point at a client the file lacks', () => {
    const data = exported();
    data.interviews[0]!.clientId = 'missing-client';
    data.waitlistEntries[0]!.clientId = 'gone-client';
    const error = validationErrorOf(() => parseWorkspaceExport(data));
    expect(error.details.errors).toEqual([
      { field: 'interviews[0].clientId', message: 'No client with id missing-client in this file.' },
      { field: 'waitlistEntries[0].clientId', message: 'No client with id gone-client in this file.' },
    ]);
  });

  it('checks the enums, dates and timestamps of the vetting rows strictly, and their JSON only loosely', () => {
    const data = loosely(exported());
    Object.assign(data.interviews[0]!, { origin: 'website', gutFeeling: 'meh', recommendation: 'maybe', createdAt: 'yesterday', answers: { anything: ['goes', 1, null] }, vetting: { whatever: true } });
    Object.assign(data.waitlistEntries[0]!, { reason: 'bored', followUpOn: '2027-13-01', closedAt: '2027-02-30' });
    Object.assign(data.intakeLinks[0]!, { expiresAt: 'never' });
    data.profile.version = 0;
    const error = validationErrorOf(() => parseWorkspaceExport(data));
    expect(error.details.errors?.map((e) => e.field).sort()).toEqual([
      'intakeLinks[0].expiresAt',
      'interviews[0].createdAt',
      'interviews[0].gutFeeling',
      'interviews[0].origin',
      'interviews[0].recommendation',
      'profile.version',
      'waitlistEntries[0].closedAt',
      'waitlistEntries[0].followUpOn',
      'waitlistEntries[0].reason',
    ]);
  });

  it('refuses a JSON blob that is not an object', () => {
    const data = loosely(exported());
    data.profile.document = 'a string';
    data.interviews[0]!.answers = [1, 2];
    data.interviews[0]!.vetting = 3;
    const error = validationErrorOf(() => parseWorkspaceExport(data));
    expect(error.details.errors?.map((e) => e.field).sort()).toEqual(['interviews[0].answers', 'interviews[0].vetting', 'profile.document']);
  });

  it('refuses an intake link hash or an interview id listed twice', () => {
    const data = exported();
    data.intakeLinks.push({ ...data.intakeLinks[0]!, id: 'second-link' });
    data.interviews.push({ ...data.interviews[0]! });
    const error = validationErrorOf(() => parseWorkspaceExport(data));
    expect(error.details.errors?.map((e) => e.field).sort()).toEqual(['intakeLinks[1].tokenHash', 'interviews[1].id']);
  });

  it('accepts a file without a profile', () => {
    expect(parseWorkspaceExport({ ...exported(), profile: null }).profile).toBeNull();
  });

  it('formats paths the way people read them', () => {
    expect(formatPath(['events', 3, 'payload', 'summary'])).toBe('events[3].payload.summary');
    expect(formatPath([])).toBe('(the file itself)');
  });
});

describe.each(databaseKinds)('importing on %s', (kind) => {
  let database: TestDatabase;
  afterEach(async () => {
    await database.drop();
  });

  it('writes nothing when a row fails inside the transaction', async () => {
    database = await createTestDatabase(kind);
    // Bypasses the file check on purpose: the outbox goes in last, so every other table was written when the database refuses the duplicate key.
    const data = exported();
    data.outbox.push({ ...data.outbox[0]!, id: 'second-email' });
    await expect(importWorkspace({ db: database.db, data })).rejects.toThrow();
    expect(await snapshot(database)).toEqual(empty);
  });

  it('writes nothing when an intake link hash is refused inside the transaction', async () => {
    database = await createTestDatabase(kind);
    // Bypasses the file check on purpose: the unique index on token_hash refuses the second link after everything before it was written.
    const data = exported();
    data.intakeLinks.push({ ...data.intakeLinks[0]!, id: 'second-link' });
    await expect(importWorkspace({ db: database.db, data })).rejects.toThrow();
    expect(await snapshot(database)).toEqual(empty);
  });

  it('imports every kind of row, the new ones included', async () => {
    database = await createTestDatabase(kind);
    const report = await importWorkspace({ db: database.db, data: parseWorkspaceExport(exported()) });
    expect(report.counts).toMatchObject({ profiles: 1, interviews: 1, intakeLinks: 1, waitlistEntries: 1 });
    expect(await snapshot(database)).toMatchObject({ profiles: 1, interviews: 1, intake_links: 1, waitlist_entries: 1, sessions: 0 });
  });

  it('refuses an intake link whose hash is already in use in this database, and writes nothing', async () => {
    database = await createTestDatabase(kind);
    const other = await insertWorkspace(database.db, 'Other');
    await intakeLinksRepository(database.db, other).insert(INTAKE_HASH, NOW, '2027-09-01T00:00:00.000Z');
    const before = await snapshot(database);
    await expect(importWorkspace({ db: database.db, data: parseWorkspaceExport(exported()) })).rejects.toThrow(/intake link in this file is already in use.*nothing was imported/s);
    expect(await snapshot(database)).toEqual(before);
  });

  it.each(['interviews', 'waitlist_entries', 'intake_links'] as const)('refuses a row of %s whose id is already taken, and writes nothing', async (table) => {
    database = await createTestDatabase(kind);
    const data = exported();
    const other = await insertWorkspace(database.db, 'Other');
    const client = await clientsRepository(database.db, other).insert(clientFields(), NOW);
    const common = { workspace_id: other, created_at: NOW };
    if (table === 'interviews') {
      await database.db.insertInto('interviews').values({ ...common, id: data.interviews[0]!.id, client_id: client, origin: 'intake', answers: '{}', gut_feeling: null, gut_note: '', vetting: null, recommendation: null }).execute();
    } else if (table === 'waitlist_entries') {
      await database.db.insertInto('waitlist_entries').values({ ...common, id: data.waitlistEntries[0]!.id, client_id: client, reason: 'other', note: '', follow_up_on: '2027-06-01', closed_at: null }).execute();
    } else {
      await database.db.insertInto('intake_links').values({ ...common, id: data.intakeLinks[0]!.id, token_hash: 'other-hash', expires_at: NOW, revoked_at: null }).execute();
    }
    const before = await snapshot(database);
    await expect(importWorkspace({ db: database.db, data: parseWorkspaceExport(data) })).rejects.toThrow(new RegExp(`already holds a row of ${table} with id .*imported before`));
    expect(await snapshot(database)).toEqual(before);
  });

  it('refuses a database that already holds the workspace, says what to do, and writes nothing', async () => {
    database = await createTestDatabase(kind);
    await importWorkspace({ db: database.db, data: parseWorkspaceExport(exported()) });
    const before = await snapshot(database);
    await expect(importWorkspace({ db: database.db, data: parseWorkspaceExport(exported()) })).rejects.toThrow(/already holds the workspace .*nothing was imported.*empty database/s);
    expect(await snapshot(database)).toEqual(before);
  });

  it('refuses when one of the emails already has an account elsewhere, and writes nothing', async () => {
    database = await createTestDatabase(kind);
    const deps = { db: database.db, clock: createClock(NOW), email: { isSmtpConfigured: false }, publicUrl: 'http://localhost:3000' };
    await seedDemoWorkspace({ deps, content: demoContent, isForced: false });
    const before = await snapshot(database);
    await expect(importWorkspace({ db: database.db, data: parseWorkspaceExport(exported()) })).rejects.toThrow(/demo@sana\.local.*nothing was imported/s);
    expect(await snapshot(database)).toEqual(before);
  });

  it('refuses rows whose ids are already taken, even under a renamed workspace id', async () => {
    database = await createTestDatabase(kind);
    await importWorkspace({ db: database.db, data: parseWorkspaceExport(exported()) });
    const before = await snapshot(database);
    const copy = exported();
    copy.workspace.id = 'renamed-workspace';
    copy.users[0]!.email = 'someone-else@example.com';
    await expect(importWorkspace({ db: database.db, data: parseWorkspaceExport(copy) })).rejects.toThrow(/already holds a row of users with id .*imported before/);
    expect(await snapshot(database)).toEqual(before);
  });
});
