// Storage suite for the waitlist: open entries by follow-up date, closing and rescheduling, inside one workspace.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../tests/support/test-database.ts';
import { clientFields, insertWorkspace } from '../../../tests/support/storage-factories.ts';
import { clientsRepository } from './clients.ts';
import { waitlistRepository } from './waitlist.ts';

const NOW = '2027-03-01T09:00:00.000Z';
const LATER = '2027-03-02T10:00:00.000Z';

describe.each(databaseKinds)('waitlist storage on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function workspaceWithClients(...names: string[]) {
    const workspaceId = await insertWorkspace(database.db);
    const clients = clientsRepository(database.db, workspaceId);
    const ids: string[] = [];
    for (const name of names) ids.push(await clients.insert(clientFields({ name, company: `${name} Co`, stage: 'waitlist' }), NOW));
    return { workspaceId, ids, waitlist: waitlistRepository(database.db, workspaceId) };
  }

  test('an entry reads back with its client name and company', async () => {
    const { ids, waitlist } = await workspaceWithClients('Señora Luna');
    const id = await waitlist.insert({ clientId: ids[0]!, reason: 'asked_while_busy', note: 'Después del verano ☀️', followUpOn: '2027-09-01' }, NOW);
    expect(await waitlist.listOpen()).toEqual([
      { id, clientId: ids[0], clientName: 'Señora Luna', clientCompany: 'Señora Luna Co', reason: 'asked_while_busy', note: 'Después del verano ☀️', followUpOn: '2027-09-01', createdAt: NOW, closedAt: null },
    ]);
  });

  test('listOpen sorts by follow-up date, keeps only those due on or before the given day, and leaves out closed ones', async () => {
    const { ids, waitlist } = await workspaceWithClients('Early', 'Due today', 'Later', 'Closed', 'Closed by client');
    const [early, dueToday, later, closed, closedByClient] = ids as [string, string, string, string, string];
    await waitlist.insert({ clientId: later, reason: 'other', note: '', followUpOn: '2027-04-02' }, NOW);
    await waitlist.insert({ clientId: dueToday, reason: 'referral', note: '', followUpOn: '2027-04-01' }, NOW);
    await waitlist.insert({ clientId: early, reason: 'past_client', note: '', followUpOn: '2027-03-15' }, NOW);
    const closedId = await waitlist.insert({ clientId: closed, reason: 'other', note: '', followUpOn: '2027-03-10' }, NOW);
    await waitlist.insert({ clientId: closedByClient, reason: 'other', note: '', followUpOn: '2027-03-11' }, NOW);
    expect(await waitlist.close(closedId, LATER)).toBe(true);
    await waitlist.closeOpenForClient(closedByClient, LATER);

    expect((await waitlist.listOpen()).map((e) => e.clientName)).toEqual(['Early', 'Due today', 'Later']);
    expect((await waitlist.listOpen('2027-04-01')).map((e) => e.clientName)).toEqual(['Early', 'Due today']);
    expect((await waitlist.listOpen('2027-03-31')).map((e) => e.clientName)).toEqual(['Early']);
    expect(await waitlist.listOpen('2027-03-01')).toEqual([]);
    const closedRow = await database.db.selectFrom('waitlist_entries').select('closed_at').where('id', '=', closedId).executeTakeFirstOrThrow();
    expect(closedRow.closed_at).toBe(LATER);
  });

  test('close and reschedule act on open entries only', async () => {
    const { ids, waitlist } = await workspaceWithClients('Movable');
    const id = await waitlist.insert({ clientId: ids[0]!, reason: 'other', note: '', followUpOn: '2027-05-01' }, NOW);
    expect(await waitlist.reschedule(id, '2027-06-01')).toBe(true);
    expect((await waitlist.listOpen())[0]?.followUpOn).toBe('2027-06-01');
    expect(await waitlist.close(id, LATER)).toBe(true);
    expect(await waitlist.close(id, NOW)).toBe(false);
    expect(await waitlist.reschedule(id, '2027-07-01')).toBe(false);
    expect(await database.db.selectFrom('waitlist_entries').select(['closed_at', 'follow_up_on']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ closed_at: LATER, follow_up_on: '2027-06-01' });
  });

  test("another workspace neither lists nor closes nor reschedules the entries", async () => {
    const a = await workspaceWithClients('Private');
    const b = await workspaceWithClients('Theirs');
    const id = await a.waitlist.insert({ clientId: a.ids[0]!, reason: 'other', note: 'secret', followUpOn: '2027-03-01' }, NOW);
    await b.waitlist.insert({ clientId: b.ids[0]!, reason: 'other', note: '', followUpOn: '2027-03-01' }, NOW);

    expect((await b.waitlist.listOpen()).map((e) => e.clientName)).toEqual(['Theirs']);
    expect(await b.waitlist.close(id, LATER)).toBe(false);
    expect(await b.waitlist.reschedule(id, '2030-01-01')).toBe(false);
    await b.waitlist.closeOpenForClient(a.ids[0]!, LATER);
    expect(await a.waitlist.listOpen()).toMatchObject([{ id, followUpOn: '2027-03-01', closedAt: null, note: 'secret' }]);
  });
});
