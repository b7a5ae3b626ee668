// Portal links travel with the workspace export: same hashes, same states, so a restored client's link still opens.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpOwner, type TestApp } from '../../tests/support/test-app.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../tests/support/test-database.ts';
import { exportWorkspace, serializeExport } from './export-workspace.ts';
import { importWorkspace, parseWorkspaceExport } from './import-workspace.ts';
import { findPortalLinkByTokenHash } from '../db/repositories/portal-links.ts';
import { sha256Hex } from '../security/secrets.ts';

const NOW = '2027-03-02T00:00:00.000Z';
const pairs = databaseKinds.flatMap((from) => databaseKinds.map((to) => [from, to] as const));

describe.each(pairs)('portal links exported from %s, imported into %s', (fromKind, toKind) => {
  const opened: (TestApp | TestDatabase)[] = [];
  afterAll(async () => {
    for (const handle of opened) await ('app' in handle ? handle.close() : handle.drop());
  });

  it('round-trips byte-identical, and an active link keeps opening after the import', async () => {
    const source = await createTestApp(fromKind);
    opened.push(source);
    const owner = await setUpOwner(source.app);
    const client = (await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Lucía', timeZone: 'UTC', language: 'es', currency: 'EUR' } })).json();
    const active = (await owner.request({ method: 'POST', url: `/api/v1/clients/${client.id}/portal-links` })).json();
    const revoked = (await owner.request({ method: 'POST', url: `/api/v1/clients/${client.id}/portal-links` })).json();
    await owner.request({ method: 'DELETE', url: `/api/v1/clients/${client.id}/portal-links/${revoked.id}` });
    await source.app.inject({ method: 'GET', url: `/api/v1/portal/${active.url.split('/').pop()}` });

    const first = serializeExport(await exportWorkspace({ db: source.database.db, workspaceId: owner.workspaceId, exportedAt: NOW }));
    const data = parseWorkspaceExport(JSON.parse(first));
    expect(data.portalLinks.map((l) => [l.id, l.revokedAt !== null, l.lastOpenedAt !== null]).sort()).toEqual(
      [
        [active.id, false, true],
        [revoked.id, true, false],
      ].sort(),
    );

    const target = await createTestDatabase(toKind);
    opened.push(target);
    const report = await importWorkspace({ db: target.db, data });
    expect(report.counts.portalLinks).toBe(2);
    expect(serializeExport(await exportWorkspace({ db: target.db, workspaceId: owner.workspaceId, exportedAt: NOW }))).toBe(first);
    expect(await findPortalLinkByTokenHash(target.db, sha256Hex(active.url.split('/').pop()), '2027-03-01T10:00:00.000Z')).toMatchObject({ id: active.id, clientId: client.id });
  });

  it('a file written before portal links existed imports with none', async () => {
    const source = await createTestApp(fromKind);
    opened.push(source);
    const owner = await setUpOwner(source.app);
    const { portalLinks: _absent, ...older } = await exportWorkspace({ db: source.database.db, workspaceId: owner.workspaceId, exportedAt: NOW });
    const target = await createTestDatabase(toKind);
    opened.push(target);
    const report = await importWorkspace({ db: target.db, data: parseWorkspaceExport(JSON.parse(JSON.stringify(older))) });
    expect(report.counts.portalLinks).toBe(0);
  });
});
