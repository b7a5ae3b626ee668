// Getting paid: invoices and their lines, payments, gapless number counters, promises to pay, reminders and late fees.
// Frozen once landed: change the schema with a new migration.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('invoices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // The counter this invoice draws its number from ("default" or "corrective"); the number is null while a draft.
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'text')
    .addColumn('operation_date', 'text')
    .addColumn('due_on', 'text')
    .addColumn('buyer_name', 'text', (c) => c.notNull())
    .addColumn('buyer_tax_id', 'text', (c) => c.notNull())
    .addColumn('buyer_address', 'text', (c) => c.notNull())
    // The seller's details as they were when the invoice was issued: later changes to settings never rewrite it.
    .addColumn('seller_name', 'text', (c) => c.notNull())
    .addColumn('seller_tax_id', 'text', (c) => c.notNull())
    .addColumn('seller_address', 'text', (c) => c.notNull())
    .addColumn('withholding_rate_bp', 'integer', (c) => c.notNull())
    .addColumn('base', 'bigint', (c) => c.notNull())
    .addColumn('tax', 'bigint', (c) => c.notNull())
    .addColumn('withholding', 'bigint', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('paid', 'bigint', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    // JSON of the late-fee rule the client's terms include for this invoice; null means no late fees.
    .addColumn('late_fee_rule', 'text')
    .addColumn('corrects_invoice_id', 'text', (c) => c.references('invoices.id'))
    .addColumn('void_reason', 'text', (c) => c.notNull())
    // The first day the reminders job must look at this invoice again; null when nothing more is scheduled.
    .addColumn('next_reminder_on', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text')
    .addColumn('viewed_at', 'text')
    .addColumn('voided_at', 'text')
    .addUniqueConstraint('invoices_number_unique', ['workspace_id', 'series', 'number'])
    .execute();
  await db.schema.createIndex('invoices_status_due').on('invoices').columns(['workspace_id', 'status', 'due_on']).execute();
  await db.schema.createIndex('invoices_client').on('invoices').columns(['workspace_id', 'client_id', 'created_at']).execute();
  // The reminders job reads only invoices with a step due: its work grows with what is due, not with all invoices.
  await db.schema.createIndex('invoices_next_reminder').on('invoices').columns(['next_reminder_on', 'id']).where(sql.ref('next_reminder_on'), 'is not', null).execute();

  await db.schema
    .createTable('invoice_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
    .addColumn('unit_price', 'bigint', (c) => c.notNull())
    .addColumn('discount', 'bigint', (c) => c.notNull())
    .addColumn('tax_rate_bp', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('invoice_lines_invoice').on('invoice_lines').columns(['workspace_id', 'invoice_id', 'position']).execute();

  await db.schema
    .createTable('payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id').onDelete('cascade'))
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('payments_invoice').on('payments').columns(['workspace_id', 'invoice_id', 'paid_on']).execute();

  // One row per counter: issuing increments it in the same transaction, so a rolled-back issue leaves no gap.
  await db.schema
    .createTable('invoice_series')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('invoice_series_pk', ['workspace_id', 'series', 'period'])
    .execute();

  await db.schema
    .createTable('promises_to_pay')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id').onDelete('cascade'))
    .addColumn('promised_on', 'text', (c) => c.notNull())
    .addColumn('recorded_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('promises_to_pay_invoice').on('promises_to_pay').columns(['workspace_id', 'invoice_id']).execute();

  // A reminder step is recorded once per invoice before its email is queued, in one transaction: never twice, never lost.
  await db.schema
    .createTable('reminders_sent')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id').onDelete('cascade'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reminders_sent_step', ['invoice_id', 'step'])
    .execute();
  await db.schema.createIndex('reminders_sent_workspace').on('reminders_sent').columns(['workspace_id', 'invoice_id']).execute();

  await db.schema
    .createTable('late_fees')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id').onDelete('cascade'))
    .addColumn('fee_key', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('charged_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('late_fees_key', ['invoice_id', 'fee_key'])
    .execute();
  await db.schema.createIndex('late_fees_workspace').on('late_fees').columns(['workspace_id', 'invoice_id']).execute();

  // A policy-update letter told this client that a late-fee rule applies from effective_on (for invoices whose terms have none).
  await db.schema
    .createTable('late_fee_letters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('sent_to', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('late_fee_letters_client').on('late_fee_letters').columns(['workspace_id', 'client_id', 'effective_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['late_fee_letters', 'late_fees', 'reminders_sent', 'promises_to_pay', 'invoice_series', 'payments', 'invoice_lines', 'invoices']) await db.schema.dropTable(table).execute();
}
