// The in-memory read caches and raw hot reads (SQLite) must never answer with something a write has already changed.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../tests/support/test-app.ts';
import { databaseKinds } from '../../tests/support/test-database.ts';
import { clientFields, insertWorkspace } from '../../tests/support/storage-factories.ts';
import { clientsRepository, findClient } from './repositories/clients.ts';
import type { Client, ClientPage } from '../schemas/clients.ts';

describe.each(databaseKinds)('read caches on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  let other: Owner;

  beforeAll(async () => {
    t = await createTestApp(kind);
    owner = await setUpOwner(t.app);
    other = await setUpOwner(t.app);
  });
  afterAll(() => t.close());

  async function firstPage(who: Owner, query = ''): Promise<ClientPage> {
    const response = await who.request({ method: 'GET', url: `/api/v1/clients?limit=50${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ClientPage;
  }
  async function addClient(who: Owner, name: string): Promise<Client> {
    const response = await who.request({ method: 'POST', url: '/api/v1/clients', payload: { name, timeZone: 'Europe/Madrid', language: 'en', currency: 'EUR' } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Client;
  }
  const names = (page: ClientPage) => page.items.map((c) => c.name);

  test('a revoked API token is refused on the very next request, though it was just used', async () => {
    const created = await owner.request({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'script' } });
    expect(created.statusCode, created.body).toBe(201);
    const { id, token } = created.json() as { id: string; token: string };
    const asToken = () => t.app.inject({ method: 'GET', url: '/api/v1/clients?limit=50', headers: { authorization: `Bearer ${token}` } });
    expect((await asToken()).statusCode).toBe(200);
    expect((await asToken()).statusCode).toBe(200);
    expect((await owner.request({ method: 'DELETE', url: `/api/v1/tokens/${id}` })).statusCode).toBe(204);
    expect((await asToken()).statusCode).toBe(401);
  });

  test('the first page shows every client write at once: add, rename, archive, restore', async () => {
    const before = await firstPage(owner);
    const added = await addClient(owner, 'Aardvark Cached');
    const afterAdd = await firstPage(owner);
    expect(names(afterAdd)).toContain('Aardvark Cached');
    expect(afterAdd.total).toBe(before.total + 1);

    const renamed = await owner.request({ method: 'PATCH', url: `/api/v1/clients/${added.id}`, payload: { version: added.version, name: 'Aardvark Renamed' } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(names(await firstPage(owner))).toEqual(expect.arrayContaining(['Aardvark Renamed']));
    expect(names(await firstPage(owner))).not.toContain('Aardvark Cached');

    expect((await owner.request({ method: 'DELETE', url: `/api/v1/clients/${added.id}` })).statusCode).toBe(200);
    const afterArchive = await firstPage(owner);
    expect(names(afterArchive)).not.toContain('Aardvark Renamed');
    expect(afterArchive.total).toBe(before.total);
    expect(names(await firstPage(owner, '&archived=only'))).toContain('Aardvark Renamed');

    const archived = (await owner.request({ method: 'GET', url: `/api/v1/clients/${added.id}` })).json() as Client;
    const restored = await owner.request({ method: 'PATCH', url: `/api/v1/clients/${added.id}`, payload: { version: archived.version, isArchived: false } });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(names(await firstPage(owner))).toContain('Aardvark Renamed');
    expect(names(await firstPage(owner, '&archived=only'))).not.toContain('Aardvark Renamed');
  });

  test('a deeper page and its total follow writes too', async () => {
    await firstPage(owner, '&offset=1');
    const before = await firstPage(owner, '&offset=1');
    await addClient(owner, 'Zebra Deep');
    const after = await firstPage(owner, '&offset=1');
    expect(after.total).toBe(before.total + 1);
    expect(names(after)).toContain('Zebra Deep');
  });

  test('cached pages belong to one workspace: another workspace neither sees them nor loses its own', async () => {
    await addClient(other, 'Only Other');
    const otherBefore = await firstPage(other);
    await firstPage(owner);
    await addClient(owner, 'Only Owner');
    expect(names(await firstPage(owner))).not.toContain('Only Other');
    expect(names(await firstPage(owner))).toContain('Only Owner');
    const otherAfter = await firstPage(other);
    expect(otherAfter).toEqual(otherBefore);
    expect(names(otherAfter)).not.toContain('Only Owner');
  });

  test("a read while a transaction is open never sees that transaction's uncommitted rows", async () => {
    const db = t.database.db;
    const workspaceId = await insertWorkspace(db, 'Dirty reads');
    const id = await clientsRepository(db, workspaceId).insert(clientFields({ name: 'Committed' }), '2027-03-01T09:00:00.000Z');
    expect((await findClient(db, workspaceId, id))?.name).toBe('Committed');
    await clientsRepository(db, workspaceId).list({ limit: 50, offset: 0, archived: 'exclude' });
    let readDuring: Promise<Client | undefined> | undefined;
    let listDuring: Promise<ClientPage> | undefined;
    await expect(
      db.transaction().execute(async (trx) => {
        expect(await clientsRepository(trx, workspaceId).updateIfVersion(id, 1, { name: 'Uncommitted' }, '2027-03-01T10:00:00.000Z')).toBe(true);
        readDuring = findClient(db, workspaceId, id);
        listDuring = clientsRepository(db, workspaceId).list({ limit: 50, offset: 0, archived: 'exclude' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await readDuring)?.name).toBe('Committed');
    expect((await listDuring)?.items.map((c) => c.name)).toEqual(['Committed']);
    expect((await findClient(db, workspaceId, id))?.name).toBe('Committed');
  });
});
