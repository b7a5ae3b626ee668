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

const NOW = '2027-03-01T09:00:00.000Z';
const tables = ['workspaces', 'users', 'sessions', 'api_tokens', 'clients', 'client_contacts', 'events', 'outbox'] as const;

async function snapshot(database: TestDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return counts;
}

const empty = Object.fromEntries(tables.map((t) => [t, 0]));

/** A real export (demo workspace plus an API token) as the text `sana export` writes. */
let exportText: string;
beforeAll(async () => {
  const source = await createTestDatabase('sqlite');
  try {
    const deps = { db: source.db, clock: createClock(NOW), email: { isSmtpConfigured: false }, publicUrl: 'http://localhost:3000' };
    const demo = await seedDemoWorkspace({ deps, content: demoContent, isForced: false });
    await createApiToken({ ctx: { ...deps, workspaceId: demo.workspaceId, userId: null }, name: 'zapier' });
    exportText = serializeExport(await exportWorkspace({ db: source.db, workspaceId: demo.workspaceId, exportedAt: NOW }));
  } finally {
    await source.drop();
  }
});

function exported(): WorkspaceExport {
  return JSON.parse(exportText) as WorkspaceExport;
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
