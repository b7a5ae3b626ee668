// SQLite backups: a consistent, checked copy taken beside a live writer; never over the live database or an existing file by accident.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { backupSqliteDatabase } from './backup.ts';

let database: TestDatabase;
let folder: string;

beforeEach(async () => {
  database = await createTestDatabase('sqlite');
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sana-backup-'));
  await database.db.insertInto('workspaces').values({ id: 'ws-1', name: 'Café ☕ studio', language: 'es', time_zone: 'Europe/Madrid', currency: 'EUR', created_at: '2027-03-01T09:00:00.000Z' }).execute();
});

afterEach(async () => {
  await database.drop();
  fs.rmSync(folder, { recursive: true, force: true });
});

function readBack(file: string) {
  const copy = new SqliteDatabase(file, { readonly: true });
  try {
    return {
      integrity: copy.pragma('integrity_check', { simple: true }),
      workspaces: copy.prepare('select id, name from workspaces order by id').all() as { id: string; name: string }[],
    };
  } finally {
    copy.close();
  }
}

describe('backing up a SQLite database', () => {
  it('writes a copy that passes the integrity check and holds the rows, readable by its owner only', () => {
    const target = path.join(folder, 'copy.db');
    const backup = backupSqliteDatabase({ sourcePath: database.sqlitePath!, targetPath: target });
    expect(backup).toMatchObject({ path: target, integrity: 'ok' });
    expect(backup.bytes).toBe(fs.statSync(target).size);
    expect(readBack(target)).toEqual({ integrity: 'ok', workspaces: [{ id: 'ws-1', name: 'Café ☕ studio' }] });
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(folder)).toEqual(['copy.db']);
  });

  it('copies what was committed, not what another connection is still writing, and does not wait for it', () => {
    const writer = new SqliteDatabase(database.sqlitePath!);
    try {
      writer.exec('begin immediate');
      writer.prepare("insert into workspaces (id, name, language, time_zone, currency, created_at) values ('ws-2', 'Half-written', 'en', 'UTC', 'USD', '2027-03-01T09:00:00.000Z')").run();
      const started = Date.now();
      const target = path.join(folder, 'during-write.db');
      backupSqliteDatabase({ sourcePath: database.sqlitePath!, targetPath: target });
      expect(Date.now() - started).toBeLessThan(2000);
      writer.exec('commit');
      expect(readBack(target).workspaces.map((w) => w.id)).toEqual(['ws-1']);
    } finally {
      writer.close();
    }
  });

  it('refuses to overwrite an existing file unless asked to, and then replaces it', () => {
    const target = path.join(folder, 'copy.db');
    fs.writeFileSync(target, 'precious');
    expect(() => backupSqliteDatabase({ sourcePath: database.sqlitePath!, targetPath: target })).toThrow(/already exists; it was left untouched.*--force/);
    expect(fs.readFileSync(target, 'utf8')).toBe('precious');
    backupSqliteDatabase({ sourcePath: database.sqlitePath!, targetPath: target, isOverwriteAllowed: true });
    expect(readBack(target).integrity).toBe('ok');
  });

  it('refuses to write over the live database, into a missing folder, or from a database that does not exist', () => {
    expect(() => backupSqliteDatabase({ sourcePath: database.sqlitePath!, targetPath: database.sqlitePath!, isOverwriteAllowed: true })).toThrow(/would overwrite the live database/);
    expect(() => backupSqliteDatabase({ sourcePath: database.sqlitePath!, targetPath: path.join(folder, 'nope', 'copy.db') })).toThrow(/folder .*nope does not exist/);
    expect(() => backupSqliteDatabase({ sourcePath: path.join(folder, 'missing.db'), targetPath: path.join(folder, 'copy.db') })).toThrow(/no database at .*missing\.db/);
  });
});
