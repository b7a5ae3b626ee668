// `sana demo`, `sana export`, `sana import`, `sana backup`: a demo workspace, moving a workspace between databases, and file backups.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { openRuntime } from '../../runtime.ts';
import { resolveWorkspaceId } from '../workspace.ts';
import { seedDemoWorkspace } from '../../use-cases/seed-demo-workspace.ts';
import { countRows, exportWorkspace, serializeExport } from '../../use-cases/export-workspace.ts';
import { importWorkspace, parseWorkspaceExport } from '../../use-cases/import-workspace.ts';
import { backupSqliteDatabase } from '../../db/backup.ts';
import { copyContentStore, type StoreCopy } from '../../storage/copy-store.ts';
import { demoContent } from '../demo/demo-clients.ts';

type Counts = ReturnType<typeof countRows>;

function describeCounts(counts: Counts): string {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return [
    plural(counts.users, 'user'),
    plural(counts.apiTokens, 'API token'),
    plural(counts.clients, 'client'),
    plural(counts.contacts, 'contact'),
    plural(counts.events, 'timeline event'),
    plural(counts.outbox, 'email'),
    counts.profiles ? 'the profile' : 'no profile yet',
    plural(counts.interviews, 'interview'),
    plural(counts.waitlistEntries, 'waitlist entry', 'waitlist entries'),
    plural(counts.intakeLinks, 'intake link'),
  ].join(', ');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Writes under a temporary name, then renames: an interrupted export never leaves a truncated file behind. */
function writeFileAtomically(target: string, text: string, isOverwriteAllowed: boolean): void {
  const folder = path.dirname(target);
  if (!fs.existsSync(folder)) throw new Error(`The folder ${folder} does not exist. Create it first, or choose another path.`);
  if (fs.existsSync(target)) {
    if (fs.statSync(target).isDirectory()) throw new Error(`${target} is a folder; give a file name such as ${path.join(target, 'sana-export.json')}.`);
    if (!isOverwriteAllowed) throw new Error(`${target} already exists; it was left untouched. Choose another name, or add --force to replace it.`);
  }
  const temporary = path.join(folder, `.${path.basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  // Password and token hashes and confidential notes are inside: readable by the owner only.
  fs.writeFileSync(temporary, text, { mode: 0o600 });
  fs.renameSync(temporary, target);
}

function readJsonFile(file: string): unknown {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved)) throw new Error(`No file at ${resolved}. Check the path; create an export with \`sana export --out FILE\`.`);
  if (fs.statSync(resolved).isDirectory()) throw new Error(`${resolved} is a folder, not an export file.`);
  // A byte-order mark (some Windows editors add one) is not JSON; drop it rather than refuse the file.
  const text = fs.readFileSync(resolved, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    let where = '';
    if (position !== undefined) {
      const before = text.slice(0, Number(position));
      const line = before.split('\n').length;
      where = ` (line ${line}, column ${Number(position) - before.lastIndexOf('\n')})`;
    }
    throw new Error(`${resolved} is not valid JSON${where}: ${message}. Was it cut short or edited by hand? Export again with \`sana export --out FILE\`.`);
  }
}

/** What `sana backup` says about the uploaded files beside the database copy. */
function describeStoreCopy(files: StoreCopy): string {
  if (files.state === 'missing') return `No uploaded files to copy: ${files.source} does not exist (nothing has been uploaded yet), so no .files folder was written.`;
  if (files.state === 'empty') return `No uploaded files to copy: ${files.source} holds none, so no .files folder was written.`;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const vanished = files.vanished > 0 ? `; ${plural(files.vanished, 'file was', 'files were')} removed from the store meanwhile (no deliverable referred to ${files.vanished === 1 ? 'it' : 'them'})` : '';
  return (
    `Copied the uploaded files from ${files.source} to ${files.path}: ${plural(files.copied, 'file', 'files')} copied (${formatBytes(files.bytesCopied)}), ` +
    `${plural(files.alreadyThere, 'file was', 'files were')} already there${vanished}.`
  );
}

function defaultBackupPath(dataDir: string, nowIso: string): string {
  return path.resolve(dataDir, 'backups', `sana-${nowIso.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '')}.db`);
}

export function registerDataCommands(program: Command): void {
  program
    .command('demo')
    .summary('Create a demo workspace with eight clients')
    .description(
      'Create a demo workspace with eight clients at every stage and their timelines, dated relative to now (SANA_NOW pins it). ' +
        'Refuses when the database already holds a workspace, unless --force.',
    )
    .option('--force', 'add the demo workspace even though the database already holds one')
    .option('--json', 'print {workspaceId, email, password, clients, events, stages} as JSON')
    .action(async (options: { force?: boolean; json?: boolean }) => {
      const runtime = await openRuntime(loadConfig());
      try {
        const demo = await seedDemoWorkspace({ deps: runtime.deps, content: demoContent, isForced: options.force === true });
        if (options.json) {
          console.log(JSON.stringify(demo));
          return;
        }
        const stages = Object.entries(demo.stages)
          .map(([stage, n]) => `${n} ${stage}`)
          .join(', ');
        console.log(
          [
            `Demo workspace "${demo.workspaceName}" created (id ${demo.workspaceId}).`,
            `  ${demo.clients} clients (${stages}), ${demo.events} timeline events.`,
            '',
            `Start Sana with \`sana serve\` and log in with:`,
            `  email:    ${demo.email}`,
            `  password: ${demo.password}`,
          ].join('\n'),
        );
      } finally {
        await runtime.close();
      }
    });

  program
    .command('export')
    .summary('Write a whole workspace to a JSON file')
    .description(
      'Write a whole workspace to a JSON file (format "sana-export", version 1): users with password hashes, API token hashes, clients, contacts, ' +
        'timelines including confidential notes, and the outbox. Sessions are left out. Keep the file private.',
    )
    .requiredOption('--out <file>', 'where to write the export (use - for standard output)')
    .option('--workspace <id>', 'workspace id (needed only when the database holds several)')
    .option('--force', 'replace the file if it already exists')
    .option('--json', 'print {path, workspaceId, counts} as JSON')
    .action(async (options: { out: string; workspace?: string; force?: boolean; json?: boolean }) => {
      const runtime = await openRuntime(loadConfig());
      try {
        const workspaceId = await resolveWorkspaceId(runtime.deps.db, options.workspace);
        const data = await exportWorkspace({ db: runtime.deps.db, workspaceId, exportedAt: runtime.deps.clock.nowIso(), filesDir: runtime.deps.filesDir });
        const text = serializeExport(data);
        const counts = countRows(data);
        if (options.out === '-') {
          process.stdout.write(text);
          return;
        }
        const target = path.resolve(options.out);
        writeFileAtomically(target, text, options.force === true);
        if (options.json) console.log(JSON.stringify({ path: target, bytes: Buffer.byteLength(text), workspaceId, workspaceName: data.workspace.name, counts }));
        else
          console.log(
            `Exported workspace "${data.workspace.name}" (id ${workspaceId}) to ${target} (${formatBytes(Buffer.byteLength(text))}): ${describeCounts(counts)}.\n` +
              'The file holds password hashes and confidential notes: keep it private. Load it elsewhere with `sana import FILE`.',
          );
      } finally {
        await runtime.close();
      }
    });

  program
    .command('import')
    .summary('Load a workspace from a `sana export` file')
    .description(
      'Load a workspace from a `sana export` file, keeping its ids, timestamps and logins. Checks the whole file first, refuses if this database ' +
        'already holds that workspace or any of its emails, and writes everything in one transaction (all or nothing).',
    )
    .argument('<file>', 'the JSON file written by `sana export`')
    .option('--json', 'print {workspaceId, workspaceName, emails, counts} as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      // Read and validate before touching the database: a bad file never opens (or migrates) anything.
      const data = parseWorkspaceExport(readJsonFile(file));
      const runtime = await openRuntime(loadConfig());
      try {
        const report = await importWorkspace({ db: runtime.deps.db, data, filesDir: runtime.deps.filesDir });
        if (options.json) console.log(JSON.stringify(report));
        else
          console.log(
            `Imported workspace "${report.workspaceName}" (id ${report.workspaceId}): ${describeCounts(report.counts)}.\n` +
              `Log in with the same email and password as before: ${report.emails.join(', ')}.`,
          );
      } finally {
        await runtime.close();
      }
    });

  program
    .command('backup')
    .summary('Copy the SQLite database and the uploaded files safely, even while the server runs')
    .description(
      'Copy the SQLite database to a file, consistently, even while the server runs, then copy the uploaded files (SANA_DATA_DIR/files) ' +
        'into a folder beside it named after the file plus .files (e.g. sana-2027.db and sana-2027.db.files/). Files already in that folder are ' +
        'not copied again; each copy is checked against its SHA-256. Without a file name, writes SANA_DATA_DIR/backups/sana-<time>.db. ' +
        'To restore: stop Sana, put the .db file at SANA_DATA_DIR/sana.db and the .files folder at SANA_DATA_DIR/files. ' +
        'PostgreSQL: use pg_dump instead, and copy SANA_DATA_DIR/files.',
    )
    .argument('[file]', 'where to write the database copy (the files go to <file>.files/)')
    .option('--force', 'replace the database copy if it already exists (files already in <file>.files/ are kept, missing ones added)')
    .option('--json', 'print {path, bytes, integrity, files: {path, state, copied, alreadyThere, bytesCopied, vanished}} as JSON')
    .action(async (file: string | undefined, options: { force?: boolean; json?: boolean }) => {
      const config = loadConfig();
      // The same folder the server keeps uploads in (AppDeps.filesDir in runtime.ts).
      const filesDir = path.resolve(config.SANA_DATA_DIR, 'files');
      if (config.databaseKind === 'postgres') {
        throw new Error(
          'This Sana stores its data in PostgreSQL, and `sana backup` copies a SQLite file. Back up with pg_dump, e.g. ' +
            'pg_dump --format=custom --file=sana.dump "$DATABASE_URL" (restore with pg_restore), or save one workspace with `sana export --out FILE`. ' +
            `Copy the uploaded files too: they are not in the database but in ${filesDir} (SANA_DATA_DIR/files); restore them to the same place.`,
        );
      }
      let target: string;
      if (file) target = path.resolve(file);
      else {
        // Wall-clock time on purpose: with SANA_NOW pinned, every backup would otherwise get the same name.
        target = defaultBackupPath(config.SANA_DATA_DIR, new Date().toISOString());
        fs.mkdirSync(path.dirname(target), { recursive: true });
      }
      const backup = backupSqliteDatabase({ sourcePath: config.sqlitePath, targetPath: target, isOverwriteAllowed: options.force === true });
      // After the snapshot: the store only gains files, named by content, so every file the copy refers to is already there.
      let files: StoreCopy;
      try {
        files = await copyContentStore({ sourceDir: filesDir, targetDir: `${backup.path}.files` });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`The database was backed up to ${backup.path}, but the uploaded files were not all copied. ${message}`);
      }
      if (options.json) {
        console.log(JSON.stringify({ ...backup, files }));
        return;
      }
      const restoreFiles = files.state === 'copied' ? ` and ${files.path} at SANA_DATA_DIR/files` : '';
      console.log(
        [
          `Backed up ${config.sqlitePath} to ${backup.path} (${formatBytes(backup.bytes)}, integrity ${backup.integrity}).`,
          describeStoreCopy(files),
          `To restore: stop Sana, then put ${backup.path} at ${config.DATABASE_URL ? `the file DATABASE_URL names (${config.sqlitePath})` : 'SANA_DATA_DIR/sana.db'}${restoreFiles}.`,
        ].join('\n'),
      );
    });
}
