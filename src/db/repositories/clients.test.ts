// Storage suite for clients and their timeline: same answers on SQLite and PostgreSQL, always inside one workspace.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../tests/support/test-database.ts';
import { clientFields, insertWorkspace } from '../../../tests/support/storage-factories.ts';
import { clientsRepository } from './clients.ts';
import { eventsRepository } from './events.ts';

const NOW = '2027-03-01T09:00:00.000Z';
const LATER = '2027-03-02T10:00:00.000Z';
const query = (overrides: Partial<Parameters<ReturnType<typeof clientsRepository>['list']>[0]> = {}) => ({ limit: 50, offset: 0, archived: 'exclude' as const, ...overrides });

describe.each(databaseKinds)('clients storage on %s', (kind) => {
  let database: TestDatabase;
  let workspaceA: string;
  let workspaceB: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    workspaceA = await insertWorkspace(database.db, 'A');
    workspaceB = await insertWorkspace(database.db, 'B');
  });
  afterAll(async () => {
    await database?.drop();
  });

  test('an inserted client reads back with every field, its contacts in order, version 1', async () => {
    const clients = clientsRepository(database.db, workspaceA);
    const contacts = [
      { name: 'Second', email: 'b@example.com', phone: '' },
      { name: 'First', email: '', phone: '+1 555' },
    ];
    const id = await clients.insert(clientFields({ name: 'Full', company: 'Co', notes: 'n', isNotesConfidential: true, stage: 'contract', source: 'referral', language: 'es', currency: 'JPY', contacts }), NOW);
    expect(await clients.findById(id)).toMatchObject({
      id,
      name: 'Full',
      company: 'Co',
      contacts,
      timeZone: 'Europe/Madrid',
      language: 'es',
      currency: 'JPY',
      source: 'referral',
      stage: 'contract',
      notes: 'n',
      isNotesConfidential: true,
      isArchived: false,
      archivedAt: null,
      version: 1,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(await clients.exists(id)).toBe(true);
  });

  test("another workspace's repository cannot find, update or list the client", async () => {
    const id = await clientsRepository(database.db, workspaceA).insert(clientFields({ name: 'Private Alpha' }), NOW);
    const other = clientsRepository(database.db, workspaceB);
    expect(await other.findById(id)).toBeUndefined();
    expect(await other.exists(id)).toBe(false);
    expect(await other.updateIfVersion(id, 1, { name: 'Stolen' }, LATER)).toBe(false);
    expect((await other.list(query({ q: 'private alpha' }))).total).toBe(0);
    expect((await clientsRepository(database.db, workspaceA).findById(id))?.name).toBe('Private Alpha');
  });

  test('updateIfVersion writes only at the expected version, bumps it and replaces contacts', async () => {
    const clients = clientsRepository(database.db, workspaceA);
    const id = await clients.insert(clientFields({ name: 'Versioned', contacts: [{ name: 'Old', email: '', phone: '' }] }), NOW);
    expect(await clients.updateIfVersion(id, 1, { name: 'Versioned 2', contacts: [{ name: 'New', email: 'n@example.com', phone: '' }] }, LATER)).toBe(true);
    expect(await clients.updateIfVersion(id, 1, { name: 'Stale write' }, LATER)).toBe(false);
    const stored = await clients.findById(id);
    expect(stored).toMatchObject({ name: 'Versioned 2', version: 2, updatedAt: LATER, createdAt: NOW, contacts: [{ name: 'New', email: 'n@example.com', phone: '' }] });
    // A stale write leaves the contacts alone too.
    expect(await clients.updateIfVersion(id, 1, { contacts: [] }, LATER)).toBe(false);
    expect((await clients.findById(id))?.contacts).toHaveLength(1);
  });

  test('archivedAt set and cleared through updateIfVersion', async () => {
    const clients = clientsRepository(database.db, workspaceA);
    const id = await clients.insert(clientFields({ name: 'Archivable' }), NOW);
    await clients.updateIfVersion(id, 1, { archivedAt: LATER }, LATER);
    expect(await clients.findById(id)).toMatchObject({ isArchived: true, archivedAt: LATER });
    await clients.updateIfVersion(id, 2, { archivedAt: null }, LATER);
    expect(await clients.findById(id)).toMatchObject({ isArchived: false, archivedAt: null, version: 3 });
  });

  describe('list', () => {
    let workspace: string;
    beforeAll(async () => {
      workspace = await insertWorkspace(database.db, 'Listing');
      const clients = clientsRepository(database.db, workspace);
      await clients.insert(clientFields({ name: 'beta', company: 'Zeta Labs', stage: 'active', contacts: [{ name: '', email: '', phone: '' }, { name: 'x', email: 'Boss@Beta.example', phone: '' }] }), NOW);
      await clients.insert(clientFields({ name: 'Alpha', stage: 'lead' }), NOW);
      await clients.insert(clientFields({ name: 'Ærø Øst', stage: 'lead' }), NOW);
      await clients.insert(clientFields({ name: '50% off', stage: 'past' }), NOW);
      await clients.insert(clientFields({ name: 'a_b', stage: 'past' }), NOW);
      await clients.insert(clientFields({ name: 'axb', stage: 'past' }), NOW);
      const archivedId = await clients.insert(clientFields({ name: 'Gone', stage: 'past' }), NOW);
      await clients.updateIfVersion(archivedId, 1, { archivedAt: NOW }, NOW);
    });
    const names = async (q: Parameters<typeof query>[0]) => (await clientsRepository(database.db, workspace).list(query(q))).items.map((c) => c.name);

    test('orders by name without case, then id, and reports total as a number', async () => {
      const page = await clientsRepository(database.db, workspace).list(query());
      expect(page.items.map((c) => c.name)).toEqual(['50% off', 'a_b', 'Alpha', 'axb', 'beta', 'Ærø Øst']);
      expect(page.total).toBe(6);
      expect(typeof page.total).toBe('number');
    });

    test('the summary carries the first non-empty contact email as primaryEmail', async () => {
      const [beta] = (await clientsRepository(database.db, workspace).list(query({ q: 'beta' }))).items;
      expect(beta).toMatchObject({ name: 'beta', primaryEmail: 'Boss@Beta.example', stage: 'active', isArchived: false, updatedAt: NOW });
      expect((await clientsRepository(database.db, workspace).list(query({ q: 'alpha' }))).items[0]?.primaryEmail).toBe('');
    });

    test('search is case-insensitive on name, company and contact email, for accented letters too', async () => {
      expect(await names({ q: 'ZETA' })).toEqual(['beta']);
      expect(await names({ q: 'boss@beta' })).toEqual(['beta']);
      expect(await names({ q: 'ærø øst' })).toEqual(['Ærø Øst']);
      expect(await names({ q: 'ÆRØ' })).toEqual(['Ærø Øst']);
    });

    test('LIKE wildcards in the search text match themselves only', async () => {
      expect(await names({ q: '%' })).toEqual(['50% off']);
      expect(await names({ q: 'a_b' })).toEqual(['a_b']);
      expect(await names({ q: '_' })).toEqual(['a_b']);
    });

    test('stage and archived filters combine with paging; total ignores the page', async () => {
      expect(await names({ stage: 'past' })).toEqual(['50% off', 'a_b', 'axb']);
      expect(await names({ stage: 'past', archived: 'only' })).toEqual(['Gone']);
      expect(await names({ stage: 'past', archived: 'include' })).toEqual(['50% off', 'a_b', 'axb', 'Gone']);
      const page = await clientsRepository(database.db, workspace).list(query({ archived: 'include', limit: 2, offset: 2 }));
      expect(page).toMatchObject({ total: 7, limit: 2, offset: 2 });
      expect(page.items.map((c) => c.name)).toEqual(['Alpha', 'axb']);
    });
  });

  describe('events', () => {
    test('append stores the payload as JSON and lists newest first with a numeric total', async () => {
      const clientId = await clientsRepository(database.db, workspaceA).insert(clientFields({ name: 'Timeline' }), NOW);
      const events = eventsRepository(database.db, workspaceA);
      const old = await events.append({ clientId, type: 'note', occurredAt: '2027-01-01T00:00:00.000Z', payload: { summary: 'old', nested: { n: 1 } }, isConfidential: true }, NOW);
      const recent = await events.append({ clientId, type: 'call', occurredAt: '2027-02-01T00:00:00.000Z', payload: { summary: 'recent' }, isConfidential: false }, NOW);
      const page = await events.listForClient(clientId, { limit: 10, offset: 0 });
      expect(page.total).toBe(2);
      expect(typeof page.total).toBe('number');
      expect(page.items).toEqual([recent, old]);
      expect(page.items[1]).toMatchObject({ payload: { summary: 'old', nested: { n: 1 } }, isConfidential: true, createdAt: NOW });
      expect((await events.listForClient(clientId, { limit: 1, offset: 1 })).items).toEqual([old]);
    });

    test("another workspace's events repository sees none of the client's events", async () => {
      const clientId = await clientsRepository(database.db, workspaceA).insert(clientFields({ name: 'Secret timeline' }), NOW);
      await eventsRepository(database.db, workspaceA).append({ clientId, type: 'note', occurredAt: NOW, payload: {}, isConfidential: false }, NOW);
      expect(await eventsRepository(database.db, workspaceB).listForClient(clientId, { limit: 10, offset: 0 })).toEqual({ items: [], total: 0, limit: 10, offset: 0 });
    });
  });
});
