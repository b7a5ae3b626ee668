// Comparison server for the benchmark: bare Fastify, and one client read with raw better-sqlite3, on the same database file.
// Reads SANA_BENCH_DB (database path), SANA_BENCH_WORKSPACE (workspace to scope reads to) and PORT.
import Fastify from 'fastify';
import SqliteDatabase from 'better-sqlite3';

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
// One statement, as Sana's read: the client and its contacts joined (one row per contact, or one row of null contact
// columns), rows as arrays. The fastest plain way to write this read by hand, so the ratio measures Sana's layers.
const clientColumns = ['id', 'name', 'company', 'time_zone', 'language', 'currency', 'source', 'stage', 'notes', 'is_notes_confidential', ...(hasTrial ? ['is_trial'] : []), 'archived_at', 'version', 'created_at', 'updated_at'];
const at = Object.fromEntries(clientColumns.map((column, index) => [column, index])) as Record<string, number>;
const contactAt = clientColumns.length;
const selectClientWithContacts = sqlite
  .prepare<[string, string], unknown[]>(
    `select ${clientColumns.map((column) => `c.${column}`).join(', ')}, cc.name, cc.email, cc.phone
     from clients c left join client_contacts cc on cc.workspace_id = c.workspace_id and cc.client_id = c.id
     where c.workspace_id = ? and c.id = ? order by cc.position`,
  )
  .raw(true);

const app = Fastify({ logger: false });

app.get('/bare', async () => ({ hello: 'world' }));

// The same JSON as GET /api/v1/clients/:id (property order included), without auth, Kysely, Zod or plugins.
app.get<{ Params: { id: string } }>('/raw/clients/:id', async (request, reply) => {
  const rows = selectClientWithContacts.all(workspaceId, request.params.id);
  const row = rows[0];
  if (!row) return reply.code(404).send({ code: 'not_found' });
  const contacts = row[contactAt] === null ? [] : rows.map((r) => ({ name: r[contactAt], email: r[contactAt + 1], phone: r[contactAt + 2] }));
  return {
    id: row[at.id!],
    name: row[at.name!],
    company: row[at.company!],
    contacts,
    timeZone: row[at.time_zone!],
    language: row[at.language!],
    currency: row[at.currency!],
    source: row[at.source!],
    stage: row[at.stage!],
    notes: row[at.notes!],
    isNotesConfidential: row[at.is_notes_confidential!] === 1,
    ...(hasTrial && { isTrial: row[at.is_trial!] === 1 }),
    isArchived: row[at.archived_at!] !== null,
    archivedAt: row[at.archived_at!],
    version: row[at.version!],
    createdAt: row[at.created_at!],
    updatedAt: row[at.updated_at!],
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
