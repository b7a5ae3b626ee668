// The data commands as a user runs them: the real `node bin/sana.js` in a child process, on a temporary SANA_DATA_DIR.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/test-database.ts';
import { contentStore } from '../../src/storage/content-store.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/sana.js');
const NOW = '2027-03-01T09:00:00Z';

// Each command is a fresh Node process (about a second or more on a busy machine), and some tests run several.
vi.setConfig({ testTimeout: 120_000 });

type Run = { code: number; stdout: string; stderr: string };

let dataDir: string;
let extraEnv: Record<string, string> = {};

function environment(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SANA_') && key !== 'DATABASE_URL' && key !== 'PORT'));
  return { ...base, SANA_DATA_DIR: dataDir, SANA_NOW: NOW, SANA_JOBS: 'false', LOG_LEVEL: 'warn', DATABASE_URL: '', ...extraEnv, ...overrides };
}

function sana(args: string[], overrides: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, env: environment(overrides), timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function file(name: string): string {
  return path.join(dataDir, '..', name);
}

beforeEach(() => {
  dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sana-cli-')), 'data');
  extraEnv = {};
});

afterEach(() => {
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

describe('help', () => {
  it('`sana demo|export|import|backup --help` print their usage', async () => {
    const usages: [string, RegExp][] = [
      ['demo', /Usage: sana demo \[options\][\s\S]*--force[\s\S]*--json/],
      ['export', /Usage: sana export \[options\][\s\S]*--out <file>[\s\S]*--workspace <id>/],
      ['import', /Usage: sana import \[options\] <file>[\s\S]*one transaction/],
      ['backup', /Usage: sana backup \[options\] \[file\][\s\S]*\.files[\s\S]*restore:\s+stop\s+Sana[\s\S]*pg_dump/],
    ];
    const runs = await Promise.all(usages.map(([command]) => sana([command, '--help'])));
    runs.forEach((run, index) => {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(usages[index]![1]);
    });
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});

describe.each(databaseKinds)('demo and export on %s', (kind) => {
  let database: TestDatabase | undefined;
  beforeEach(async () => {
    if (kind === 'postgres') {
      database = await createTestDatabase('postgres', { migrate: false });
      extraEnv = { DATABASE_URL: database.url };
    }
  });
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it('`sana demo` then `sana export` gives eight clients across six or more stages, each with a timeline', async () => {
    const demo = await sana(['demo']);
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('demo@sana.local');
    expect(demo.stdout).toContain('sana-demo-2027');

    const out = file('x.json');
    const exported = await sana(['export', '--out', out]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/8 clients/);
    const data = JSON.parse(fs.readFileSync(out, 'utf8')) as {
      format: string;
      exportedAt: string;
      users: { email: string }[];
      clients: { id: string; stage: string }[];
      events: { clientId: string }[];
    };
    expect(data.format).toBe('sana-export');
    expect(data.exportedAt).toBe('2027-03-01T09:00:00.000Z');
    expect(data.users.map((u) => u.email)).toEqual(['demo@sana.local']);
    expect(data.clients).toHaveLength(8);
    expect(new Set(data.clients.map((c) => c.stage)).size).toBeGreaterThanOrEqual(6);
    for (const client of data.clients) expect(data.events.filter((e) => e.clientId === client.id).length).toBeGreaterThanOrEqual(4);

    const again = await sana(['demo']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/demo workspace already exists.*demo@sana\.local.*sana demo --force/s);
  });
});

describe('export and import between two data folders', () => {
  it('round-trips byte for byte, and refuses a second import into the same database', async () => {
    expect((await sana(['demo'])).code).toBe(0);
    const first = file('first.json');
    expect((await sana(['export', '--out', first])).code).toBe(0);

    const otherDir = file('other-data');
    const imported = await sana(['import', first, '--json'], { SANA_DATA_DIR: otherDir });
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ emails: ['demo@sana.local'], counts: { users: 1, clients: 8 } });

    const second = file('second.json');
    expect((await sana(['export', '--out', second], { SANA_DATA_DIR: otherDir })).code).toBe(0);
    expect(fs.readFileSync(second, 'utf8')).toBe(fs.readFileSync(first, 'utf8'));

    const again = await sana(['import', first], { SANA_DATA_DIR: otherDir });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds the workspace.*nothing was imported/s);
  });

  it('refuses to overwrite an export file unless --force', async () => {
    expect((await sana(['demo'])).code).toBe(0);
    const out = file('x.json');
    fs.writeFileSync(out, 'keep me');
    const refused = await sana(['export', '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists; it was left untouched.*--force/);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    expect((await sana(['export', '--out', out, '--force'])).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toHaveProperty('format', 'sana-export');
  });
});

describe('bad input gets a clear error and changes nothing', () => {
  it('a missing file', async () => {
    const run = await sana(['import', file('nowhere.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No file at .*nowhere\.json/);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('a file that is not JSON', async () => {
    fs.writeFileSync(file('cut.json'), '{"format": "sana-export", "version": 1,');
    const run = await sana(['import', file('cut.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cut\.json is not valid JSON/);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('an export with a bad field names the field and imports nothing', async () => {
    expect((await sana(['demo'])).code).toBe(0);
    expect((await sana(['export', '--out', file('x.json')])).code).toBe(0);
    const data = JSON.parse(fs.readFileSync(file('x.json'), 'utf8')) as { clients: { currency: string }[] };
    data.clients[3]!.currency = 'euros';
    fs.writeFileSync(file('bad.json'), JSON.stringify(data));
    const otherDir = file('other-data');
    const run = await sana(['import', file('bad.json')], { SANA_DATA_DIR: otherDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/clients\[3\]\.currency: Use a three-letter ISO 4217 code/);
    expect(fs.existsSync(otherDir)).toBe(false);
  });

  it('a workspace id the database does not hold, or no workspace at all', async () => {
    expect((await sana(['export', '--out', file('x.json')])).stderr).toMatch(/No workspace yet.*sana demo/);
    expect((await sana(['demo'])).code).toBe(0);
    const run = await sana(['export', '--out', file('x.json'), '--workspace', 'not-a-workspace']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No workspace with id not-a-workspace\. Known: .*Demo/);
    expect(fs.existsSync(file('x.json'))).toBe(false);
  });

  it('backup on PostgreSQL points to pg_dump', async () => {
    const run = await sana(['backup', file('x.db')], { DATABASE_URL: 'postgres://sana@127.0.0.1:5432/sana' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/PostgreSQL.*pg_dump.*Copy the uploaded files too.*SANA_DATA_DIR\/files/s);
  });
});

describe('backup with uploaded files', () => {
  const stored = (hash: string) => path.join('sha256', hash.slice(0, 2), hash);

  it('copies the store beside the database copy, byte for byte, and only what is missing the next time', async () => {
    expect((await sana(['demo'])).code).toBe(0);
    const store = contentStore(path.join(dataDir, 'files'));
    const logo = Buffer.from('logo final final v3 ☕\n'.repeat(2000));
    const brief = Buffer.from('%PDF-1.7 brief');
    const hashes = [await store.putBytes(logo), await store.putBytes(brief)];
    fs.mkdirSync(path.join(dataDir, 'files', 'tmp'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'files', 'tmp', '1-0011223344556677.part'), 'half an upload');

    const first = await sana(['backup', file('sana-2027.db')]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const filesCopy = file('sana-2027.db.files');
    expect(first.stdout).toContain(`Copied the uploaded files from ${path.join(dataDir, 'files')} to ${filesCopy}: 2 files copied`);
    expect(first.stdout).toMatch(/0 files were already there\.\nTo restore: stop Sana, then put .*sana-2027\.db at SANA_DATA_DIR\/sana\.db and .*sana-2027\.db\.files at SANA_DATA_DIR\/files\./);
    expect(new SqliteDatabase(file('sana-2027.db'), { readonly: true }).pragma('integrity_check', { simple: true })).toBe('ok');
    expect(fs.readdirSync(filesCopy)).toEqual(['sha256']);
    expect(fs.readFileSync(path.join(filesCopy, stored(hashes[0]!))).equals(logo)).toBe(true);
    expect(fs.readFileSync(path.join(filesCopy, stored(hashes[1]!))).equals(brief)).toBe(true);

    const again = await sana(['backup', file('sana-2027.db'), '--force', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ path: file('sana-2027.db'), integrity: 'ok', files: { path: filesCopy, state: 'copied', copied: 0, alreadyThere: 2 } });
  });

  it('a stored file that does not match its hash fails naming it, after the database was written', async () => {
    expect((await sana(['demo'])).code).toBe(0);
    const hash = await contentStore(path.join(dataDir, 'files')).putBytes(Buffer.from('the real deliverable'));
    const damaged = path.join(dataDir, 'files', stored(hash));
    fs.writeFileSync(damaged, 'bit rot');
    const run = await sana(['backup', file('x.db')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(damaged);
    expect(run.stderr).toMatch(/database was backed up to .*x\.db, but the uploaded files were not all copied.*does not match the SHA-256 in its name/s);
    expect(fs.existsSync(file('x.db'))).toBe(true);
    expect(fs.existsSync(path.join(file('x.db.files'), stored(hash)))).toBe(false);
  });

  it('no uploaded files: the database is still backed up, and the output says there were none', async () => {
    expect((await sana(['demo'])).code).toBe(0);
    const run = await sana(['backup']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Backed up .* to .*backups\/sana-\d{8}T\d{6}Z\.db .*integrity ok/);
    expect(run.stdout).toContain(`No uploaded files to copy: ${path.join(dataDir, 'files')} does not exist`);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).filter((name) => name.endsWith('.db'))).toHaveLength(1);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).filter((name) => name.endsWith('.files'))).toHaveLength(0);
  });
});

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port += 1) {
    const isFree = await new Promise<boolean>((resolve) => {
      const probe = net.createServer().once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (isFree) return port;
  }
  throw new Error(`no free port from ${from}`);
}

function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'serve'], { cwd: root, env: environment({ PORT: String(port) }), stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Sana is running at')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

const servers: ChildProcess[] = [];
afterAll(() => {
  for (const server of servers) server.kill('SIGTERM');
});

describe('backup while the server runs and writes', () => {
  it('gives a copy that passes the integrity check and holds every client committed before it started', async () => {
    expect((await sana(['demo'])).code).toBe(0);
    const created = JSON.parse((await sana(['token', 'create', 'writer', '--json'])).stdout) as { token: string };
    const port = await freePort(3201);
    const server = await startServer(port);
    servers.push(server);

    let written = 0;
    let isWriting = true;
    const writer = async (lane: number) => {
      for (let i = 0; isWriting; i += 1) {
        const response = await fetch(`http://127.0.0.1:${port}/api/v1/clients`, {
          method: 'POST',
          headers: { authorization: `Bearer ${created.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ name: `Señora Muñoz ${lane}-${i} — café ☕`, timeZone: 'Europe/Madrid', language: 'es', currency: 'EUR' }),
        });
        expect(response.status).toBe(201);
        written += 1;
      }
    };
    const lanes = [0, 1, 2, 3].map(writer);
    while (written < 20) await new Promise((resolve) => setTimeout(resolve, 20));

    const writtenBefore = written;
    const backup = await sana(['backup', file('live.db'), '--json']);
    const writtenAfter = written;
    await new Promise((resolve) => setTimeout(resolve, 200));
    isWriting = false;
    await Promise.all(lanes);

    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ path: file('live.db'), integrity: 'ok' });
    // The server kept answering writes while the backup ran, and after it.
    expect(writtenAfter).toBeGreaterThan(writtenBefore);
    expect(written).toBeGreaterThan(writtenAfter);

    const copy = new SqliteDatabase(file('live.db'), { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const clients = (copy.prepare('select count(*) as n from clients').get() as { n: number }).n;
      expect(clients - 8).toBeGreaterThanOrEqual(writtenBefore);
      expect(clients - 8).toBeLessThanOrEqual(writtenAfter + 4);
      // One moment in time: every client in the copy has the "created" event written in the same transaction.
      const orphans = copy.prepare("select count(*) as n from clients c where not exists (select 1 from events e where e.client_id = c.id and e.type = 'client_created')").get() as { n: number };
      expect(orphans.n).toBe(0);
      expect((copy.prepare("select count(*) as n from clients where name like 'Señora Muñoz %'").get() as { n: number }).n).toBe(clients - 8);
    } finally {
      copy.close();
    }

    const refused = await sana(['backup', file('live.db')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists; it was left untouched.*--force/);
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  });
});
