// Deliverables travel with the workspace export: their rows and, once per file, its bytes, so an import into another
// data folder gives back the same downloads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpOwner, type TestApp } from '../../tests/support/test-app.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../tests/support/test-database.ts';
import { multipart, sentContract } from '../http/routes/deliverables.test-support.ts';
import { exportWorkspace, serializeExport } from './export-workspace.ts';
import { importWorkspace, parseWorkspaceExport } from './import-workspace.ts';
import { getDeliverableFile } from './get-deliverable-file.ts';
import { createClock } from '../clock.ts';

const NOW = '2027-03-02T00:00:00.000Z';
const pairs = databaseKinds.flatMap((from) => databaseKinds.map((to) => [from, to] as const));

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe.each(pairs)('deliverables exported from %s, imported into %s', (fromKind, toKind) => {
  const opened: (TestApp | TestDatabase)[] = [];
  const folders: string[] = [];
  afterAll(async () => {
    for (const handle of opened) await ('app' in handle ? handle.close() : handle.drop());
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('round-trips byte-identical, and the imported workspace serves the same file from its own data folder', async () => {
    const source = await createTestApp(fromKind);
    opened.push(source);
    const owner = await setUpOwner(source.app);
    const client = (await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Lucía', timeZone: 'UTC', language: 'es', currency: 'EUR', contacts: [{ email: 'lucia@example.com' }] } })).json();
    const contractId = await sentContract(owner, client.id);
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256));
    const file = { name: 'logo final.png', type: 'image/png', bytes };
    const upload = async (title: string, isFinal: string) => (await owner.request({ method: 'POST', url: `/api/v1/agreements/${contractId}/deliverables`, ...(await multipart({ title, isFinal }, file)) })).json();
    const held = await upload('Logo final', 'true');
    await upload('Logo (copia)', 'false');
    await owner.request({ method: 'POST', url: `/api/v1/agreements/${contractId}/deliverables`, payload: { title: 'Carpeta', url: 'https://example.com/carpeta' } });

    const first = serializeExport(await exportWorkspace({ db: source.database.db, workspaceId: owner.workspaceId, exportedAt: NOW, filesDir: source.deps.filesDir }));
    const data = parseWorkspaceExport(JSON.parse(first));
    expect(data.deliverables.map((d) => d.title).sort()).toEqual(['Carpeta', 'Logo (copia)', 'Logo final']);
    // Two deliverables, the same bytes: the file is in the export once.
    expect(data.deliverableFiles).toHaveLength(1);
    expect(Buffer.from(data.deliverableFiles[0]!.contentBase64, 'base64').equals(bytes)).toBe(true);

    const target = await createTestDatabase(toKind);
    opened.push(target);
    const targetFiles = fs.mkdtempSync(path.join(os.tmpdir(), 'sana-import-files-'));
    folders.push(targetFiles);
    await importWorkspace({ db: target.db, data, filesDir: targetFiles });
    expect(serializeExport(await exportWorkspace({ db: target.db, workspaceId: owner.workspaceId, exportedAt: NOW, filesDir: targetFiles }))).toBe(first);
    const ctx = { db: target.db, clock: createClock(NOW), email: { isSmtpConfigured: false }, publicUrl: 'http://localhost', filesDir: targetFiles, workspaceId: owner.workspaceId, userId: null };
    const restored = await getDeliverableFile({ ctx, deliverableId: held.id });
    expect(restored).toMatchObject({ fileName: 'logo final.png', mediaType: 'image/png', sizeBytes: 3000 });
    expect((await readAll(restored.stream)).equals(bytes)).toBe(true);
  });

  it('a file whose bytes were changed is refused, naming where', () => {
    const base = { format: 'sana-export', version: 1, exportedAt: NOW, workspace: { id: 'w', name: 'W', language: 'en', timeZone: 'UTC', currency: 'EUR', createdAt: NOW }, users: [{ id: 'u', name: 'U', email: 'u@example.com', passwordHash: 'x', language: 'en', createdAt: NOW }], apiTokens: [], clients: [], contacts: [], events: [], profile: null, interviews: [], waitlistEntries: [], intakeLinks: [], outbox: [] };
    expect(parseWorkspaceExport(base)).toMatchObject({ deliverables: [], deliverableFiles: [] });
    const tampered = { ...base, deliverableFiles: [{ sha256: 'a'.repeat(64), sizeBytes: 3, contentBase64: Buffer.from('abc').toString('base64') }] };
    expect(() => parseWorkspaceExport(tampered)).toThrow(/deliverableFiles\[0\]\.contentBase64/);
  });
});
