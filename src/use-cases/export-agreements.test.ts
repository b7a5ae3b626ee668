// Agreements travel with the workspace export: versions, comments, signatures, templates and the audit trail, which
// still verifies after the import because its rows (hashes included) are copied exactly.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpOwner, type TestApp } from '../../tests/support/test-app.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../tests/support/test-database.ts';
import { exportWorkspace, serializeExport } from './export-workspace.ts';
import { importWorkspace, parseWorkspaceExport } from './import-workspace.ts';
import { verifyAgreement } from './verify-agreement.ts';
import { createClock } from '../clock.ts';

const NOW = '2027-03-02T00:00:00.000Z';
const pairs = databaseKinds.flatMap((from) => databaseKinds.map((to) => [from, to] as const));

describe.each(pairs)('agreements exported from %s, imported into %s', (fromKind, toKind) => {
  const opened: (TestApp | TestDatabase)[] = [];
  afterAll(async () => {
    for (const handle of opened) await ('app' in handle ? handle.close() : handle.drop());
  });

  it('round-trip byte-identical, and the signed contract still verifies as intact', async () => {
    const source = await createTestApp(fromKind);
    opened.push(source);
    const owner = await setUpOwner(source.app);
    const client = (await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Lucía', timeZone: 'UTC', language: 'es', currency: 'EUR', contacts: [{ email: 'lucia@example.com' }] } })).json();
    const proposal = (await owner.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId: client.id, templateId: 'starter-podcast-producer-es' } })).json();
    await owner.request({ method: 'POST', url: `/api/v1/agreements/${proposal.id}/send` });
    const token = (await owner.request({ method: 'GET', url: '/api/v1/outbox' })).json().items.map((m: { bodyText: string }) => /\/p\/([\w-]+)\/agreements\//.exec(m.bodyText)?.[1]).find(Boolean);
    const asClient = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) => source.app.inject({ method, url: `/api/v1/portal/${token}/agreements/${url}`, payload, remoteAddress: '203.0.113.7', headers: { 'user-agent': 'Test browser' } });
    await asClient('GET', proposal.id);
    await asClient('POST', `${proposal.id}/comments`, { body: 'Todo bien.' });
    const contractId = (await asClient('POST', `${proposal.id}/accept`, { version: 1 })).json().contract.id;
    await owner.request({ method: 'POST', url: `/api/v1/agreements/${contractId}/sign`, payload: { version: 1, fullName: 'Owner', hasConsented: true } });
    expect((await asClient('POST', `${contractId}/sign`, { version: 1, fullName: 'Lucía Ortega', hasConsented: true })).json().status).toBe('signed');
    await owner.request({ method: 'POST', url: '/api/v1/agreement-templates', payload: { name: 'Mine', language: 'es', document: { cost: { currency: 'EUR' } } } });

    const first = serializeExport(await exportWorkspace({ db: source.database.db, workspaceId: owner.workspaceId, exportedAt: NOW }));
    const data = parseWorkspaceExport(JSON.parse(first));
    expect([data.agreements.length, data.agreementVersions.length, data.agreementComments.length, data.agreementSignatures.length, data.agreementTemplates.length]).toEqual([2, 2, 1, 2, 1]);
    expect(data.agreementAudit.length).toBeGreaterThan(8);

    const target = await createTestDatabase(toKind);
    opened.push(target);
    await importWorkspace({ db: target.db, data });
    expect(serializeExport(await exportWorkspace({ db: target.db, workspaceId: owner.workspaceId, exportedAt: NOW }))).toBe(first);
    const ctx = { db: target.db, clock: createClock(NOW), email: { isSmtpConfigured: false }, publicUrl: 'http://localhost', workspaceId: owner.workspaceId, userId: null };
    expect(await verifyAgreement({ ctx, agreementId: contractId })).toMatchObject({ isIntact: true });
    expect(await verifyAgreement({ ctx, agreementId: proposal.id })).toMatchObject({ isIntact: true });
  });

  it('a file written before agreements existed imports with none', () => {
    const minimal = { format: 'sana-export', version: 1, exportedAt: NOW, workspace: { id: 'w', name: 'W', language: 'en', timeZone: 'UTC', currency: 'EUR', createdAt: NOW }, users: [{ id: 'u', name: 'U', email: 'u@example.com', passwordHash: 'x', language: 'en', createdAt: NOW }], apiTokens: [], clients: [], contacts: [], events: [], profile: null, interviews: [], waitlistEntries: [], intakeLinks: [], outbox: [] };
    expect(parseWorkspaceExport(minimal)).toMatchObject({ agreements: [], agreementAudit: [], agreementTemplates: [] });
  });
});
