// Money up front, work released on payment: invoices tied to the contract they bill (deposit, retainer month), and
// the deliverables a freelancer uploads to a contract, held in the portal until its invoices are paid.
// Frozen once landed: change the schema with a new migration.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('invoices').addColumn('agreement_id', 'text', (c) => c.references('agreements.id').onDelete('set null')).execute();
  // The month a retainer invoice bills (YYYY-MM); with the agreement it makes the retainer job's once-only key.
  await db.schema.alterTable('invoices').addColumn('billing_period', 'text').execute();
  await db.schema.createIndex('invoices_agreement').on('invoices').columns(['workspace_id', 'agreement_id']).where(sql.ref('agreement_id'), 'is not', null).execute();
  await db.schema
    .createIndex('invoices_retainer_period_unique')
    .on('invoices')
    .columns(['agreement_id', 'billing_period'])
    .unique()
    .where(sql.ref('billing_period'), 'is not', null)
    .execute();

  // A late-fee invoice bills the fees charged so far; each fee is billed once, by the invoice named here.
  await db.schema.alterTable('late_fees').addColumn('billed_by_invoice_id', 'text', (c) => c.references('invoices.id').onDelete('set null')).execute();

  await db.schema
    .createTable('deliverables')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    // 'file' (stored under the data folder by its SHA-256) or 'link' (a URL the freelancer hosts elsewhere).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('content_hash', 'text')
    .addColumn('file_name', 'text')
    .addColumn('media_type', 'text')
    .addColumn('size_bytes', 'bigint')
    // A final deliverable waits until the contract's invoices are paid; a draft or preview is visible at once.
    .addColumn('is_final', 'integer', (c) => c.notNull())
    .addColumn('released_at', 'text')
    // 'payment' when the balance was paid, 'freelancer' when released by hand, 'not_held' when it never waited.
    .addColumn('released_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deliverables_agreement').on('deliverables').columns(['workspace_id', 'agreement_id', 'created_at']).execute();
  await db.schema.createIndex('deliverables_hash').on('deliverables').columns(['content_hash']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('deliverables').execute();
  await db.schema.alterTable('late_fees').dropColumn('billed_by_invoice_id').execute();
  await db.schema.dropIndex('invoices_retainer_period_unique').execute();
  await db.schema.dropIndex('invoices_agreement').execute();
  await db.schema.alterTable('invoices').dropColumn('billing_period').execute();
  await db.schema.alterTable('invoices').dropColumn('agreement_id').execute();
}
