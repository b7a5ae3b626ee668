// Benchmark data generator: a fresh SQLite database with two workspaces, thousands of clients and a large event log.
// Accounts go through the real use cases; bulk rows are written with raw prepared statements, column for column as the repositories write them.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { loadConfig } from '../src/config.ts';
import { openRuntime } from '../src/runtime.ts';
import { setupWorkspace } from '../src/use-cases/setup-workspace.ts';
import { createApiToken } from '../src/use-cases/manage-api-tokens.ts';
import { newId } from '../src/db/ids.ts';
import { nameKey, searchText } from '../src/db/repositories/clients.ts';
import { clientSources, clientStages, type ClientSource, type ClientStage } from '../src/domain/clients/lifecycle.ts';
import { contactChannels, loggableEventTypes } from '../src/domain/events/event-types.ts';

export type GenerateOptions = {
  /** Folder that becomes SANA_DATA_DIR; the database is <dataDir>/sana.db. */
  dataDir: string;
  clients?: number;
  events?: number;
  otherClients?: number;
  otherEvents?: number;
  seed?: number;
};

export type WorkspaceData = { workspaceId: string; token: string; clientIds: string[] };

export type GeneratedData = {
  dbPath: string;
  main: WorkspaceData;
  other: WorkspaceData;
  counts: { clients: number; contacts: number; events: number };
  /** Client columns added by migrations this generator does not know yet; they hold their defaults. */
  unknownClientColumns: string[];
  /** Search terms that hit name, company and contact e-mail respectively (with real matches in the data). */
  searchTerms: string[];
  seconds: number;
};

const FIRST = ['Ana', 'Bruno', 'Carmen', 'David', 'Elena', 'Felix', 'Greta', 'Hugo', 'Irene', 'Jorge', 'Kira', 'Luis', 'Marta', 'Nico', 'Olga', 'Pablo', 'Quinn', 'Rosa', 'Sergio', 'Tina', 'Ursula', 'Victor', 'Wendy', 'Ximena', 'Yara', 'Zoe'];
const LAST = ['García', 'Martínez', 'López', 'Smith', 'Johnson', 'Müller', 'Rossi', 'Dubois', 'Novak', 'Kowalski', 'Silva', 'Tanaka', 'Nguyen', 'Okafor', 'Larsen', 'Costa', 'Fischer', 'Moreau', 'Romero', 'Walsh'];
const COMPANY_A = ['Blue', 'North', 'Bright', 'Green', 'Silver', 'Quiet', 'Bold', 'Little', 'Open', 'True'];
const COMPANY_B = ['Design', 'Labs', 'Studio', 'Works', 'Foods', 'Media', 'Health', 'Legal', 'Ventures', 'Print'];
const DOMAINS = ['example.com', 'example.org', 'mail.test', 'studio.example', 'acme.test'];
const ZONES = ['Europe/Madrid', 'Europe/Berlin', 'America/New_York', 'America/Mexico_City', 'Asia/Tokyo', 'UTC'];
const CURRENCIES = ['EUR', 'USD', 'GBP', 'MXN', 'JPY'];
const SUMMARIES = [
  'Asked about the timeline for the second phase.',
  'Sent the revised estimate with two options.',
  'Call to review the brief; they want a smaller first milestone.',
  'Kick-off meeting, agreed on weekly check-ins.',
  'Reminded them about the overdue invoice, friendly tone.',
  'They shared feedback on the drafts: mostly positive.',
  'Note to self: they prefer email over calls.',
];

/** Small deterministic PRNG (mulberry32) so two runs generate the same shape of data. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, maxInclusive: number) => min + Math.floor(next() * (maxInclusive - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof createRandom>;

// Same format as clock.toIso: UTC, always three fraction digits, so rows sort as text like real ones.
const iso = (ms: number) => new Date(ms).toISOString();

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.');
}

type BulkStatements = {
  client: (values: Record<string, unknown>) => void;
  contact: SqliteDatabase.Statement;
  event: SqliteDatabase.Statement;
};

/** Client columns this generator fills, in the repository's insert order; columns added later by migrations are listed in the result. */
const CLIENT_COLUMNS = [
  'id', 'workspace_id', 'name', 'name_key', 'search_text', 'company', 'time_zone', 'language', 'currency', 'source', 'stage', 'notes',
  'is_notes_confidential', 'is_trial', 'archived_at', 'version', 'created_at', 'updated_at',
];

