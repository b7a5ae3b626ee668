// The term-end job day by day with a pinned clock, on both databases: nothing 31 days before the end, one email to the
// freelancer and one timeline note 30 days before, nothing more after; and once through `sana jobs run --now` itself.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../tests/support/test-app.ts';
import { databaseKinds } from '../../tests/support/test-database.ts';
import { createClock, type Clock } from '../clock.ts';
import { jobs } from './registry.ts';
import { createJobRunner } from './runner.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

type Outbox = { items: { to: string; subject: string; bodyText: string }[] };

/** Term: 8 March to 7 September 2027 (6 months). The default window opens 30 days before: 8 August. */
const endsOn = '2027-09-07';

describe.each(databaseKinds)('renegotiation reminders on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  let now = '2027-03-01T09:00:00Z';
  const clock: Clock = { now: () => createClock(now).now(), nowIso: () => createClock(now).nowIso() };
  const ownerEmail = `marta-${kind}-${Date.now()}@example.com`;

  const runJobsAt = async (iso: string) => {
    now = iso;
    const reports = await createJobRunner({ ...t.deps, mailer: undefined, smtpFrom: 'Sana <sana@localhost>' }, jobs, (error) => {
      throw error;
    }).runOnce();
    return reports.find((r) => r.job === 'renegotiation-reminders')!;
  };
  // Read straight from the database: months later in the story the owner's session has long expired.
  const reminders = async () =>
    (await t.database.db.selectFrom('outbox').select(['to_address', 'subject', 'body_text']).where('to_address', '=', ownerEmail).orderBy('created_at').execute())
      .filter((m) => /ends on|termina el/.test(m.subject))
      .map((m) => ({ to: m.to_address, subject: m.subject, bodyText: m.body_text }));
  const notes = async (clientId: string) =>
    (await t.database.db.selectFrom('events').select(['type', 'payload']).where('client_id', '=', clientId).where('type', '=', 'renegotiation_due').execute()).map((e) => ({ type: e.type, payload: JSON.parse(e.payload) as Record<string, unknown> }));

  async function signedContract(clientName: string, email: string, startDate = '2027-03-08'): Promise<{ clientId: string; id: string }> {
    now = '2027-03-01T09:00:00Z';
    const client = await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name: clientName, timeZone: 'Europe/Madrid', language: 'es', currency: 'EUR', contacts: [{ name: clientName, email }] } });
    const clientId = client.json().id as string;
    const created = await owner.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId, kind: 'contract', templateId: 'starter-writer-es', document: { when: { startDate }, cost: { amount: 90_000 } } } });
    const id = created.json().id as string;
    expect((await owner.request({ method: 'POST', url: `/api/v1/agreements/${id}/send` })).statusCode).toBe(200);
    const token = /\/p\/([A-Za-z0-9_-]+)\/agreements\//.exec(((await owner.request({ method: 'GET', url: '/api/v1/outbox?limit=200' })).json() as Outbox).items.find((m) => m.to === email)!.bodyText)![1]!;
    expect((await owner.request({ method: 'POST', url: `/api/v1/agreements/${id}/sign`, payload: { version: 1, fullName: 'Marta Vidal', hasConsented: true } })).statusCode).toBe(200);
    const signed = await t.app.inject({ method: 'POST', url: `/api/v1/portal/${token}/agreements/${id}/sign`, remoteAddress: '203.0.113.4', payload: { version: 1, fullName: clientName, hasConsented: true } });
    expect(signed.statusCode, signed.body).toBe(200);
    return { clientId, id };
  }

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    owner = await setUpOwner(t.app, { name: 'Marta Vidal', email: ownerEmail, timeZone: 'Europe/Madrid' });
  });
  afterAll(async () => {
    await t?.close();
  });

  test('day N-31 nothing, day N-30 one email and one timeline note, day N-29 and a second run nothing more', async () => {
    const { clientId, id } = await signedContract('Lucía Ortega', `lucia-${kind}@norte.example`);
    expect((await owner.request({ method: 'GET', url: `/api/v1/agreements/${id}` })).json().termEndsOn).toBe(endsOn);

    expect((await runJobsAt('2027-08-07T08:00:00Z')).result).toEqual({ done: 0, failed: 0 });
    expect(await reminders()).toEqual([]);
    expect(await notes(clientId)).toEqual([]);

    expect((await runJobsAt('2027-08-08T08:00:00Z')).result).toEqual({ done: 1, failed: 0 });
    // A second run the same day (a restart, or cron beside the server) changes nothing.
    expect((await runJobsAt('2027-08-08T20:00:00Z')).result).toEqual({ done: 0, failed: 0 });
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    // The freelancer set up Sana in English: the reminder is in their language, not the client's.
    expect(sent[0]!.subject).toBe('The contract with Lucía Ortega ends on 7 September 2027');
    expect(sent[0]!.bodyText).toContain('"Artículos semanales para el blog"');
    const timeline = await notes(clientId);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]!.payload).toMatchObject({ agreementId: id, endsOn, title: 'Artículos semanales para el blog' });

    expect((await runJobsAt('2027-08-09T08:00:00Z')).result).toEqual({ done: 0, failed: 0 });
    expect(await reminders()).toHaveLength(1);
    expect(await notes(clientId)).toHaveLength(1);
  });

  test('the window follows the setting: 45 days before when the freelancer asks for it', async () => {
    now = '2027-03-01T09:00:00Z';
    const saved = await owner.request({ method: 'PUT', url: '/api/v1/settings/agreements', payload: { settings: { signingOrder: 'either', renegotiationReminderDays: 45 }, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    // Starts 1 April: ends 30 September; the 45-day window opens on 16 August.
    const { clientId } = await signedContract('Pablo Ríos', `pablo-${kind}@rios.example`, '2027-04-01');
    expect((await runJobsAt('2027-08-15T08:00:00Z')).result!.done).toBe(0);
    expect((await runJobsAt('2027-08-16T08:00:00Z')).result!.done).toBe(1);
    expect(await notes(clientId)).toHaveLength(1);
    expect((await reminders()).map((m) => m.subject)).toContain('The contract with Pablo Ríos ends on 30 September 2027');
  });

  test.runIf(kind === 'sqlite')('`sana jobs run --now` queues the reminder once, from the command line', async () => {
    const { clientId } = await signedContract('Clara Cli', 'clara-cli@example.com', '2027-05-03');
    // Term 3 May – 2 November 2027; with the 45-day setting saved above, the window opens on 18 September.
    const sana = (iso: string) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SANA_') && key !== 'DATABASE_URL'));
        execFile(
          process.execPath,
          [path.join(root, 'bin/sana.js'), 'jobs', 'run', '--now', iso, '--json'],
          { cwd: root, env: { ...env, SANA_DATA_DIR: path.dirname(t.database.sqlitePath!), DATABASE_URL: `sqlite:${t.database.sqlitePath}`, SANA_JOBS: 'false', LOG_LEVEL: 'warn', SMTP_URL: '' }, timeout: 60_000 },
          (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
        );
      });
    const before = await sana('2027-09-17T08:00:00Z');
    expect(before.code, before.stderr).toBe(0);
    expect(JSON.parse(before.stdout)).toContainEqual({ job: 'renegotiation-reminders', status: 'ran', result: { done: 0, failed: 0 } });
    const due = await sana('2027-09-18T08:00:00Z');
    expect(due.code, due.stderr).toBe(0);
    expect(JSON.parse(due.stdout)).toContainEqual({ job: 'renegotiation-reminders', status: 'ran', result: { done: 1, failed: 0 } });
    expect(await notes(clientId)).toHaveLength(1);
    expect((await reminders()).map((m) => m.subject)).toContain('The contract with Clara Cli ends on 2 November 2027');
  }, 120_000);
});
