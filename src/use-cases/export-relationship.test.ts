// Relationship data travels with the workspace export: tuned thresholds and the typed events with their follow-ups,
// so a restored workspace shows the same health card.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpOwner, type TestApp } from '../../tests/support/test-app.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../tests/support/test-database.ts';
import { createClock } from '../clock.ts';
import { exportWorkspace, serializeExport } from './export-workspace.ts';
import { importWorkspace, parseWorkspaceExport } from './import-workspace.ts';
import { loadRelationshipSettings } from './relationship-settings.ts';
import { getClientHealth } from './get-client-health.ts';

const NOW = '2027-03-02T00:00:00.000Z';
const pairs = databaseKinds.flatMap((from) => databaseKinds.map((to) => [from, to] as const));

describe.each(pairs)('relationship data exported from %s, imported into %s', (fromKind, toKind) => {
  const opened: (TestApp | TestDatabase)[] = [];
  afterAll(async () => {
    for (const handle of opened) await ('app' in handle ? handle.close() : handle.drop());
  });

  it('round-trips byte-identical, with the thresholds and the health card unchanged', async () => {
    const source = await createTestApp(fromKind);
    opened.push(source);
    const owner = await setUpOwner(source.app);
    const client = (await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Rush Co', stage: 'active', timeZone: 'UTC', language: 'en', currency: 'EUR' } })).json();
    for (const day of ['10', '11', '12']) {
      await owner.request({ method: 'POST', url: `/api/v1/clients/${client.id}/events`, payload: { type: 'rush_request', summary: `Today please (${day})`, occurredAt: `2027-02-${day}T10:00:00Z`, isTrueEmergency: day === '12' } });
    }
    const concern = (await owner.request({ method: 'POST', url: `/api/v1/clients/${client.id}/events`, payload: { type: 'concern', summary: 'Scope', occurredAt: '2027-02-13T10:00:00Z' } })).json();
    await owner.request({ method: 'POST', url: `/api/v1/clients/${client.id}/events/${concern.id}/resolve`, payload: { notes: 'Agreed' } });
    const settings = (await owner.request({ method: 'GET', url: '/api/v1/settings/relationship' })).json().settings;
    await owner.request({ method: 'PUT', url: '/api/v1/settings/relationship', payload: { settings: { ...settings, concerns: { raiseWithinDays: 5 } }, version: 0 } });
    const cardBefore = (await owner.request({ method: 'GET', url: `/api/v1/clients/${client.id}/health` })).json();

    const first = serializeExport(await exportWorkspace({ db: source.database.db, workspaceId: owner.workspaceId, exportedAt: NOW }));
    const data = parseWorkspaceExport(JSON.parse(first));
    expect(data.settings).toEqual([{ section: 'relationship', document: expect.objectContaining({ concerns: { raiseWithinDays: 5 } }), version: 1, updatedAt: '2027-03-01T09:00:00.000Z' }]);

    const target = await createTestDatabase(toKind);
    opened.push(target);
    const report = await importWorkspace({ db: target.db, data });
    expect(report.counts.settings).toBe(1);
    expect(serializeExport(await exportWorkspace({ db: target.db, workspaceId: owner.workspaceId, exportedAt: NOW }))).toBe(first);
    expect((await loadRelationshipSettings(target.db, owner.workspaceId)).settings.concerns.raiseWithinDays).toBe(5);

    // The restored workspace computes the same card from the same events.
    const ctx = { db: target.db, clock: createClock('2027-03-01T09:00:00Z'), email: { isSmtpConfigured: false }, publicUrl: 'http://localhost:3000', workspaceId: owner.workspaceId, userId: null };
    expect(await getClientHealth({ ctx, clientId: client.id, language: 'en' })).toEqual(cardBefore);
  });
});
