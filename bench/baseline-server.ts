// Comparison server for the benchmark: bare Fastify, and one client read with raw better-sqlite3, on the same database file.
// Reads SANA_BENCH_DB (database path), SANA_BENCH_WORKSPACE (workspace to scope reads to) and PORT.
import Fastify from 'fastify';
import SqliteDatabase from 'better-sqlite3';

type ClientRow = {
  id: string;
  name: string;
  company: string;
  time_zone: string;
  language: string;
  currency: string;
  source: string;
  stage: string;
  notes: string;
  is_notes_confidential: number;
  is_trial?: number;
  archived_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};
type ContactRow = { name: string; email: string; phone: string };

const dbPath = process.env.SANA_BENCH_DB;
const workspaceId = process.env.SANA_BENCH_WORKSPACE;
const port = Number(process.env.PORT ?? 0);
if (!dbPath || !workspaceId) {
  console.error('baseline-server: set SANA_BENCH_DB and SANA_BENCH_WORKSPACE');
  process.exit(64);
}

// Same connection settings as src/db/connect.ts, so only the layers above the driver differ.
const sqlite = new SqliteDatabase(dbPath);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 5000');
sqlite.pragma('synchronous = NORMAL');

// is_trial came with a later migration; read it when the database has it, as the repository does.
const hasTrial = (sqlite.prepare('select name from pragma_table_info(?)').all('clients') as { name: string }[]).some((c) => c.name === 'is_trial');
const selectClient = sqlite.prepare<[string, string], ClientRow>(
  `select id, name, company, time_zone, language, currency, source, stage, notes, is_notes_confidential, ${hasTrial ? 'is_trial, ' : ''}archived_at, version, created_at, updated_at
   from clients where workspace_id = ? and id = ?`,
);
const selectContacts = sqlite.prepare<[string, string], ContactRow>(`select name, email, phone from client_contacts where workspace_id = ? and client_id = ? order by position`);

const app = Fastify({ logger: false });

app.get('/bare', async () => ({ hello: 'world' }));

// The same JSON as GET /api/v1/clients/:id (property order included), without auth, Kysely, Zod or plugins.
app.get<{ Params: { id: string } }>('/raw/clients/:id', async (request, reply) => {
  const row = selectClient.get(workspaceId, request.params.id);
  if (!row) return reply.code(404).send({ code: 'not_found' });
  const contacts = selectContacts.all(workspaceId, row.id);
  return {
    id: row.id,
    name: row.name,
    company: row.company,
    contacts,
    timeZone: row.time_zone,
    language: row.language,
    currency: row.currency,
    source: row.source,
    stage: row.stage,
    notes: row.notes,
    isNotesConfidential: row.is_notes_confidential === 1,
    ...(hasTrial && { isTrial: row.is_trial === 1 }),
    isArchived: row.archived_at !== null,
    archivedAt: row.archived_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
});

const address = await app.listen({ port, host: '127.0.0.1' });
console.log(`baseline listening at ${address}`);

const stop = async () => {
  await app.close();
  sqlite.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
