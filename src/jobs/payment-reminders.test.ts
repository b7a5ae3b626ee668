// Reminders and late fees run day after day through the job runner and a real SMTP server: each reminder arrives once,
// payment stops them, a promise pauses them, and a second server or a restart never sends one twice.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../tests/support/test-app.ts';
import { databaseKinds } from '../../tests/support/test-database.ts';
import { startSmtpSink, type SmtpSink } from '../../tests/support/smtp-sink.ts';
import { createClock, type Clock } from '../clock.ts';
import { connect, type DatabaseHandle } from '../db/connect.ts';
import { createSmtpMailer, type Mailer } from '../outputs/email/smtp-transport.ts';
import { sendInvoiceReminder } from '../use-cases/send-invoice-reminder.ts';
import { jobs } from './registry.ts';
import { createJobRunner } from './runner.ts';

/** Subjects arrive as RFC 2047 encoded words when they hold accents ("=?UTF-8?Q?Aviso_autom=C3=A1tico?="). */
function decodeMimeWords(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_, text: string) => Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'));
}

describe.each(databaseKinds)('payment reminders and late fees across simulated days on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  let sink: SmtpSink;
  let now = '2027-03-01T08:00:00Z';
  const clock: Clock = { now: () => createClock(now).now(), nowIso: () => createClock(now).nowIso() };
  const mailers: Mailer[] = [];
  const handles: DatabaseHandle[] = [];
  const tag = randomUUID().slice(0, 8);
  const address = (name: string) => `${name}-${tag}@example.com`;
  const ownerEmail = address('owner');

  /** Sessions last 30 days; weeks later in the story the freelancer logs in again. */
  async function logInAgain(): Promise<void> {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: ownerEmail, password: 'correct horse battery' }, remoteAddress: '10.9.0.1' });
    expect(response.statusCode, response.body).toBe(201);
    const cookie = `sana_session=${response.cookies.find((c) => c.name === 'sana_session')!.value}`;
    const csrfToken = response.json().csrfToken as string;
    owner = {
      ...owner,
      cookie,
      csrfToken,
      request: (options) => t.app.inject({ ...options, headers: { ...options.headers, cookie, ...(options.method && options.method !== 'GET' && { 'x-csrf-token': csrfToken }) } }),
    };
  }

  const runner = (db = t.database.db) => {
    const mailer = createSmtpMailer(sink.url);
    mailers.push(mailer);
    return createJobRunner({ ...t.deps, db, clock, mailer, smtpFrom: 'Sana <sana@localhost>' }, jobs, (error) => {
      throw error;
    });
  };
  const clientWith = async (name: string, language: string) =>
    (await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name, timeZone: 'Europe/Madrid', language, currency: 'EUR', contacts: [{ name, email: address(name.toLowerCase()) }] } })).json().id as string;
  const issuedInvoice = async (clientId: string, extra: Record<string, unknown> = {}) => {
    const draft = await owner.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId, dueOn: '2027-03-10', lines: [{ description: 'Work', unitPrice: 100_000, taxRate: 21 }], ...extra } });
    const issued = await owner.request({ method: 'POST', url: `/api/v1/invoices/${draft.json().id}/issue` });
    expect(issued.statusCode, issued.body).toBe(200);
    return issued.json() as { id: string; number: string; total: number };
  };
  const receivedBy = (name: string) => sink.received.filter((m) => m.to.includes(address(name))).map((m) => ({ ...m, subject: decodeMimeWords(m.subject) }));

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp(kind, { clock, isSmtpConfigured: true });
    owner = await setUpOwner(t.app, { email: ownerEmail });
    const settings = await owner.request({ method: 'PUT', url: '/api/v1/settings/invoicing', payload: { settings: { seller: { name: 'Lucía Peña' }, euReferenceRates: { '2027-H1': 2.15 } }, version: 0 } });
    expect(settings.statusCode, settings.body).toBe(200);
  });
  afterAll(async () => {
    for (const mailer of mailers) mailer.close();
    for (const handle of handles) await handle.close();
    await t?.close();
    await sink?.close();
  });

  test('six weeks of daily runs (twice a day, and two servers on some days) send each reminder exactly once', async () => {
    const [unpaidId, paidId, promisedId, feeId] = [await clientWith('Unpaid', 'en'), await clientWith('Paid', 'es'), await clientWith('Promised', 'en'), await clientWith('Fee', 'en')];
    const unpaid = await issuedInvoice(unpaidId);
    const paid = await issuedInvoice(paidId);
    const promised = await issuedInvoice(promisedId);
    const withFee = await issuedInvoice(feeId, { lateFeeRule: { kind: 'statutory_eu' } });
    const second = kind === 'sqlite' ? connect({ kind: 'sqlite', path: t.database.sqlitePath! }) : connect({ kind: 'postgres', url: t.database.url, poolSize: 3 });
    handles.push(second);

    for (let day = 1; day <= 42; day++) {
      const date = new Date(Date.UTC(2027, 2, day)).toISOString().slice(0, 10);
      now = `${date}T08:00:00Z`;
      if (date === '2027-03-11') {
        expect((await owner.request({ method: 'POST', url: `/api/v1/invoices/${promised.id}/promises`, payload: { promisedOn: '2027-03-20' } })).statusCode).toBe(201);
      }
      if (date === '2027-03-12') {
        expect((await owner.request({ method: 'POST', url: `/api/v1/invoices/${paid.id}/payments`, payload: { amount: paid.total, paidOn: date, method: 'bank_transfer' } })).statusCode).toBe(201);
      }
      // Two servers on some days (at the same moment on PostgreSQL; SQLite serves one process, so one after the other),
      // and a restart (a second run) on every day.
      if (day % 5 === 0 && kind === 'postgres') await Promise.all([runner().runOnce(), runner(second.db).runOnce()]);
      else if (day % 5 === 0) await runner(second.db).runOnce();
      await runner().runOnce();
      await runner().runOnce();
    }

    const subjects = (name: string) => receivedBy(name).map((m) => m.subject);
    // Each client first got the "new invoice" email when it was issued, then the reminders.
    expect(subjects('unpaid')).toEqual([
      `Invoice ${unpaid.number} from Lucía Peña`,
      `Automatic notice: invoice ${unpaid.number} is due on 10 March 2027`,
      `Automatic notice: invoice ${unpaid.number} is due today`,
      `Automatic notice: invoice ${unpaid.number} is 3 days overdue`,
      `Automatic notice: invoice ${unpaid.number} is 7 days overdue`,
      `Automatic notice: invoice ${unpaid.number} is 14 days overdue`,
      `Automatic notice: invoice ${unpaid.number} is 30 days overdue`,
    ]);
    // Paid on the 12th: the two reminders before it, in Spanish, and nothing after.
    expect(subjects('paid')).toEqual([`Factura ${paid.number} de Lucía Peña`, `Aviso automático: la factura ${paid.number} vence el 10 de marzo de 2027`, `Aviso automático: la factura ${paid.number} vence hoy`]);
    // Promised on the 11th for the 20th: paused, then the reminder of the day (7 days) on the 21st, then the rest.
    expect(subjects('promised')).toEqual([
      `Invoice ${promised.number} from Lucía Peña`,
      `Automatic notice: invoice ${promised.number} is due on 10 March 2027`,
      `Automatic notice: invoice ${promised.number} is due today`,
      `Automatic notice: invoice ${promised.number} is 11 days overdue`,
      `Automatic notice: invoice ${promised.number} is 14 days overdue`,
      `Automatic notice: invoice ${promised.number} is 30 days overdue`,
    ]);
    const all = sink.received.filter((m) => m.subject.includes('utom'));
    expect(new Set(all.map((m) => m.messageId)).size).toBe(all.length);

    const first = receivedBy('unpaid')[1]!.raw.replace(/=\r?\n/g, '');
    expect(first).toContain('automatic notice sent by Sana on behalf of Lu');
    expect(first).toContain('http://localhost:3000/p/');
    // The link opens this invoice's own page in the portal.
    expect(first).toContain(`/invoices/${unpaid.id}`);
    // The late fee: 40 EUR once under the statutory rule, shown in the reminders after the due date, with accrued interest.
    const feeMail = receivedBy('fee').at(-1)!.raw.replace(/=\r?\n/g, '');
    expect(feeMail).toContain('Late fees under the terms we agreed: =E2=82=AC40.00');
    expect(feeMail).toContain('Statutory interest for late payment accrued so far');
    const fees = await t.database.db.selectFrom('late_fees').selectAll().where('invoice_id', '=', withFee.id).execute();
    expect(fees.map((f) => [f.fee_key, Number(f.amount), f.charged_on])).toEqual([['statutory_compensation', 4_000, '2027-03-11']]);
    const steps = await t.database.db.selectFrom('reminders_sent').select(['step', 'outcome']).where('invoice_id', '=', promised.id).orderBy('recorded_at').execute();
    expect(steps).toEqual([
      { step: 'd-3', outcome: 'sent' },
      { step: 'd0', outcome: 'sent' },
      { step: 'd+3', outcome: 'passed_over' },
      { step: 'd+7', outcome: 'sent' },
      { step: 'd+14', outcome: 'sent' },
      { step: 'd+30', outcome: 'sent' },
    ]);
    await logInAgain();
    const invoice = (await owner.request({ method: 'GET', url: `/api/v1/invoices/${unpaid.id}` })).json();
    expect(invoice).toMatchObject({ status: 'overdue' });
    expect(invoice.remindersSent).toHaveLength(6);
    const events = (await owner.request({ method: 'GET', url: `/api/v1/clients/${feeId}/events?limit=200` })).json().items.map((e: { type: string }) => e.type);
    expect(events.filter((type: string) => type === 'late_fee_applied')).toHaveLength(1);
    // Nothing more is scheduled for invoices whose last step went out, or that were paid.
    const pending = await t.database.db.selectFrom('invoices').select(['id', 'next_reminder_on']).where('id', 'in', [unpaid.id, paid.id, promised.id]).execute();
    expect(pending.map((row) => row.next_reminder_on)).toEqual([null, null, null]);
  });

  test('the same reminder handled by two servers at the same moment is queued once', async () => {
    now = '2027-05-01T08:00:00Z';
    await logInAgain();
    const clientId = await clientWith('Race', 'en');
    const draft = await owner.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId, dueOn: '2027-05-01', lines: [{ description: 'Work', unitPrice: 5_000, taxRate: 0 }] } });
    const issued = await owner.request({ method: 'POST', url: `/api/v1/invoices/${draft.json().id}/issue` });
    expect(issued.statusCode, issued.body).toBe(200);
    const invoiceId = issued.json().id as string;
    const other = kind === 'sqlite' ? connect({ kind: 'sqlite', path: t.database.sqlitePath! }) : connect({ kind: 'postgres', url: t.database.url, poolSize: 3 });
    handles.push(other);
    const send = (db: typeof t.database.db) => sendInvoiceReminder({ deps: { ...t.deps, db, clock }, workspaceId: owner.workspaceId, invoiceId });
    // PostgreSQL: truly side by side (the invoice row lock and the unique key decide); SQLite: one process, so in turn.
    const outcomes = kind === 'postgres' ? await Promise.all([send(t.database.db), send(other.db)]) : [await send(t.database.db), await send(other.db)];
    expect(outcomes.sort()).toEqual(['none', 'sent']);
    const queued = await t.database.db.selectFrom('outbox').select('idempotency_key').where('idempotency_key', 'like', `invoice-reminder:${invoiceId}:%`).execute();
    expect(queued).toEqual([{ idempotency_key: `invoice-reminder:${invoiceId}:d0` }]);
  });
});
