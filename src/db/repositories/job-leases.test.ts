// Storage suite for job leases: whoever moves locked_until forward first holds the job, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../tests/support/test-database.ts';
import { connect, type DatabaseHandle } from '../connect.ts';
import { jobLeasesRepository } from './job-leases.ts';

describe.each(databaseKinds)('job leases on %s', (kind) => {
  let database: TestDatabase;
  let second: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    second = database.sqlitePath ? connect({ kind: 'sqlite', path: database.sqlitePath }) : connect({ kind: 'postgres', url: database.url, poolSize: 2 });
  });
  afterAll(async () => {
    await second?.close();
    await database?.drop();
  });

  test('the first acquirer holds the lease until it expires or is released', async () => {
    const leases = jobLeasesRepository(database.db);
    expect(await leases.tryAcquire('nightly', 'server-1', '2027-03-01T09:00:00.000Z', '2027-03-01T09:10:00.000Z')).toBe(true);
    expect(await leases.tryAcquire('nightly', 'server-2', '2027-03-01T09:05:00.000Z', '2027-03-01T09:15:00.000Z')).toBe(false);
    expect(await leases.tryAcquire('nightly', 'server-2', '2027-03-01T09:10:00.000Z', '2027-03-01T09:20:00.000Z')).toBe(true);
    // server-1 lost it: its release must not free server-2's lease.
    await leases.release('nightly', 'server-1', '2027-03-01T09:11:00.000Z');
    expect(await leases.tryAcquire('nightly', 'server-3', '2027-03-01T09:12:00.000Z', '2027-03-01T09:22:00.000Z')).toBe(false);
    await leases.release('nightly', 'server-2', '2027-03-01T09:12:00.000Z');
    expect(await database.db.selectFrom('job_leases').selectAll().where('name', '=', 'nightly').executeTakeFirst()).toEqual({
      name: 'nightly',
      owner: 'server-2',
      locked_until: '2027-03-01T09:12:00.000Z',
      last_run_at: '2027-03-01T09:12:00.000Z',
    });
    expect(await leases.tryAcquire('nightly', 'server-3', '2027-03-01T09:12:00.000Z', '2027-03-01T09:22:00.000Z')).toBe(true);
  });

  test('of many servers racing for a new lease over separate connections, exactly one wins', async () => {
    const contenders = Array.from({ length: 6 }, (_, i) => jobLeasesRepository(i % 2 === 0 ? database.db : second.db).tryAcquire('race', `server-${i}`, '2027-03-01T09:00:00.000Z', '2027-03-01T09:10:00.000Z'));
    expect((await Promise.all(contenders)).filter(Boolean)).toHaveLength(1);
  });
});
