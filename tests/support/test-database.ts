// Test databases: SQLite always, PostgreSQL too when TEST_DATABASE_URL is set. Each call gets a fresh, migrated, empty one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, migrateToLatest, type DatabaseHandle, type DatabaseKind } from '../../src/db/connect.ts';

export const databaseKinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export type TestDatabase = DatabaseHandle & { url: string; sqlitePath?: string; drop(): Promise<void> };

async function adminQuery(adminUrl: string, sqlText: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sqlText);
  } finally {
    await client.end();
  }
}

/** A fresh empty database of the given kind, migrated; drop() removes it. */
export async function createTestDatabase(kind: DatabaseKind, { migrate = true }: { migrate?: boolean } = {}): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sana-test-'));
    const sqlitePath = path.join(dir, 'sana.db');
    const handle = connect({ kind: 'sqlite', path: sqlitePath });
    if (migrate) await migrateToLatest(handle.db);
    return {
      ...handle,
      url: `sqlite:${sqlitePath}`,
      sqlitePath,
      async drop() {
        await handle.close().catch(() => {});
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set; PostgreSQL tests need it (e.g. postgres://postgres@127.0.0.1:5432/test).');
  const name = `sana_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = connect({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  if (migrate) await migrateToLatest(handle.db);
  return {
    ...handle,
    url: url.toString(),
    async drop() {
      await handle.close().catch(() => {});
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
