// Runs the registered jobs on a timer; a lease per job keeps two servers on one database from running it at once.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { toIso } from '../clock.ts';
import { jobLeasesRepository } from '../db/repositories/job-leases.ts';
import type { Job, JobContext, JobResult } from './job.ts';

const LEASE_MINUTES = 10;

export type JobRunReport = { job: string; status: 'ran' | 'skipped_locked' | 'failed'; result?: JobResult; error?: string };

export type JobRunner = {
  runOnce(): Promise<JobRunReport[]>;
  start(intervalMs: number): void;
  stop(): Promise<void>;
};

export function createJobRunner(ctx: JobContext, jobs: Job[], onError: (error: unknown, job: string) => void = () => {}): JobRunner {
  const owner = `${hostname()}:${process.pid}:${randomUUID()}`;
  const leases = jobLeasesRepository(ctx.db);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<JobRunReport[]> | undefined;

  async function runJob(job: Job): Promise<JobRunReport> {
    const now = ctx.clock.now();
    if (!(await leases.tryAcquire(job.name, owner, toIso(now), toIso(now.add({ minutes: LEASE_MINUTES }))))) {
      return { job: job.name, status: 'skipped_locked' };
    }
    try {
      return { job: job.name, status: 'ran', result: await job.run(ctx) };
    } catch (error) {
      onError(error, job.name);
      return { job: job.name, status: 'failed', error: error instanceof Error ? error.message : String(error) };
    } finally {
      await leases.release(job.name, owner, ctx.clock.nowIso());
    }
  }

  async function runOnce(): Promise<JobRunReport[]> {
    const reports: JobRunReport[] = [];
    for (const job of jobs) reports.push(await runJob(job));
    return reports;
  }

  return {
    runOnce,
    start(intervalMs) {
      const tick = () => {
        // Never overlap ticks: a slow run simply delays the next one.
        running ??= runOnce()
          .catch((error) => {
            onError(error, 'runner');
            return [];
          })
          .finally(() => {
            running = undefined;
          });
      };
      tick();
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
