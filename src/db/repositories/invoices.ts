// Invoices and their lines, scoped to one workspace; amounts normalised to numbers (bigint comes back as text on PostgreSQL).
import type { Db } from '../connect.ts';
import type { InvoicesTable } from '../schema.ts';
import { newId } from '../ids.ts';
import { toNumber } from '../normalize.ts';
import { PostgresAdapter, type Selectable } from 'kysely';
import type { InvoiceLineInput } from '../../domain/invoicing/invoice-lines.ts';
import type { StoredInvoiceStatus } from '../../domain/invoicing/invoice-status.ts';

export type InvoiceRecord = {
  id: string;
  clientId: string;
  kind: string;
  status: StoredInvoiceStatus;
  series: 'default' | 'corrective';
  number: string | null;
  currency: string;
  language: string;
  issueDate: string | null;
  operationDate: string | null;
  dueOn: string | null;
  buyer: { name: string; taxId: string; address: string };
  seller: { name: string; taxId: string; address: string };
  withholdingRateBp: number;
  base: number;
  tax: number;
  withholding: number;
  total: number;
  paid: number;
  notes: string;
  lateFeeRule: unknown;
  correctsInvoiceId: string | null;
  /** The contract this invoice bills (deposit, retainer month, balance), if any. */
  agreementId: string | null;
  /** The month (YYYY-MM) a retainer invoice bills in advance. */
  billingPeriod: string | null;
  voidReason: string;
  nextReminderOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  issuedAt: string | null;
  viewedAt: string | null;
  voidedAt: string | null;
};

/** What a draft's editable fields and computed totals are written as. */
export type InvoiceDraftFields = Pick<
  InvoiceRecord,
  'kind' | 'currency' | 'language' | 'dueOn' | 'operationDate' | 'buyer' | 'withholdingRateBp' | 'base' | 'tax' | 'withholding' | 'total' | 'notes' | 'lateFeeRule'
>;

export function toInvoiceRecord(row: Selectable<InvoicesTable>): InvoiceRecord {
  return {
    id: row.id,
    clientId: row.client_id,
    kind: row.kind,
    status: row.status as StoredInvoiceStatus,
    series: row.series as InvoiceRecord['series'],
    number: row.number,
    currency: row.currency,
    language: row.language,
    issueDate: row.issue_date,
    operationDate: row.operation_date,
    dueOn: row.due_on,
    buyer: { name: row.buyer_name, taxId: row.buyer_tax_id, address: row.buyer_address },
    seller: { name: row.seller_name, taxId: row.seller_tax_id, address: row.seller_address },
    withholdingRateBp: Number(row.withholding_rate_bp),
    base: toNumber(row.base),
    tax: toNumber(row.tax),
    withholding: toNumber(row.withholding),
    total: toNumber(row.total),
    paid: toNumber(row.paid),
    notes: row.notes,
    lateFeeRule: row.late_fee_rule === null ? null : (JSON.parse(row.late_fee_rule) as unknown),
    correctsInvoiceId: row.corrects_invoice_id,
    agreementId: row.agreement_id,
    billingPeriod: row.billing_period,
    voidReason: row.void_reason,
    nextReminderOn: row.next_reminder_on,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    issuedAt: row.issued_at,
    viewedAt: row.viewed_at,
    voidedAt: row.voided_at,
  };
}

function draftColumns(fields: InvoiceDraftFields) {
  return {
    kind: fields.kind,
    currency: fields.currency,
    language: fields.language,
    due_on: fields.dueOn,
    operation_date: fields.operationDate,
    buyer_name: fields.buyer.name,
    buyer_tax_id: fields.buyer.taxId,
    buyer_address: fields.buyer.address,
    withholding_rate_bp: fields.withholdingRateBp,
    base: fields.base,
    tax: fields.tax,
    withholding: fields.withholding,
    total: fields.total,
    notes: fields.notes,
    late_fee_rule: fields.lateFeeRule === null ? null : JSON.stringify(fields.lateFeeRule),
  };
}

export type InvoiceListFilter = { clientId?: string; statuses?: readonly StoredInvoiceStatus[]; dueBefore?: string; dueOnOrAfter?: string };

