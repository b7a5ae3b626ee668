// Retainers invoiced by the job runner over ~70 simulated days, through a real SMTP server: one invoice per contract and
// month (in advance: next month on the last working day; in arrears: the month that ends), caught up after days with
// the server off, none after the term or for a client who left, and never twice with reruns or two servers at once.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../tests/support/test-app.ts';
import { databaseKinds } from '../../tests/support/test-database.ts';
import { startSmtpSink, type SmtpSink } from '../../tests/support/smtp-sink.ts';
import { createClock, type Clock } from '../clock.ts';
import { connect, type DatabaseHandle } from '../db/connect.ts';
import { addDays } from '../domain/invoicing/local-dates.ts';
import { createSmtpMailer, type Mailer } from '../outputs/email/smtp-transport.ts';
import { signedContract } from '../http/routes/money-up-front.test-support.ts';
import { invoiceRetainersJob } from './invoice-retainers.ts';
import { jobs } from './registry.ts';
import { createJobRunner } from './runner.ts';

type RetainerInvoice = { billingPeriod: string; issueDate: string; dueOn: string; number: string; total: number; status: string; line: string };

describe.each(databaseKinds)('retainer invoices across simulated days on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  let sink: SmtpSink;
  let now = '2027-03-10T08:00:00Z';
  const clock: Clock = { now: () => createClock(now).now(), nowIso: () => createClock(now).nowIso() };
  const mailers: Mailer[] = [];
  const handles: DatabaseHandle[] = [];
  const tag = randomUUID().slice(0, 8);
  const ownerEmail = `owner-${tag}@example.com`;

  const runner = (db = t.database.db) => {
    const mailer = createSmtpMailer(sink.url);
    mailers.push(mailer);
    return createJobRunner({ ...t.deps, db, clock, mailer, smtpFrom: 'Sana <sana@localhost>' }, jobs, (error) => {
      throw error;
    });
  };
  const secondConnection = () => {
    const handle = kind === 'sqlite' ? connect({ kind: 'sqlite', path: t.database.sqlitePath! }) : connect({ kind: 'postgres', url: t.database.url, poolSize: 3 });
    handles.push(handle);
    return handle.db;
  };
  const client = async (name: string, language: string) => {
    const response = await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name, timeZone: 'Europe/Madrid', language, currency: 'EUR', contacts: [{ name, email: `${name.toLowerCase()}-${tag}@example.com` }] } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  /** Sessions last 30 days; weeks later in the story the freelancer logs in again. */
  async function logInAgain(): Promise<void> {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: ownerEmail, password: 'correct horse battery' }, remoteAddress: '10.9.1.1' });
    expect(response.statusCode, response.body).toBe(201);
    const cookie = `sana_session=${response.cookies.find((c) => c.name === 'sana_session')!.value}`;
    const csrfToken = response.json().csrfToken as string;
    owner = { ...owner, cookie, csrfToken, request: (options) => t.app.inject({ ...options, headers: { ...options.headers, cookie, ...(options.method && options.method !== 'GET' && { 'x-csrf-token': csrfToken }) } }) };
  }
  /** What the freelancer sees: the client's retainer invoices, oldest month first. */
  const retainerInvoices = async (clientId: string): Promise<RetainerInvoice[]> => {
    const page = (await owner.request({ method: 'GET', url: `/api/v1/invoices?clientId=${clientId}&limit=200` })).json();
    const full = await Promise.all(page.items.map(async (item: { id: string }) => (await owner.request({ method: 'GET', url: `/api/v1/invoices/${item.id}` })).json()));
    return full
      .filter((invoice) => invoice.kind === 'retainer')
      .map((invoice) => ({ billingPeriod: invoice.billingPeriod, issueDate: invoice.issueDate, dueOn: invoice.dueOn, number: invoice.number, total: invoice.total, status: invoice.status, line: invoice.lines[0].description }))
      .sort((a, b) => a.billingPeriod.localeCompare(b.billingPeriod));
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp(kind, { clock, isSmtpConfigured: true });
    owner = await setUpOwner(t.app, { email: ownerEmail });
    const settings = await owner.request({ method: 'PUT', url: '/api/v1/settings/invoicing', payload: { settings: { seller: { name: 'Marta Vidal' } }, version: 0 } });
    expect(settings.statusCode, settings.body).toBe(200);
  });
  afterAll(async () => {
    for (const mailer of mailers) mailer.close();
    for (const handle of handles) await handle.close();
    await t?.close();
    await sink?.close();
  });

  test('ten weeks of daily runs (reruns, a second server, four days off) issue exactly one invoice per contract and month', async () => {
    const [advance, arrears, leaving] = [await client('Advance', 'en'), await client('Arrears', 'es'), await client('Leaving', 'en')];
    const inject = (options: InjectOptions) => t.app.inject(options);
    const sign = async (clientId: string, templateId: string, cost: Record<string, unknown>) => {
      const { agreementId, signed } = await signedContract(owner, inject, { clientId, templateId, document: { when: { startDate: '2027-03-01' }, cost: { amount: 150_000, ...cost } } });
      expect(signed.statusCode, signed.body).toBe(200);
      return agreementId;
    };
    // Signed on 10 March, after February's run: March is caught up at once, then each month on its last working day.
    await sign(advance, 'starter-virtual-assistant-en', { termMonths: 6 });
    await sign(arrears, 'starter-virtual-assistant-es', { isRetainerBilledInAdvance: false, termMonths: 2 });
    await sign(leaving, 'starter-virtual-assistant-en', { termMonths: 6 });
    const second = secondConnection();

    for (let date = '2027-03-10'; date <= '2027-05-19'; date = addDays(date, 1)) {
      now = `${date}T08:00:00Z`;
      // The server is off from Thursday 29 April to Monday 3 May, over April's run (Friday the 30th).
      if (date >= '2027-04-29' && date <= '2027-05-03') continue;
      if (date === '2027-04-15') {
        await logInAgain();
        const current = (await owner.request({ method: 'GET', url: `/api/v1/clients/${leaving}` })).json();
        expect((await owner.request({ method: 'PATCH', url: `/api/v1/clients/${leaving}`, payload: { version: current.version, isArchived: true } })).statusCode).toBe(200);
      }
      // Two servers on some days (side by side on PostgreSQL; SQLite serves one process, so in turn), and a restart every day.
      if (date.endsWith('0') && kind === 'postgres') await Promise.all([runner().runOnce(), runner(second).runOnce()]);
      else if (date.endsWith('0')) await runner(second).runOnce();
      await runner().runOnce();
      await runner().runOnce();
    }

    await logInAgain();
    const advanceInvoices = await retainerInvoices(advance);
    expect(advanceInvoices.map(({ number: _n, line: _l, ...rest }) => rest)).toEqual([
      { billingPeriod: '2027-03', issueDate: '2027-03-10', dueOn: '2027-03-10', total: 150_000, status: 'overdue' },
      { billingPeriod: '2027-04', issueDate: '2027-03-31', dueOn: '2027-04-01', total: 150_000, status: 'overdue' },
      // April's run was missed (server off): caught up on Tuesday 4 May, due that day.
      { billingPeriod: '2027-05', issueDate: '2027-05-04', dueOn: '2027-05-04', total: 150_000, status: 'overdue' },
    ]);
    expect(advanceInvoices.map((i) => i.line)).toEqual(['Retainer for March 2027 — Monthly virtual assistance', 'Retainer for April 2027 — Monthly virtual assistance', 'Retainer for May 2027 — Monthly virtual assistance']);
    const arrearsInvoices = await retainerInvoices(arrears);
    // In arrears: March on its last working day (Wednesday 31), April caught up on 4 May; 30 days to pay; May is past the 2-month term.
    expect(arrearsInvoices.map(({ billingPeriod, issueDate, dueOn }) => ({ billingPeriod, issueDate, dueOn }))).toEqual([
      { billingPeriod: '2027-03', issueDate: '2027-03-31', dueOn: '2027-04-30' },
      { billingPeriod: '2027-04', issueDate: '2027-05-04', dueOn: '2027-06-03' },
    ]);
    expect(arrearsInvoices[0]!.line).toBe('Iguala mensual de marzo de 2027 — Asistencia virtual mensual');
    // Archived on 15 April: nothing after that.
    expect((await retainerInvoices(leaving)).map((i) => i.billingPeriod)).toEqual(['2027-03', '2027-04']);

    // Gapless numbers across everything issued, in issue order.
    const numbers = [...advanceInvoices, ...arrearsInvoices].map((i) => i.number).sort();
    expect(new Set(numbers).size).toBe(numbers.length);
    const rows = await t.database.db.selectFrom('invoices').select(['number']).where('workspace_id', '=', owner.workspaceId).where('number', 'is not', null).orderBy('number').execute();
    expect(rows.map((r) => r.number)).toEqual(rows.map((_, index) => `2027-${String(index + 1).padStart(4, '0')}`));
    // Every email that went out (issued invoices, reminders) arrived once.
    const seen = sink.received.map((m) => `${m.to.join(',')}|${m.subject}`);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((key, index) => seen.indexOf(key) !== index)).toEqual([]);
    const timeline = (await owner.request({ method: 'GET', url: `/api/v1/clients/${advance}/events?limit=200` })).json().items.filter((e: { type: string }) => e.type === 'invoice_issued');
    expect(timeline).toHaveLength(3);
    // Seventy days of runs through SMTP: minutes on a busy machine.
  }, 240_000);

  test('two servers running the job at the same moment issue the month once (the unique index decides)', async () => {
    now = '2027-05-31T08:00:00Z';
    await logInAgain();
    const race = await client('Race', 'en');
    const inject = (options: InjectOptions) => t.app.inject(options);
    const { signed } = await signedContract(owner, inject, { clientId: race, templateId: 'starter-virtual-assistant-en', document: { when: { startDate: '2027-06-01' }, cost: { amount: 90_000 } } });
    expect(signed.statusCode, signed.body).toBe(200);
    const ctx = (db: typeof t.database.db) => ({ ...t.deps, db, clock, mailer: undefined, smtpFrom: 'Sana <sana@localhost>' });
    const other = secondConnection();
    // No lease here: the job itself must hold, as it would if a lease expired mid-run.
    const results = kind === 'postgres' ? await Promise.all([invoiceRetainersJob.run(ctx(t.database.db)), invoiceRetainersJob.run(ctx(other))]) : [await invoiceRetainersJob.run(ctx(t.database.db)), await invoiceRetainersJob.run(ctx(other))];
    // Monday 31 May is May's run: the new contract's June, and June for the first retainer too, each once.
    expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(2);
    expect((await retainerInvoices(race)).map((i) => [i.billingPeriod, i.issueDate, i.dueOn])).toEqual([['2027-06', '2027-05-31', '2027-06-01']]);
    const all = await t.database.db.selectFrom('invoices').select(['agreement_id', 'billing_period']).where('workspace_id', '=', owner.workspaceId).where('billing_period', '=', '2027-06').execute();
    expect(all).toHaveLength(2);
  }, 60_000);
});
