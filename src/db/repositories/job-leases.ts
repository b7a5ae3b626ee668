// Job leases: a row per job; whoever moves locked_until forward first runs the job, so it runs once across servers.
import type { Db } from '../connect.ts';

export function jobLeasesRepository(db: Db) {
  return {
    async tryAcquire(name: string, owner: string, now: string, lockedUntil: string): Promise<boolean> {
      await db
        .insertInto('job_leases')
        .values({ name, owner: '', locked_until: '1970-01-01T00:00:00.000Z', last_run_at: null })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const result = await db
        .updateTable('job_leases')
        .set({ owner, locked_until: lockedUntil })
        .where('name', '=', name)
        .where('locked_until', '<=', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async release(name: string, owner: string, now: string): Promise<void> {
      await db.updateTable('job_leases').set({ locked_until: now, last_run_at: now }).where('name', '=', name).where('owner', '=', owner).execute();
    },
  };
}
