// What every use case receives: the database, the clock and the few settings effects need.
import type { Clock } from '../clock.ts';
import type { Db } from '../db/connect.ts';
import type { EmailDelivery } from '../outputs/email/queue-email.ts';

export type AppDeps = {
  db: Db;
  clock: Clock;
  email: EmailDelivery;
  publicUrl: string;
  /** SANA_DATA_DIR/files: uploaded deliverables (see storage/content-store.ts). Absent where nothing is ever uploaded. */
  filesDir?: string;
};

/** A use case acting for one workspace; every query it makes is scoped to workspaceId. */
export type WorkspaceContext = AppDeps & { workspaceId: string; userId: string | null };

export function inTransaction<T>(deps: AppDeps, work: (trx: Db) => Promise<T>): Promise<T> {
  return deps.db.transaction().execute(work);
}
