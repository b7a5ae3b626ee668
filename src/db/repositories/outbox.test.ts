// Storage suite for the outbox: stored once per key, claimed by one sender at a time, retried and finished.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../tests/support/test-database.ts';
import { insertWorkspace } from '../../../tests/support/storage-factories.ts';
import { outboxDeliveryRepository, outboxRepository } from './outbox.ts';

const NOW = '2027-03-01T09:00:00.000Z';
const email = (key: string) => ({ idempotencyKey: key, to: `${key}@example.com`, subject: `Subject ${key}`, bodyText: 'Body' });

describe.each(databaseKinds)('outbox storage on %s', (kind) => {
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
  const idOf = async (key: string) => (await database.db.selectFrom('outbox').select('id').where('idempotency_key', '=', key).executeTakeFirstOrThrow()).id;

  test('an email is stored once per key within a workspace; the same key in another workspace is a different email', async () => {
    const outboxA = outboxRepository(database.db, workspaceA);
    expect(await outboxA.insertOnce(email('welcome:1'), 'queued', NOW)).toBe(true);
    expect(await outboxA.insertOnce({ ...email('welcome:1'), subject: 'Changed' }, 'queued', NOW)).toBe(false);
    expect(await outboxRepository(database.db, workspaceB).insertOnce(email('welcome:1'), 'stored', NOW)).toBe(true);
    const pageA = await outboxA.list({ limit: 10, offset: 0 });
    expect(pageA.total).toBe(1);
    expect(typeof pageA.total).toBe('number');
    expect(pageA.items[0]).toMatchObject({ subject: 'Subject welcome:1', status: 'queued', attempts: 0, lastError: null, sentAt: null, createdAt: NOW });
    expect((await outboxRepository(database.db, workspaceB).list({ limit: 10, offset: 0 })).items.map((m) => m.status)).toEqual(['stored']);
  });

  test('two simultaneous inserts with one key store one email', async () => {
    const outbox = outboxRepository(database.db, workspaceA);
    const results = await Promise.all([outbox.insertOnce(email('race:1'), 'queued', NOW), outbox.insertOnce(email('race:1'), 'queued', NOW)]);
    expect(results.sort()).toEqual([false, true]);
  });

  test('dueIds lists queued mail that is due and unclaimed, never stored mail, across workspaces', async () => {
    await outboxRepository(database.db, workspaceB).insertOnce(email('due:b'), 'queued', NOW);
    await outboxRepository(database.db, workspaceB).insertOnce(email('future:b'), 'queued', '2027-03-01T10:00:00.000Z');
    const delivery = outboxDeliveryRepository(database.db);
    const due = await delivery.dueIds('2027-03-01T09:30:00.000Z', 100);
    expect(due).toEqual(expect.arrayContaining([await idOf('due:b'), await idOf('race:1')]));
    expect(due).not.toContain(await idOf('future:b'));
    const stored = await database.db.selectFrom('outbox').select('id').where('status', '=', 'stored').execute();
    for (const { id } of stored) expect(due).not.toContain(id);
    expect(await delivery.dueIds('2027-03-01T09:30:00.000Z', 1)).toHaveLength(1);
  });

  test('only one of two simultaneous claims wins, and the claim holds until it expires', async () => {
    const delivery = outboxDeliveryRepository(database.db);
    const id = await idOf('due:b');
    const claims = await Promise.all([delivery.claim(id, NOW, '2027-03-01T09:05:00.000Z'), delivery.claim(id, NOW, '2027-03-01T09:05:00.000Z')]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(claims.find(Boolean)).toMatchObject({ id, status: 'sending', claimed_until: '2027-03-01T09:05:00.000Z' });
    expect(await delivery.dueIds('2027-03-01T09:04:00.000Z', 100)).not.toContain(id);
    expect(await delivery.claim(id, '2027-03-01T09:04:00.000Z', '2027-03-01T09:09:00.000Z')).toBeUndefined();
    expect(await delivery.claim(id, '2027-03-01T09:05:01.000Z', '2027-03-01T09:10:00.000Z')).toBeDefined();
  });

  test('markSent and markAttemptFailed record attempts, errors and the next try; sent and failed mail is never due again', async () => {
    const delivery = outboxDeliveryRepository(database.db);
    const sentId = await idOf('due:b');
    await delivery.markSent(sentId, '2027-03-01T09:06:00.000Z');
    const failedId = await idOf('race:1');
    await delivery.markAttemptFailed(failedId, 'x'.repeat(5000), '2027-03-01T09:07:00.000Z', false);
    let failed = await database.db.selectFrom('outbox').selectAll().where('id', '=', failedId).executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ status: 'queued', attempts: 1, next_attempt_at: '2027-03-01T09:07:00.000Z', claimed_until: null });
    expect(failed.last_error).toHaveLength(1000);
    await delivery.markAttemptFailed(failedId, 'gave up', '2027-03-01T09:08:00.000Z', true);
    failed = await database.db.selectFrom('outbox').selectAll().where('id', '=', failedId).executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ status: 'failed', attempts: 2, last_error: 'gave up' });
    expect(await database.db.selectFrom('outbox').selectAll().where('id', '=', sentId).executeTakeFirstOrThrow()).toMatchObject({ status: 'sent', sent_at: '2027-03-01T09:06:00.000Z', attempts: 1, claimed_until: null });
    const due = await outboxDeliveryRepository(database.db).dueIds('2030-01-01T00:00:00.000Z', 100);
    expect(due).not.toContain(sentId);
    expect(due).not.toContain(failedId);
  });
});