export function invoicesRepository(db: Db, workspaceId: string) {
  return {
    async insertDraft(clientId: string, fields: InvoiceDraftFields, extra: { series: InvoiceRecord['series']; correctsInvoiceId: string | null; agreementId?: string | null; billingPeriod?: string | null }, now: string): Promise<string> {
      const id = newId();
      await db
        .insertInto('invoices')
        .values({
          id,
          workspace_id: workspaceId,
          client_id: clientId,
          status: 'draft',
          series: extra.series,
          number: null,
          issue_date: null,
          seller_name: '',
          seller_tax_id: '',
          seller_address: '',
          paid: 0,
          corrects_invoice_id: extra.correctsInvoiceId,
          agreement_id: extra.agreementId ?? null,
          billing_period: extra.billingPeriod ?? null,
          void_reason: '',
          next_reminder_on: null,
          version: 1,
          created_at: now,
          updated_at: now,
          issued_at: null,
          viewed_at: null,
          voided_at: null,
          ...draftColumns(fields),
        })
        .execute();
      return id;
    },

    async findById(id: string): Promise<InvoiceRecord | undefined> {
      const row = await db.selectFrom('invoices').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return row && toInvoiceRecord(row);
    },

    /** Locks the row on PostgreSQL for the rest of the transaction, so two payments or an issue and a void are applied one after the other. */
    async findForUpdate(id: string): Promise<InvoiceRecord | undefined> {
      let query = db.selectFrom('invoices').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id);
      if (db.getExecutor().adapter instanceof PostgresAdapter) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row && toInvoiceRecord(row);
    },

    /** Writes a draft's fields if it is still a draft at `expectedVersion`; false otherwise. */
    async updateDraftIfVersion(id: string, expectedVersion: number, fields: InvoiceDraftFields, now: string): Promise<boolean> {
      const result = await db
        .updateTable('invoices')
        .set({ ...draftColumns(fields), version: expectedVersion + 1, updated_at: now })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Turns a draft into an issued invoice with its number; false when it was no longer a draft. */
    async markIssued(
      id: string,
      issue: { number: string; issueDate: string; dueOn: string; operationDate: string | null; seller: InvoiceRecord['seller']; nextReminderOn: string | null },
      now: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable('invoices')
        .set({
          status: 'issued',
          number: issue.number,
          issue_date: issue.issueDate,
          due_on: issue.dueOn,
          operation_date: issue.operationDate,
          seller_name: issue.seller.name,
          seller_tax_id: issue.seller.taxId,
          seller_address: issue.seller.address,
          next_reminder_on: issue.nextReminderOn,
          issued_at: now,
          updated_at: now,
          version: (eb) => eb('version', '+', 1),
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async setPaid(id: string, paid: number, status: StoredInvoiceStatus, nextReminderOn: string | null, now: string): Promise<void> {
      await db
        .updateTable('invoices')
        .set({ paid, status, next_reminder_on: nextReminderOn, updated_at: now, version: (eb) => eb('version', '+', 1) })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    },

    async markVoid(id: string, reason: string, now: string): Promise<void> {
      await db
        .updateTable('invoices')
        .set({ status: 'void', void_reason: reason, voided_at: now, next_reminder_on: null, updated_at: now, version: (eb) => eb('version', '+', 1) })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    },

    async setNextReminderOn(id: string, nextReminderOn: string | null): Promise<void> {
      await db.updateTable('invoices').set({ next_reminder_on: nextReminderOn }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
    },

    async findCorrective(id: string): Promise<string | undefined> {
      const row = await db.selectFrom('invoices').select('id').where('workspace_id', '=', workspaceId).where('corrects_invoice_id', '=', id).executeTakeFirst();
      return row?.id;
    },

    async list(filter: InvoiceListFilter, page: { limit: number; offset: number }): Promise<{ rows: (InvoiceRecord & { clientName: string })[]; total: number }> {
      let base = db.selectFrom('invoices').innerJoin('clients', 'clients.id', 'invoices.client_id').where('invoices.workspace_id', '=', workspaceId);
      if (filter.clientId) base = base.where('invoices.client_id', '=', filter.clientId);
      if (filter.statuses) base = base.where('invoices.status', 'in', [...filter.statuses]);
      if (filter.dueBefore) base = base.where('invoices.due_on', '<', filter.dueBefore);
      if (filter.dueOnOrAfter) base = base.where('invoices.due_on', '>=', filter.dueOnOrAfter);
      const [{ total } = { total: 0 }] = await base.select((eb) => eb.fn.countAll<string | number>().as('total')).execute();
      const rows = await base
        .selectAll('invoices')
        .select('clients.name as client_name')
        .orderBy('invoices.created_at', 'desc')
        .orderBy('invoices.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return { rows: rows.map((row) => ({ ...toInvoiceRecord(row), clientName: row.client_name })), total: toNumber(total) };
    },

    /** Every invoice of a client that is not a draft (payment behaviour reads them all; a client has tens, not thousands). */
    async listIssuedForClient(clientId: string): Promise<InvoiceRecord[]> {
      const rows = await db.selectFrom('invoices').selectAll().where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).where('status', '!=', 'draft').execute();
      return rows.map(toInvoiceRecord);
    },

    async replaceLines(invoiceId: string, lines: readonly InvoiceLineInput[]): Promise<void> {
      await db.deleteFrom('invoice_lines').where('workspace_id', '=', workspaceId).where('invoice_id', '=', invoiceId).execute();
      if (lines.length === 0) return;
      await db
        .insertInto('invoice_lines')
        .values(
          lines.map((line, position) => ({
            id: newId(),
            workspace_id: workspaceId,
            invoice_id: invoiceId,
            position,
            description: line.description,
            quantity_milli: line.quantityMilli,
            unit_price: line.unitPrice,
            discount: line.discount,
            tax_rate_bp: line.taxRateBp,
          })),
        )
        .execute();
    },

    async lines(invoiceId: string): Promise<InvoiceLineInput[]> {
      const rows = await db.selectFrom('invoice_lines').selectAll().where('workspace_id', '=', workspaceId).where('invoice_id', '=', invoiceId).orderBy('position').execute();
      return rows.map((row) => ({
        description: row.description,
        quantityMilli: toNumber(row.quantity_milli),
        unitPrice: toNumber(row.unit_price),
        discount: toNumber(row.discount),
        taxRateBp: Number(row.tax_rate_bp),
      }));
    },
  };
}

/** The next number of a counter, drawn inside the caller's transaction: a rollback gives it back, so numbers have no gaps. */
export async function drawNextNumber(db: Db, workspaceId: string, series: string, period: string): Promise<number> {
  await db.insertInto('invoice_series').values({ workspace_id: workspaceId, series, period, last_number: 0 }).onConflict((oc) => oc.columns(['workspace_id', 'series', 'period']).doNothing()).execute();
  // UPDATE … RETURNING takes the row lock on PostgreSQL: a concurrent issue waits, then reads the incremented value.
  const row = await db
    .updateTable('invoice_series')
    .set({ last_number: (eb) => eb('last_number', '+', 1) })
    .where('workspace_id', '=', workspaceId)
    .where('series', '=', series)
    .where('period', '=', period)
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return Number(row.last_number);
}
