// Finances for readiness: income received (manual entries until payments exist), dated emergency-fund balances, and
// the regular monthly amount of each other income stream. Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('income_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    // Exactly one of client_id and stream_id is set; stream ids live in the profile document, so no foreign key.
    .addColumn('client_id', 'text', (c) => c.references('clients.id').onDelete('cascade'))
    .addColumn('stream_id', 'text')
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('income_entries_received').on('income_entries').columns(['workspace_id', 'received_on']).execute();

  await db.schema
    .createTable('fund_balances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('balance', 'bigint', (c) => c.notNull())
    .addColumn('recorded_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    // Set when the balance came from putting aside a share of a payment; at most one move per income entry.
    .addColumn('income_entry_id', 'text', (c) => c.unique().references('income_entries.id').onDelete('set null'))
    .addColumn('contribution', 'bigint')
    // Orders balances recorded on the same date: a later entry wins even when two share a timestamp (a pinned clock).
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fund_balances_latest').on('fund_balances').columns(['workspace_id', 'side', 'recorded_on', 'sequence']).execute();

  await db.schema
    .createTable('income_stream_amounts')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('stream_id', 'text', (c) => c.notNull())
    .addColumn('monthly_amount', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('income_stream_amounts_pk', ['workspace_id', 'stream_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['income_stream_amounts', 'fund_balances', 'income_entries']) await db.schema.dropTable(table).execute();
}
