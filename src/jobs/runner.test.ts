// The job runner: a lease per job so one server runs it at a time, failures reported and the lease always released.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createClock } from '../clock.ts';
import { jobLeasesRepository } from '../db/repositories/job-leases.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../tests/support/test-database.ts';
import type { Job, JobContext } from './job.ts';
import { createJobRunner } from './runner.ts';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe.each(databaseKinds)('job runner on %s', (kind) => {
  let database: TestDatabase;
  let jobCount = 0;

  function context(at: string): JobContext {
    return { db: database.db, clock: createClock(at), email: { isSmtpConfigured: false }, publicUrl: 'http://localhost:3000', mailer: undefined, smtpFrom: 'Sana <sana@localhost>' };
  }
  /** Each test gets its own job name, so leases from one test never touch another. */
  function uniqueName(label: string): string {
    jobCount += 1;
    return `${label}-${jobCount}`;
  }
  function lease(name: string) {
    return database.db.selectFrom('job_leases').selectAll().where('name', '=', name).executeTakeFirst();
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.drop();
  });

  test('a job runs, its result is reported, and the lease is released with the time of the run', async () => {
    const name = uniqueName('simple');
    const job: Job = { name, run: async () => ({ done: 3, failed: 1 }) };
    const reports = await createJobRunner(context('2027-03-01T09:00:00Z'), [job]).runOnce();
    expect(reports).toEqual([{ job: name, status: 'ran', result: { done: 3, failed: 1 } }]);
    expect(await lease(name)).toMatchObject({ locked_until: '2027-03-01T09:00:00.000Z', last_run_at: '2027-03-01T09:00:00.000Z' });
  });

  test('while one runner holds the lease, a second runner skips the job (skipped_locked), then runs it once released', async () => {
    const name = uniqueName('slow');
    const started = deferred();
    const finish = deferred();
    let runs = 0;
    const job: Job = {
      name,
      async run() {
        runs += 1;
        started.resolve();
        await finish.promise;
        return { done: 1, failed: 0 };
      },
    };
    const ctx = context('2027-03-01T09:00:00Z');
    const first = createJobRunner(ctx, [job]);
    const second = createJobRunner(ctx, [job]);
    const firstRun = first.runOnce();
    await started.promise;
    expect(await second.runOnce()).toEqual([{ job: name, status: 'skipped_locked' }]);
    finish.resolve();
    expect(await firstRun).toEqual([{ job: name, status: 'ran', result: { done: 1, failed: 0 } }]);
    expect(runs).toBe(1);
    expect((await second.runOnce())[0]?.status).toBe('ran');
    expect(runs).toBe(2);
  });

  test('a lease left by a runner that died expires after 10 minutes', async () => {
    const name = uniqueName('orphan');
    const held = await jobLeasesRepository(database.db).tryAcquire(name, 'dead-server', '2027-03-01T09:00:00.000Z', '2027-03-01T09:10:00.000Z');
    expect(held).toBe(true);
    const job: Job = { name, run: async () => ({ done: 0, failed: 0 }) };
    expect((await createJobRunner(context('2027-03-01T09:09:59Z'), [job]).runOnce())[0]?.status).toBe('skipped_locked');
    expect((await createJobRunner(context('2027-03-01T09:10:00Z'), [job]).runOnce())[0]?.status).toBe('ran');
  });

  test('a job that throws is reported failed, onError hears of it, and the lease is released', async () => {
    const name = uniqueName('broken');
    const errors: [unknown, string][] = [];
    const job: Job = {
      name,
      run: async () => {
        throw new Error('SMTP exploded');
      },
    };
    const runner = createJobRunner(context('2027-03-01T09:00:00Z'), [job], (error, jobName) => errors.push([error, jobName]));
    expect(await runner.runOnce()).toEqual([{ job: name, status: 'failed', error: 'SMTP exploded' }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.[1]).toBe(name);
    expect(await lease(name)).toMatchObject({ locked_until: '2027-03-01T09:00:00.000Z' });
    // Released: another runner may take the job at once, without waiting out the 10-minute lease.
    const other = createJobRunner(context('2027-03-01T09:00:00Z'), [{ name, run: async () => ({ done: 1, failed: 0 }) }]);
    expect((await other.runOnce())[0]?.status).toBe('ran');
  });

  test('a failing job does not stop the jobs after it', async () => {
    const broken: Job = { name: uniqueName('first'), run: async () => Promise.reject(new Error('nope')) };
    const fine: Job = { name: uniqueName('second'), run: async () => ({ done: 2, failed: 0 }) };
    const reports = await createJobRunner(context('2027-03-01T09:00:00Z'), [broken, fine]).runOnce();
    expect(reports.map((r) => r.status)).toEqual(['failed', 'ran']);
  });

  test('start runs a first tick at once, and stop waits for a tick in progress', async () => {
    const name = uniqueName('ticking');
    const started = deferred();
    const finish = deferred();
    let isFinished = false;
    const job: Job = {
      name,
      async run() {
        started.resolve();
        await finish.promise;
        isFinished = true;
        return { done: 0, failed: 0 };
      },
    };
    const runner = createJobRunner(context('2027-03-01T09:00:00Z'), [job]);
    runner.start(60_000);
    await started.promise;
    const stopping = runner.stop();
    finish.resolve();
    await stopping;
    expect(isFinished).toBe(true);
  });
});
