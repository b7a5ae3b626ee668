// A consistent copy of a live SQLite database, taken on its own read-only connection while servers keep writing.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';

export type SqliteBackupOptions = { sourcePath: string; targetPath: string; isOverwriteAllowed?: boolean };
export type SqliteBackup = { path: string; bytes: number; integrity: string };

export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * VACUUM INTO runs as one read transaction, so the copy is a snapshot of one moment even while servers write
 * (WAL lets them carry on); the copy is written under a temporary name and renamed, so a half-written file never has the final name.
 */
export function backupSqliteDatabase({ sourcePath, targetPath, isOverwriteAllowed = false }: SqliteBackupOptions): SqliteBackup {
  const source = path.resolve(sourcePath);
  const target = path.resolve(targetPath);
  if (!fs.existsSync(source)) throw new BackupError(`There is no database at ${source} yet, so there is nothing to back up. Check SANA_DATA_DIR (or DATABASE_URL).`);
  if (target === source || target === `${source}-wal` || target === `${source}-shm`) {
    throw new BackupError(`The backup would overwrite the live database (${source}). Choose another file name.`);
  }
  const folder = path.dirname(target);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new BackupError(`The folder ${folder} does not exist. Create it first, or choose another path.`);
  if (fs.existsSync(target)) {
    if (!isOverwriteAllowed) throw new BackupError(`${target} already exists; it was left untouched. Choose another name, or add --force to replace it.`);
    if (fs.statSync(target).isDirectory()) throw new BackupError(`${target} is a folder; give a file name such as ${path.join(target, 'sana-backup.db')}.`);
  }

  const temporary = path.join(folder, `.${path.basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  const connection = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  try {
    connection.pragma('busy_timeout = 10000');
    connection.prepare('VACUUM INTO ?').run(temporary);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  } finally {
    connection.close();
  }

  let integrity: string;
  const copy = new SqliteDatabase(temporary, { fileMustExist: true });
  try {
    integrity = (copy.pragma('quick_check', { simple: true }) as string) ?? 'unknown';
  } finally {
    copy.close();
  }
  if (integrity !== 'ok') {
    fs.rmSync(temporary, { force: true });
    throw new BackupError(`The copy failed its integrity check (${integrity}); no backup was written. Try again; if it persists, check the disk.`);
  }
  // The file holds password hashes and confidential notes: readable by its owner only.
  fs.chmodSync(temporary, 0o600);
  fs.renameSync(temporary, target);
  return { path: target, bytes: fs.statSync(target).size, integrity };
}
