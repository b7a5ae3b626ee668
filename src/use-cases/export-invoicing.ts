// The invoicing rows of a workspace export (invoices with their lines, payments, number counters, promises, reminder
// steps, late fees): their part of the file format, reading them in a stable order, and writing them back on import.
// Files written before invoicing existed have none of these keys and import with none.
import { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { newId } from '../db/ids.ts';
import { toInvoiceRecord } from '../db/repositories/invoices.ts';
import { invoiceKinds } from '../domain/invoicing/invoice-status.ts';
import { Id, IsoDateTime } from '../schemas/common.ts';
import { refuseImportedIds } from './refuse-imported-ids.ts';

const Timestamp = IsoDateTime;
const LocalDate = z.iso.date();
const Minor = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const PartyShape = z.object({ name: z.string().max(200), taxId: z.string().max(50), address: z.string().max(500) }).strict();
const storedStatuses = ['draft', 'issued', 'viewed', 'partially_paid', 'paid', 'void'] as const;

export const invoicingExportShape = {
  invoices: z
    .array(
      z
        .object({
          id: Id,
          clientId: Id,
          kind: z.enum(invoiceKinds),
          status: z.enum(storedStatuses),
          series: z.enum(['default', 'corrective']),
          number: z.string().max(100).nullable(),
          currency: z.string().length(3),
          language: z.enum(['en', 'es']),
          issueDate: LocalDate.nullable(),
          operationDate: LocalDate.nullable(),
          dueOn: LocalDate.nullable(),
          buyer: PartyShape,
          seller: PartyShape,
          withholdingRateBp: z.number().int().min(0).max(10_000),
          base: Minor,
          tax: Minor,
          withholding: Minor,
          total: Minor,
          paid: Minor,
          notes: z.string().max(2000),
          lateFeeRule: z.record(z.string(), z.unknown()).nullable(),
          correctsInvoiceId: Id.nullable(),
          agreementId: Id.nullable().default(null),
          billingPeriod: z.string().regex(/^\d{4}-\d{2}$/).nullable().default(null),
          voidReason: z.string().max(500),
          nextReminderOn: LocalDate.nullable(),
          version: z.number().int().min(1),
          createdAt: Timestamp,
          updatedAt: Timestamp,
          issuedAt: Timestamp.nullable(),
          viewedAt: Timestamp.nullable(),
          voidedAt: Timestamp.nullable(),
          lines: z.array(
            z.object({ description: z.string().max(500), quantityMilli: Minor, unitPrice: Minor, discount: Minor, taxRateBp: z.number().int().min(0).max(10_000) }).strict(),
          ),
        })
        .strict(),
    )
    .default([]),
  invoicePayments: z
    .array(z.object({ id: Id, invoiceId: Id, amount: Minor, paidOn: LocalDate, method: z.string().max(50), reference: z.string().max(200), createdAt: Timestamp }).strict())
    .default([]),
  invoiceSeries: z.array(z.object({ series: z.string().max(50), period: z.string().max(10), lastNumber: z.number().int().min(0) }).strict()).default([]),
  promisesToPay: z
    .array(z.object({ id: Id, invoiceId: Id, promisedOn: LocalDate, recordedOn: LocalDate, note: z.string().max(500), createdAt: Timestamp }).strict())
    .default([]),
  remindersSent: z.array(z.object({ id: Id, invoiceId: Id, step: z.string().max(20), outcome: z.string().max(50), recordedAt: Timestamp }).strict()).default([]),
  lateFees: z
    .array(
      z
        .object({
          id: Id,
          invoiceId: Id,
          key: z.string().max(100),
          reason: z.string().max(100),
          amount: Minor,
          chargedOn: LocalDate,
          createdAt: Timestamp,
          // The late-fee invoice that billed it; files written before late-fee invoices have none.
          billedByInvoiceId: Id.nullable().default(null),
        })
        .strict(),
    )
    .default([]),
  lateFeeLetters: z
    .array(z.object({ id: Id, clientId: Id, rule: z.record(z.string(), z.unknown()), effectiveOn: LocalDate, sentTo: z.string().max(320), createdAt: Timestamp }).strict())
    .default([]),
};

const InvoicingExport = z.object(invoicingExportShape);
export type InvoicingExport = z.infer<typeof InvoicingExport>;

type Issue = { path: (string | number)[]; message: string };

/** References and uniqueness the database would refuse anyway, named by path. */
export function invoicingExportIssues(file: InvoicingExport, clientIds: ReadonlySet<string>, agreementIds: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  const invoiceIds = new Set<string>();
  file.invoices.forEach((invoice, index) => {
    if (invoiceIds.has(invoice.id)) issues.push({ path: ['invoices', index, 'id'], message: `The id ${invoice.id} appears twice in invoices.` });
    invoiceIds.add(invoice.id);
    if (!clientIds.has(invoice.clientId)) issues.push({ path: ['invoices', index, 'clientId'], message: `No client with id ${invoice.clientId} in this file.` });
  });
  const numbers = new Set<string>();
  file.invoices.forEach((invoice, index) => {
    if (invoice.correctsInvoiceId !== null && !invoiceIds.has(invoice.correctsInvoiceId)) issues.push({ path: ['invoices', index, 'correctsInvoiceId'], message: `No invoice with id ${invoice.correctsInvoiceId} in this file.` });
    if (invoice.agreementId !== null && !agreementIds.has(invoice.agreementId)) issues.push({ path: ['invoices', index, 'agreementId'], message: `No agreement with id ${invoice.agreementId} in this file.` });
    if (invoice.number === null) return;
    const key = `${invoice.series}/${invoice.number}`;
    if (numbers.has(key)) issues.push({ path: ['invoices', index, 'number'], message: `The number ${invoice.number} appears twice in the ${invoice.series} series.` });
    numbers.add(key);
  });
  for (const key of ['invoicePayments', 'promisesToPay', 'remindersSent', 'lateFees'] as const) {
    const seen = new Set<string>();
    file[key].forEach((row, index) => {
      if (seen.has(row.id)) issues.push({ path: [key, index, 'id'], message: `The id ${row.id} appears twice in ${key}.` });
      seen.add(row.id);
      if (!invoiceIds.has(row.invoiceId)) issues.push({ path: [key, index, 'invoiceId'], message: `No invoice with id ${row.invoiceId} in this file.` });
    });
  }
  const uniqueWithin = (key: 'remindersSent' | 'lateFees', part: (row: { invoiceId: string; step?: string; key?: string }) => string) => {
    const seen = new Set<string>();
    file[key].forEach((row, index) => {
      const id = `${row.invoiceId}/${part(row)}`;
      if (seen.has(id)) issues.push({ path: [key, index], message: `This ${key === 'remindersSent' ? 'reminder step' : 'late fee'} appears twice for the same invoice.` });
      seen.add(id);
    });
  };
  uniqueWithin('remindersSent', (row) => row.step ?? '');
  uniqueWithin('lateFees', (row) => row.key ?? '');
  file.lateFees.forEach((fee, index) => {
    if (fee.billedByInvoiceId !== null && !invoiceIds.has(fee.billedByInvoiceId)) issues.push({ path: ['lateFees', index, 'billedByInvoiceId'], message: `No invoice with id ${fee.billedByInvoiceId} in this file.` });
  });
  const letterIds = new Set<string>();
  file.lateFeeLetters.forEach((letter, index) => {
    if (letterIds.has(letter.id)) issues.push({ path: ['lateFeeLetters', index, 'id'], message: `The id ${letter.id} appears twice in lateFeeLetters.` });
    letterIds.add(letter.id);
    if (!clientIds.has(letter.clientId)) issues.push({ path: ['lateFeeLetters', index, 'clientId'], message: `No client with id ${letter.clientId} in this file.` });
  });
  const counters = new Set<string>();
  file.invoiceSeries.forEach((row, index) => {
    if (counters.has(`${row.series}/${row.period}`)) issues.push({ path: ['invoiceSeries', index], message: `The counter ${row.series} ${row.period} appears twice.` });
    counters.add(`${row.series}/${row.period}`);
  });
  return issues;
}

function byKeys<T>(...keys: ((row: T) => string | number)[]) {
  return (a: T, b: T): number => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
}

export async function readInvoicingExport(trx: Db, workspaceId: string): Promise<InvoicingExport> {
  const [invoiceRows, lineRows, payments, series, promises, reminders, fees, letters] = [
    await trx.selectFrom('invoices').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('invoice_lines').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('payments').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('invoice_series').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('promises_to_pay').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('reminders_sent').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('late_fees').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('late_fee_letters').selectAll().where('workspace_id', '=', workspaceId).execute(),
  ];
  const linesByInvoice = new Map<string, typeof lineRows>();
  for (const line of lineRows) linesByInvoice.set(line.invoice_id, [...(linesByInvoice.get(line.invoice_id) ?? []), line]);
  return {
    invoices: invoiceRows
      .map((row) => {
        const r = toInvoiceRecord(row);
        return {
          id: r.id,
          clientId: r.clientId,
          kind: r.kind as InvoicingExport['invoices'][number]['kind'],
          status: r.status,
          series: r.series,
          number: r.number,
          currency: r.currency,
          language: r.language as 'en' | 'es',
          issueDate: r.issueDate,
          operationDate: r.operationDate,
          dueOn: r.dueOn,
          buyer: r.buyer,
          seller: r.seller,
          withholdingRateBp: r.withholdingRateBp,
          base: r.base,
          tax: r.tax,
          withholding: r.withholding,
          total: r.total,
          paid: r.paid,
          notes: r.notes,
          lateFeeRule: r.lateFeeRule as Record<string, unknown> | null,
          correctsInvoiceId: r.correctsInvoiceId,
          agreementId: r.agreementId,
          billingPeriod: r.billingPeriod,
          voidReason: r.voidReason,
          nextReminderOn: r.nextReminderOn,
          version: r.version,
          createdAt: r.createdAt,
          updatedAt: r.updatedAt,
          issuedAt: r.issuedAt,
          viewedAt: r.viewedAt,
          voidedAt: r.voidedAt,
          lines: (linesByInvoice.get(r.id) ?? [])
            .sort(byKeys((l) => Number(l.position)))
            .map((l) => ({ description: l.description, quantityMilli: Number(l.quantity_milli), unitPrice: Number(l.unit_price), discount: Number(l.discount), taxRateBp: Number(l.tax_rate_bp) })),
        };
      })
      // Corrected invoices come before the corrective ones that reference them, so the import can insert in file order.
      .sort(byKeys((i) => (i.correctsInvoiceId === null ? 0 : 1), (i) => i.createdAt, (i) => i.id)),
    invoicePayments: payments
      .map((p) => ({ id: p.id, invoiceId: p.invoice_id, amount: Number(p.amount), paidOn: p.paid_on, method: p.method, reference: p.reference, createdAt: p.created_at }))
      .sort(byKeys((p) => p.paidOn, (p) => p.createdAt, (p) => p.id)),
    invoiceSeries: series.map((s) => ({ series: s.series, period: s.period, lastNumber: Number(s.last_number) })).sort(byKeys((s) => s.series, (s) => s.period)),
    promisesToPay: promises
      .map((p) => ({ id: p.id, invoiceId: p.invoice_id, promisedOn: p.promised_on, recordedOn: p.recorded_on, note: p.note, createdAt: p.created_at }))
      .sort(byKeys((p) => p.createdAt, (p) => p.id)),
    remindersSent: reminders.map((r) => ({ id: r.id, invoiceId: r.invoice_id, step: r.step, outcome: r.outcome, recordedAt: r.recorded_at })).sort(byKeys((r) => r.recordedAt, (r) => r.id)),
    lateFees: fees
      .map((f) => ({ id: f.id, invoiceId: f.invoice_id, key: f.fee_key, reason: f.reason, amount: Number(f.amount), chargedOn: f.charged_on, createdAt: f.created_at, billedByInvoiceId: f.billed_by_invoice_id }))
      .sort(byKeys((f) => f.chargedOn, (f) => f.createdAt, (f) => f.id)),
    lateFeeLetters: letters
      .map((l) => ({ id: l.id, clientId: l.client_id, rule: JSON.parse(l.rule) as Record<string, unknown>, effectiveOn: l.effective_on, sentTo: l.sent_to, createdAt: l.created_at }))
      .sort(byKeys((l) => l.createdAt, (l) => l.id)),
  };
}

const tables = [
  ['invoices', 'invoices'],
  ['payments', 'invoicePayments'],
  ['promises_to_pay', 'promisesToPay'],
  ['reminders_sent', 'remindersSent'],
  ['late_fees', 'lateFees'],
  ['late_fee_letters', 'lateFeeLetters'],
] as const;

/** Writes the rows inside the import's transaction, after the clients; an id already in the database refuses the whole import. */
export async function writeInvoicingImport(trx: Db, workspaceId: string, data: InvoicingExport, emptyDatabaseHint: string): Promise<void> {
  await refuseImportedIds(trx, tables.map(([table, key]) => [table, data[key]]), emptyDatabaseHint);
  const ordered = [...data.invoices].sort((a, b) => (a.correctsInvoiceId === null ? 0 : 1) - (b.correctsInvoiceId === null ? 0 : 1));
  for (const i of ordered) {
    await trx
      .insertInto('invoices')
      .values({
        id: i.id,
        workspace_id: workspaceId,
        client_id: i.clientId,
        kind: i.kind,
        status: i.status,
        series: i.series,
        number: i.number,
        currency: i.currency,
        language: i.language,
        issue_date: i.issueDate,
        operation_date: i.operationDate,
        due_on: i.dueOn,
        buyer_name: i.buyer.name,
        buyer_tax_id: i.buyer.taxId,
        buyer_address: i.buyer.address,
        seller_name: i.seller.name,
        seller_tax_id: i.seller.taxId,
        seller_address: i.seller.address,
        withholding_rate_bp: i.withholdingRateBp,
        base: i.base,
        tax: i.tax,
        withholding: i.withholding,
        total: i.total,
        paid: i.paid,
        notes: i.notes,
        late_fee_rule: i.lateFeeRule === null ? null : JSON.stringify(i.lateFeeRule),
        corrects_invoice_id: i.correctsInvoiceId,
        agreement_id: i.agreementId,
        billing_period: i.billingPeriod,
        void_reason: i.voidReason,
        next_reminder_on: i.nextReminderOn,
        version: i.version,
        created_at: i.createdAt,
        updated_at: i.updatedAt,
        issued_at: i.issuedAt,
        viewed_at: i.viewedAt,
        voided_at: i.voidedAt,
      })
      .execute();
    if (i.lines.length > 0) {
      await trx
        .insertInto('invoice_lines')
        .values(i.lines.map((l, position) => ({ id: newId(), workspace_id: workspaceId, invoice_id: i.id, position, description: l.description, quantity_milli: l.quantityMilli, unit_price: l.unitPrice, discount: l.discount, tax_rate_bp: l.taxRateBp })))
        .execute();
    }
  }
  for (const p of data.invoicePayments) {
    await trx.insertInto('payments').values({ id: p.id, workspace_id: workspaceId, invoice_id: p.invoiceId, amount: p.amount, paid_on: p.paidOn, method: p.method, reference: p.reference, created_at: p.createdAt }).execute();
  }
  for (const s of data.invoiceSeries) await trx.insertInto('invoice_series').values({ workspace_id: workspaceId, series: s.series, period: s.period, last_number: s.lastNumber }).execute();
  for (const p of data.promisesToPay) {
    await trx.insertInto('promises_to_pay').values({ id: p.id, workspace_id: workspaceId, invoice_id: p.invoiceId, promised_on: p.promisedOn, recorded_on: p.recordedOn, note: p.note, created_at: p.createdAt }).execute();
  }
  for (const r of data.remindersSent) await trx.insertInto('reminders_sent').values({ id: r.id, workspace_id: workspaceId, invoice_id: r.invoiceId, step: r.step, outcome: r.outcome, recorded_at: r.recordedAt }).execute();
  for (const l of data.lateFeeLetters) {
    await trx.insertInto('late_fee_letters').values({ id: l.id, workspace_id: workspaceId, client_id: l.clientId, rule: JSON.stringify(l.rule), effective_on: l.effectiveOn, sent_to: l.sentTo, created_at: l.createdAt }).execute();
  }
  for (const f of data.lateFees) {
    await trx
      .insertInto('late_fees')
      .values({ id: f.id, workspace_id: workspaceId, invoice_id: f.invoiceId, fee_key: f.key, reason: f.reason, amount: f.amount, charged_on: f.chargedOn, created_at: f.createdAt, billed_by_invoice_id: f.billedByInvoiceId })
      .execute();
  }
}
