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

/** The demo plus what the demo lacks: an API token, a confidential note with unicode, an archived client. */
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
  return { demo, token, clientId: client.id };
}

const pairs = databaseKinds.flatMap((from) => databaseKinds.map((to) => [from, to] as const));

describe.each(pairs)('export from %s, import into %s', (fromKind, toKind) => {
  it('export → import into an empty database → export gives byte-identical JSON', async () => {
    const source = await freshDatabase(fromKind);
    const { demo } = await richWorkspace(source);
    const first = serializeExport(await exportWorkspace({ db: source.db, workspaceId: demo.workspaceId, exportedAt: NOW }));

    const target = await freshDatabase(toKind);
    const report = await importWorkspace({ db: target.db, data: parseWorkspaceExport(JSON.parse(first)) });
    expect(report.counts).toMatchObject({ users: 1, apiTokens: 1, clients: 9, outbox: 1 });
    const second = serializeExport(await exportWorkspace({ db: target.db, workspaceId: demo.workspaceId, exportedAt: NOW }));

    expect(second).toBe(first);
    expect(first).toContain('Señora Muñoz — café ☕');
    expect(first).toContain('Nota confidencial');
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
    expect(data.clients).toHaveLength(9);
    expect(Object.keys(data)).not.toContain('sessions');
    const eventTimes = data.events.map((e) => e.occurredAt);
    expect(eventTimes).toEqual([...eventTimes].sort());
    expect(data.clients.find((c) => c.name === 'Señora Muñoz — café ☕')).toMatchObject({ isNotesConfidential: true, stage: 'declined', archivedAt: NOW });
    expect(data.events.find((e) => e.payload.summary === 'Señora Muñoz — café ☕ (confidential)')).toMatchObject({ isConfidential: true, occurredAt: '2027-02-27T17:00:00.000Z' });
  });

  it('answers not found for a workspace id the database does not hold', async () => {
    const database = await freshDatabase(kind);
    await expect(exportWorkspace({ db: database.db, workspaceId: 'no-such-workspace', exportedAt: NOW })).rejects.toThrow(/no-such-workspace was not found/);
  });
});
