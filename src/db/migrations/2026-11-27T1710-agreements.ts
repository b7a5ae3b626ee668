// Proposals and contracts: the agreement, its frozen versions, client comments, signatures, the hash-chained audit
// trail (append-only) and the freelancer's own templates. Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('offer_expires_on', 'text')
    .addColumn('template_id', 'text')
    .addColumn('source_proposal_id', 'text')
    .addColumn('contract_id', 'text')
    .addColumn('input_receipts', 'text', (c) => c.notNull())
    .addColumn('term_ends_on', 'text')
    .addColumn('renegotiation_noted_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('signed_at', 'text')
    .execute();
  await db.schema.createIndex('agreements_client').on('agreements').columns(['workspace_id', 'client_id', 'created_at']).execute();
  await db.schema.createIndex('agreements_list').on('agreements').columns(['workspace_id', 'updated_at']).execute();
  await db.schema.createIndex('agreements_term_end').on('agreements').columns(['status', 'term_ends_on']).execute();

  await db.schema
    .createTable('agreement_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('agreement_versions_number').on('agreement_versions').columns(['agreement_id', 'number']).unique().execute();

  await db.schema
    .createTable('agreement_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('version_number', 'integer', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('agreement_comments_agreement').on('agreement_comments').columns(['workspace_id', 'agreement_id', 'created_at']).execute();

  await db.schema
    .createTable('agreement_signatures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('version_number', 'integer', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('consent_text', 'text', (c) => c.notNull())
    .addColumn('drawn_signature', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .execute();
  // Each party signs a version once, even when two requests race.
  await db.schema.createIndex('agreement_signatures_once').on('agreement_signatures').columns(['agreement_id', 'version_number', 'party']).unique().execute();

  await db.schema
    .createTable('agreement_audit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('version_number', 'integer', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('previous_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  // One event per position: two writers racing for the same link fail instead of forking the chain.
  await db.schema.createIndex('agreement_audit_sequence').on('agreement_audit').columns(['agreement_id', 'sequence']).unique().execute();

  await db.schema
    .createTable('agreement_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('agreement_templates_workspace').on('agreement_templates').columns(['workspace_id', 'name']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['agreement_templates', 'agreement_audit', 'agreement_signatures', 'agreement_comments', 'agreement_versions', 'agreements']) await db.schema.dropTable(table).execute();
}
