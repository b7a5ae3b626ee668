// Opens what every entry point needs (database, migrations, dependencies) from the config, in one place.
import path from 'node:path';
import { connect, migrateToLatest, type DatabaseHandle } from './db/connect.ts';
import { createClock } from './clock.ts';
import type { Config } from './config.ts';
import type { AppDeps } from './use-cases/context.ts';
import { createSmtpMailer, type Mailer } from './outputs/email/smtp-transport.ts';
import type { JobContext } from './jobs/job.ts';

export type Runtime = {
  config: Config;
  database: DatabaseHandle;
  deps: AppDeps;
  jobContext: JobContext;
  close(): Promise<void>;
};

export async function openRuntime(config: Config, { migrate = true }: { migrate?: boolean } = {}): Promise<Runtime> {
  const database =
    config.databaseKind === 'postgres' ? connect({ kind: 'postgres', url: config.DATABASE_URL }) : connect({ kind: 'sqlite', path: config.sqlitePath });
  if (migrate) await migrateToLatest(database.db);
  const deps: AppDeps = {
    db: database.db,
    clock: createClock(config.SANA_NOW || undefined),
    email: { isSmtpConfigured: config.SMTP_URL !== '' },
    publicUrl: config.publicUrl,
    filesDir: path.resolve(config.SANA_DATA_DIR, 'files'),
  };
  const mailer: Mailer | undefined = config.SMTP_URL ? createSmtpMailer(config.SMTP_URL) : undefined;
  return {
    config,
    database,
    deps,
    jobContext: { ...deps, mailer, smtpFrom: config.SMTP_FROM },
    async close() {
      mailer?.close();
      await database.close();
    },
  };
}
