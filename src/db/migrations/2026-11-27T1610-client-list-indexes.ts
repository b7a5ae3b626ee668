// Indexes for the client list: its order (name, then id) and each row's primary e-mail come from indexes, with no sort.
// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The list orders by name_key then id; with id in the index the first page is read in order and stops after `limit` rows,
  // and skipped rows of deeper pages no longer run the primary-e-mail subquery.
  await db.schema.createIndex('clients_workspace_list_order').on('clients').columns(['workspace_id', 'archived_at', 'name_key', 'id']).execute();
  // A client's contacts in order (the detail view, and the list's first e-mail) without a temporary sort.
  await db.schema.createIndex('client_contacts_client_position').on('client_contacts').columns(['workspace_id', 'client_id', 'position']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('client_contacts_client_position').execute();
  await db.schema.dropIndex('clients_workspace_list_order').execute();
}