function prepare(sqlite: SqliteDatabase.Database): { statements: BulkStatements; unknownClientColumns: string[] } {
  // The schema grows with every migration: write the columns we know that exist, and let new ones take their defaults (reported).
  const info = sqlite.prepare('select name, "notnull" as isNotNull, dflt_value as defaultValue from pragma_table_info(?)').all('clients') as { name: string; isNotNull: number; defaultValue: unknown }[];
  const existing = info.map((c) => c.name);
  const unfillable = info.filter((c) => !CLIENT_COLUMNS.includes(c.name) && c.isNotNull === 1 && c.defaultValue === null).map((c) => c.name);
  if (unfillable.length > 0) {
    throw new Error(`clients.${unfillable.join(', clients.')} is NOT NULL without a default: teach bench/generate-data.ts to write it as the repository does.`);
  }
  const columns = CLIENT_COLUMNS.filter((c) => existing.includes(c));
  const insertClient = sqlite.prepare(`insert into clients (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
  return {
    statements: {
      client: (values) => insertClient.run(Object.fromEntries(columns.map((c) => [c, values[c]]))),
      contact: sqlite.prepare(`insert into client_contacts (id, workspace_id, client_id, position, name, email, phone) values (?, ?, ?, ?, ?, ?, ?)`),
      event: sqlite.prepare(`insert into events (id, workspace_id, client_id, type, occurred_at, payload, is_confidential, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)`),
    },
    unknownClientColumns: existing.filter((c) => !CLIENT_COLUMNS.includes(c)),
  };
}

type ClientSeed = { id: string; createdMs: number };

/** Inserts `count` clients with 1–2 contacts each and their client_created events; returns ids and creation times. */
function insertClients(statements: BulkStatements, random: Random, workspaceId: string, count: number, startMs: number, nowMs: number): { clients: ClientSeed[]; contacts: number; events: number } {
  const clients: ClientSeed[] = [];
  let contacts = 0;
  for (let i = 0; i < count; i += 1) {
    const id = newId();
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const name = `${first} ${last}`;
    const company = random.chance(0.8) ? `${random.pick(COMPANY_A)} ${random.pick(COMPANY_B)}` : '';
    const createdMs = random.int(startMs, nowMs - 3_600_000);
    const isArchived = random.chance(0.05);
    const isUpdated = isArchived || random.chance(0.4);
    const updatedMs = isUpdated ? random.int(createdMs, nowMs) : createdMs;
    const stage: ClientStage = random.pick(clientStages);
    const source: ClientSource = random.pick(clientSources);
    const language = random.chance(0.6) ? 'en' : 'es';
    const notes = random.chance(0.5) ? `Met through ${source.replace('_', ' ')}. Prefers ${language === 'es' ? 'Spanish' : 'English'}; invoices in ${random.pick(CURRENCIES)}.` : '';
    const contactCount = random.chance(0.5) ? 1 : 2;
    const clientContacts: { position: number; name: string; email: string; phone: string }[] = [];
    for (let position = 0; position < contactCount; position += 1) {
      const contactFirst = position === 0 ? first : random.pick(FIRST);
      const contactName = position === 0 ? name : `${contactFirst} ${random.pick(LAST)}`;
      // Some contacts have no e-mail, as the form allows; the list's primary e-mail skips them.
      const email = random.chance(0.9) ? `${slug(contactName)}${i}@${random.pick(DOMAINS)}` : '';
      const phone = random.chance(0.6) ? `+34 6${random.int(10_000_000, 99_999_999)}` : '';
      clientContacts.push({ position, name: contactName, email, phone });
    }
    statements.client({
      id,
      workspace_id: workspaceId,
      name,
      name_key: nameKey(name),
      search_text: searchText(name, company, clientContacts),
      company,
      time_zone: random.pick(ZONES),
      language,
      currency: random.pick(CURRENCIES),
      source,
      stage,
      notes,
      is_notes_confidential: random.chance(0.1) ? 1 : 0,
      is_trial: stage === 'active' && random.chance(0.2) ? 1 : 0,
      archived_at: isArchived ? iso(updatedMs) : null,
      version: isUpdated ? random.int(2, 6) : 1,
      created_at: iso(createdMs),
      updated_at: iso(updatedMs),
    });
    for (const contact of clientContacts) {
      statements.contact.run(newId(), workspaceId, id, contact.position, contact.name, contact.email, contact.phone);
      contacts += 1;
    }
    // createClient opens every timeline with client_created at the creation instant.
    statements.event.run(newId(), workspaceId, id, 'client_created', iso(createdMs), JSON.stringify({ stage, source }), 0, iso(createdMs));
    clients.push({ id, createdMs });
  }
  return { clients, contacts, events: count };
}

/** Hand-logged events (note, call, message…) spread over the clients, each after its client was created. */
function insertLoggedEvents(statements: BulkStatements, random: Random, workspaceId: string, clients: ClientSeed[], count: number, nowMs: number): void {
  for (let i = 0; i < count; i += 1) {
    // Mild skew: a third of the events land on the first tenth of clients, like a few busy relationships.
    const client = random.chance(0.33) ? clients[Math.floor(random.next() * Math.ceil(clients.length / 10))]! : random.pick(clients);
    const occurredMs = random.int(client.createdMs, nowMs - 60_000);
    const createdMs = Math.min(nowMs, occurredMs + random.int(0, 3 * 86_400_000));
    const payload = { summary: random.pick(SUMMARIES), ...(random.chance(0.7) && { channel: random.pick(contactChannels) }) };
    statements.event.run(newId(), workspaceId, client.id, random.pick(loggableEventTypes), iso(occurredMs), JSON.stringify(payload), random.chance(0.05) ? 1 : 0, iso(createdMs));
  }
}

async function createAccounts(dataDir: string): Promise<{ main: Omit<WorkspaceData, 'clientIds'>; other: Omit<WorkspaceData, 'clientIds'>; dbPath: string }> {
  const config = loadConfig({ SANA_DATA_DIR: dataDir, SANA_JOBS: 'false', LOG_LEVEL: 'silent' });
  const runtime = await openRuntime(config);
  try {
    const accounts = [];
    for (const [index, owner] of [
      { workspaceName: 'Bench Studio', name: 'Bench Owner', email: 'owner@bench.example' },
      { workspaceName: 'Other Studio', name: 'Other Owner', email: 'other@bench.example' },
    ].entries()) {
      const { workspaceId } = await setupWorkspace({
        deps: runtime.deps,
        input: { ...owner, password: 'correct horse battery staple', language: 'en', timeZone: 'Europe/Madrid', currency: 'EUR' },
        // The first workspace goes through closed signup like a laptop install; the second needs open signup, like hosting.
        isSignupOpen: index > 0,
        sessionDays: 30,
      });
      const { token } = await createApiToken({ ctx: { ...runtime.deps, workspaceId, userId: null }, name: 'bench' });
      accounts.push({ workspaceId, token });
    }
    return { main: accounts[0]!, other: accounts[1]!, dbPath: config.sqlitePath };
  } finally {
    await runtime.close();
  }
}

export async function generateData(options: GenerateOptions): Promise<GeneratedData> {
  const started = performance.now();
  const { dataDir, clients = 10_000, events = 200_000, otherClients = 300, otherEvents = 3_000, seed = 20_270_301 } = options;
  fs.mkdirSync(dataDir, { recursive: true });
  const { main, other, dbPath } = await createAccounts(dataDir);

  const random = createRandom(seed);
  const nowMs = Date.now();
  const startMs = nowMs - 3 * 365 * 86_400_000;
  const sqlite = new SqliteDatabase(dbPath);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const { statements, unknownClientColumns } = prepare(sqlite);
  let counts = { clients: 0, contacts: 0, events: 0 };
  const fill = (workspaceId: string, clientCount: number, eventCount: number): string[] => {
    const inserted = sqlite.transaction(() => insertClients(statements, random, workspaceId, clientCount, startMs, nowMs))();
    const logged = Math.max(0, eventCount - inserted.events);
    // Chunked transactions keep the WAL small while staying fast.
    for (let done = 0; done < logged; done += 50_000) {
      const chunk = Math.min(50_000, logged - done);
      sqlite.transaction(() => insertLoggedEvents(statements, random, workspaceId, inserted.clients, chunk, nowMs))();
    }
    counts = { clients: counts.clients + clientCount, contacts: counts.contacts + inserted.contacts, events: counts.events + inserted.events + logged };
    return inserted.clients.map((c) => c.id);
  };
  const mainIds = fill(main.workspaceId, clients, events);
  const otherIds = fill(other.workspaceId, otherClients, otherEvents);
  // No ANALYZE: a real database never gets one, and statistics would change the query plans being measured.
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();

  return {
    dbPath,
    main: { ...main, clientIds: mainIds },
    other: { ...other, clientIds: otherIds },
    counts,
    unknownClientColumns,
    searchTerms: ['garcía', 'studio', 'example.org'],
    seconds: (performance.now() - started) / 1000,
  };
}

// `tsx bench/generate-data.ts <folder>` generates a database to poke at by hand (then: SANA_DATA_DIR=<folder> npm run sana serve).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dataDir = process.argv[2];
  if (!dataDir) {
    console.error('usage: tsx bench/generate-data.ts <data folder>');
    process.exit(64);
  }
  const data = await generateData({ dataDir: path.resolve(dataDir) });
  console.log(JSON.stringify({ dbPath: data.dbPath, counts: data.counts, seconds: data.seconds, main: { workspaceId: data.main.workspaceId, token: data.main.token }, other: { workspaceId: data.other.workspaceId, token: data.other.token } }, null, 2));
}
