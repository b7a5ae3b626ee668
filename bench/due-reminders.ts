// Benchmark of the reminders job's look-up: with 1M invoices (200k open), how long finding what is due today takes,
// and that it grows with the due rows, not with all rows (the partial index on next_reminder_on). SQLite, in process.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { connect, migrateToLatest } from '../src/db/connect.ts';
import { invoicesWithReminderDue, type ReminderCursor } from '../src/db/repositories/invoice-payments.ts';
import { addDays } from '../src/domain/invoicing/local-dates.ts';

export type DueRemindersRow = { totalInvoices: number; openInvoices: number; dueRows: number; medianMs: number };
export type DueRemindersResult = { rows: DueRemindersRow[]; plan: string; insertSeconds: number };

const FIRST_DAY = '2027-01-01';
/** Open invoices' next reminder days are spread over this many days, so each day has openInvoices / DAYS due rows. */
const DAYS = 400;
const BATCH = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function measureDueReminders({ dir, totalInvoices = 1_000_000, openInvoices = 200_000 }: { dir: string; totalInvoices?: number; openInvoices?: number }): Promise<DueRemindersResult> {
  fs.mkdirSync(dir, { recursive: true });
  const handle = connect({ kind: 'sqlite', path: path.join(dir, 'invoices.db') });
  try {
    await migrateToLatest(handle.db);
    const sqlite = handle.sqlite!;
    const now = '2027-01-01T00:00:00.000Z';
    sqlite.prepare('insert into workspaces (id, name, language, time_zone, currency, created_at) values (?, ?, ?, ?, ?, ?)').run('w1', 'Bench', 'en', 'UTC', 'EUR', now);
    sqlite
      .prepare(
        `insert into clients (id, workspace_id, name, name_key, search_text, company, time_zone, language, currency, source, stage, notes, is_notes_confidential, version, created_at, updated_at)
         values ('c1', 'w1', 'Client', 'client', 'client', '', 'UTC', 'en', 'EUR', 'referral', 'active', '', 0, 1, ?, ?)`,
      )
      .run(now, now);
    const insert = sqlite.prepare(
      `insert into invoices (id, workspace_id, client_id, kind, status, series, number, currency, language, issue_date, operation_date, due_on, buyer_name, buyer_tax_id, buyer_address,
        seller_name, seller_tax_id, seller_address, withholding_rate_bp, base, tax, withholding, total, paid, notes, late_fee_rule, corrects_invoice_id, void_reason, next_reminder_on,
        version, created_at, updated_at, issued_at, viewed_at, voided_at)
       values (?, 'w1', 'c1', 'standard', ?, 'default', ?, 'EUR', 'en', ?, ?, ?, 'Client', '', '', 'Me', '', '', 0, 100000, 21000, 0, 121000, ?, '', null, null, '', ?, 2, ?, ?, ?, null, null)`,
    );
    const started = performance.now();
    let written = 0;
    const write = sqlite.transaction((count: number, isOpen: boolean) => {
      for (let i = 0; i < count; i++, written++) {
        const day = addDays(FIRST_DAY, written % DAYS);
        const id = `inv-${String(written).padStart(8, '0')}-${(written * 2654435761) % 1e9}`;
        insert.run(id, isOpen ? 'issued' : 'paid', `N-${written}`, day, day, day, isOpen ? 0 : 121000, isOpen ? day : null, now, now, now);
      }
    });
    const due = async (dueRows: number) => {
      const until = addDays(FIRST_DAY, Math.max(0, Math.ceil((dueRows * DAYS) / openInvoices) - 1));
      const times: number[] = [];
      let found = 0;
      for (let run = 0; run < 7; run++) {
        const t0 = performance.now();
        found = 0;
        let cursor: ReminderCursor | null = null;
        for (;;) {
          const batch = await invoicesWithReminderDue(handle.db, until, cursor, BATCH);
          found += batch.length;
          if (batch.length < BATCH) break;
          const last = batch[batch.length - 1]!;
          cursor = { nextReminderOn: last.nextReminderOn, id: last.id };
        }
        times.push(performance.now() - t0);
      }
      return { dueRows: found, medianMs: median(times) };
    };
    const dueTargets = [500, 5_000, 50_000, openInvoices];
    const rows: DueRemindersRow[] = [];
    // First the open invoices and a quarter of the rest, then all of it: the same due rows, four times the table.
    const firstPaid = Math.round((totalInvoices - openInvoices) / 4);
    write(openInvoices, true);
    write(firstPaid, false);
    sqlite.exec('analyze');
    for (const target of dueTargets) rows.push({ totalInvoices: written, openInvoices, ...(await due(target)) });
    write(totalInvoices - openInvoices - firstPaid, false);
    sqlite.exec('analyze');
    const insertSeconds = (performance.now() - started) / 1000;
    for (const target of dueTargets) rows.push({ totalInvoices: written, openInvoices, ...(await due(target)) });
    const compiled = handle.db
      .selectFrom('invoices')
      .select(['id', 'workspace_id', 'next_reminder_on'])
      .where('next_reminder_on', 'is not', null)
      .where('next_reminder_on', '<=', '2027-01-10')
      .where((eb) => eb(eb.refTuple('next_reminder_on', 'id'), '>', eb.tuple('2027-01-01', 'x')))
      .orderBy('next_reminder_on')
      .orderBy('id')
      .limit(BATCH)
      .compile();
    let parameter = 0;
    const planRows = await sql.raw<{ detail: string }>(`explain query plan ${compiled.sql.replace(/\?/g, () => `'${String(compiled.parameters[parameter++])}'`)}`).execute(handle.db);
    return { rows, plan: planRows.rows.map((r) => r.detail).join('; '), insertSeconds };
  } finally {
    await handle.close();
  }
}

/** The figures as a Markdown section of bench/results/latest.md. */
export function dueRemindersMarkdown(result: DueRemindersResult): string[] {
  return [
    '## Reminders job: finding what is due today',
    '',
    `SQLite, ${result.rows.at(-1)!.totalInvoices.toLocaleString('en-US')} invoices of which ${result.rows[0]!.openInvoices.toLocaleString('en-US')} open (written in ${result.insertSeconds.toFixed(1)} s); the job's own query, all batches of ${BATCH}, median of 7 runs.`,
    '',
    '| invoices in the table | due rows | time to list them |',
    '|---:|---:|---:|',
    ...result.rows.map((row) => `| ${row.totalInvoices.toLocaleString('en-US')} | ${row.dueRows.toLocaleString('en-US')} | ${row.medianMs.toFixed(2)} ms |`),
    '',
    `Query plan: \`${result.plan}\`. The same due rows take the same time in a table four times larger: the work follows the due rows.`,
    '',
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'sana-due-'));
  try {
    const result = await measureDueReminders({ dir, totalInvoices: Number(process.env.BENCH_INVOICES ?? 1_000_000), openInvoices: Number(process.env.BENCH_OPEN_INVOICES ?? 200_000) });
    console.log(dueRemindersMarkdown(result).join('\n'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
