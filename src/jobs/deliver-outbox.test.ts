// Outbox delivery against a real SMTP server: each email once, retries with backoff, then failed; stored mail never leaves.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../tests/support/test-app.ts';
import { databaseKinds } from '../../tests/support/test-database.ts';
import { startSmtpSink, type SmtpSink } from '../../tests/support/smtp-sink.ts';
import { createClock } from '../clock.ts';
import { connect, type DatabaseHandle } from '../db/connect.ts';
import { outboxRepository } from '../db/repositories/outbox.ts';
import { createSmtpMailer, type Mailer } from '../outputs/email/smtp-transport.ts';
import type { OutboxMessage } from '../schemas/outbox.ts';
import { deliverOutboxJob } from './deliver-outbox.ts';
import type { JobContext } from './job.ts';
import { createJobRunner } from './runner.ts';

const START = '2027-03-01T09:00:00.000Z';
const SMTP_FROM = 'Sana <sana@localhost>';

describe.each(databaseKinds)('outbox delivery on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  const ownerEmail = `owner-${kind}-${randomUUID()}@example.com`;
  let sink: SmtpSink;
  let refusing: SmtpSink;
  const mailers: Mailer[] = [];
  const extraHandles: DatabaseHandle[] = [];

  /** A job context like src/runtime.ts builds, on the test database (or another connection to it), at a pinned instant. */
  function jobContext(smtpUrl: string | undefined, at = START, db = t.database.db): JobContext {
    const mailer = smtpUrl ? createSmtpMailer(smtpUrl) : undefined;
    if (mailer) mailers.push(mailer);
    return { ...t.deps, db, clock: createClock(at), mailer, smtpFrom: SMTP_FROM };
  }
  /** A second connection to the same database, as a second server would have. */
  function secondConnection(): DatabaseHandle {
    const handle = t.database.sqlitePath ? connect({ kind: 'sqlite', path: t.database.sqlitePath }) : connect({ kind: 'postgres', url: t.database.url, poolSize: 3 });
    extraHandles.push(handle);
    return handle;
  }
  async function queueDirect(count: number, prefix: string): Promise<string[]> {
    const outbox = outboxRepository(t.database.db, owner.workspaceId);
    for (let i = 0; i < count; i += 1) {
      await outbox.insertOnce({ idempotencyKey: `${prefix}:${i}`, to: `${prefix}-${i}@example.com`, subject: `${prefix} ${i}`, bodyText: 'Hello' }, 'queued', START);
    }
    const rows = await t.database.db.selectFrom('outbox').select('id').where('idempotency_key', 'like', `${prefix}:%`).execute();
    return rows.map((r) => r.id);
  }
  async function row(id: string) {
    return t.database.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }
  async function outboxPage(): Promise<OutboxMessage[]> {
    return ((await owner.request({ method: 'GET', url: '/api/v1/outbox?limit=200' })).json() as { items: OutboxMessage[] }).items;
  }

  beforeAll(async () => {
    [t, sink, refusing] = await Promise.all([createTestApp(kind, { isSmtpConfigured: true }), startSmtpSink(), startSmtpSink({ rejectRecipients: true })]);
    owner = await setUpOwner(t.app, { email: ownerEmail, name: 'Marta' });
  });
  afterAll(async () => {
    for (const mailer of mailers) mailer.close();
    await Promise.all(extraHandles.map((h) => h.close()));
    await Promise.all([t?.close(), sink?.close(), refusing?.close()]);
  });

  test('with SMTP configured, the welcome email waits in the outbox as queued', async () => {
    const [welcome] = await outboxPage();
    expect(welcome).toMatchObject({ to: ownerEmail, status: 'queued', attempts: 0, sentAt: null, lastError: null });
  });

  test('the job delivers the welcome email once, to the owner, with its subject, and marks it sent', async () => {
    const runner = createJobRunner(jobContext(sink.url), [deliverOutboxJob]);
    const reports = await runner.runOnce();
    expect(reports).toEqual([{ job: 'deliver-outbox', status: 'ran', result: { done: 1, failed: 0 } }]);
    expect(sink.received).toHaveLength(1);
    const [email] = sink.received;
    expect(email?.to).toEqual([ownerEmail]);
    expect(email?.from).toBe('sana@localhost');
    expect(email?.subject).toBe('Welcome to Sana, Marta');
    const [welcome] = await outboxPage();
    expect(welcome).toMatchObject({ status: 'sent', attempts: 1, sentAt: START, lastError: null });
    // The outbox id is the Message-ID, so a receiving server can drop a duplicate sent after a crash.
    expect(email?.messageId).toBe(`<${welcome?.id}@sana>`);
  });

  test('running the job again sends nothing more', async () => {
    const runner = createJobRunner(jobContext(sink.url, '2027-03-02T09:00:00Z'), [deliverOutboxJob]);
    expect(await runner.runOnce()).toEqual([{ job: 'deliver-outbox', status: 'ran', result: { done: 0, failed: 0 } }]);
    expect(sink.received).toHaveLength(1);
  });

  test('two runners on the same database at once send each message exactly once', async () => {
    const ids = await queueDirect(8, 'pair');
    const before = sink.received.length;
    // Time only moves forward in this file: a lease released "later" would otherwise lock out an earlier clock.
    const at = '2027-03-03T09:00:00Z';
    const first = createJobRunner(jobContext(sink.url, at), [deliverOutboxJob]);
    const second = createJobRunner(jobContext(sink.url, at, secondConnection().db), [deliverOutboxJob]);
    const reports = (await Promise.all([first.runOnce(), second.runOnce()])).flat();
    // One holds the job's lease while it sends; the other sees the lease and stands aside.
    expect(reports.map((r) => r.status).sort()).toEqual(['ran', 'skipped_locked']);
    expect(reports.reduce((sum, r) => sum + (r.result?.done ?? 0), 0)).toBe(8);
    const delivered = sink.received.slice(before).map((e) => e.messageId);
    expect(delivered.sort()).toEqual(ids.map((id) => `<${id}@sana>`).sort());
    for (const id of ids) expect((await row(id)).status).toBe('sent');
  });

  test('even two deliveries racing without the job lease claim and send each message exactly once', async () => {
    const ids = await queueDirect(8, 'race');
    const before = sink.received.length;
    const at = '2027-03-04T09:00:00Z';
    const results = await Promise.all([deliverOutboxJob.run(jobContext(sink.url, at)), deliverOutboxJob.run(jobContext(sink.url, at, secondConnection().db))]);
    expect(results[0]!.done + results[1]!.done).toBe(8);
    const delivered = sink.received.slice(before).map((e) => e.messageId);
    expect(delivered.sort()).toEqual(ids.map((id) => `<${id}@sana>`).sort());
    for (const id of ids) expect((await row(id)).attempts).toBe(1);
  });

  test('a message left "sending" by a crashed server is sent once its claim expires, not before', async () => {
    const [id] = await queueDirect(1, 'crashed');
    await t.database.db.updateTable('outbox').set({ status: 'sending', claimed_until: '2027-03-05T09:05:00.000Z' }).where('id', '=', id!).execute();
    const before = sink.received.length;
    expect(await deliverOutboxJob.run(jobContext(sink.url, '2027-03-05T09:04:00Z'))).toEqual({ done: 0, failed: 0 });
    expect(await deliverOutboxJob.run(jobContext(sink.url, '2027-03-05T09:05:01Z'))).toEqual({ done: 1, failed: 0 });
    expect(sink.received.slice(before).map((e) => e.messageId)).toEqual([`<${id}@sana>`]);
  });

  test('a refused recipient is retried with growing delays, then marked failed after the last retry', async () => {
    const [id] = await queueDirect(1, 'refused');
    const delaysMinutes = [1, 5, 30, 120, 720];
    let at = '2027-03-06T09:00:00.000Z';
    for (const [attempt, delay] of delaysMinutes.entries()) {
      const reports = await createJobRunner(jobContext(refusing.url, at), [deliverOutboxJob]).runOnce();
      expect(reports[0]).toMatchObject({ status: 'ran', result: { done: 0, failed: 1 } });
      const after = await row(id!);
      const expectedNext = new Date(Date.parse(at) + delay * 60_000).toISOString();
      expect(after).toMatchObject({ status: 'queued', attempts: attempt + 1, next_attempt_at: expectedNext, claimed_until: null, sent_at: null });
      expect(after.last_error).toMatch(/550|Mailbox unavailable/);
      // Not due yet: a run a second before the next attempt leaves it alone.
      const early = new Date(Date.parse(expectedNext) - 1000).toISOString();
      expect(await deliverOutboxJob.run(jobContext(refusing.url, early))).toEqual({ done: 0, failed: 0 });
      at = expectedNext;
    }
    await createJobRunner(jobContext(refusing.url, at), [deliverOutboxJob]).runOnce();
    expect(await row(id!)).toMatchObject({ status: 'failed', attempts: 6 });
    expect(refusing.recipientAttempts.filter((r) => r === 'refused-0@example.com')).toHaveLength(6);
    // A failed message is never tried again, however late it gets.
    expect(await deliverOutboxJob.run(jobContext(refusing.url, '2028-01-01T00:00:00Z'))).toEqual({ done: 0, failed: 0 });
    expect(refusing.recipientAttempts.filter((r) => r === 'refused-0@example.com')).toHaveLength(6);
    const listed = (await outboxPage()).find((m) => m.id === id);
    expect(listed).toMatchObject({ status: 'failed', attempts: 6, lastError: expect.stringMatching(/550|Mailbox unavailable/) });
  });

  test('an unreachable SMTP server counts as a failed attempt, not a crash', async () => {
    const [id] = await queueDirect(1, 'unreachable');
    const closed = await startSmtpSink();
    await closed.close();
    const reports = await createJobRunner(jobContext(closed.url, '2027-03-10T00:00:00Z'), [deliverOutboxJob]).runOnce();
    expect(reports[0]).toMatchObject({ status: 'ran', result: { done: 0, failed: 1 } });
    expect(await row(id!)).toMatchObject({ status: 'queued', attempts: 1, next_attempt_at: '2027-03-10T00:01:00.000Z' });
    expect((await row(id!)).last_error).toBeTruthy();
  });
});

describe.each(databaseKinds)('the outbox without SMTP on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  let sink: SmtpSink;
  const email = `stored-${kind}-${randomUUID()}@example.com`;

  beforeAll(async () => {
    [t, sink] = await Promise.all([createTestApp(kind, { isSmtpConfigured: false }), startSmtpSink()]);
    owner = await setUpOwner(t.app, { email, name: 'Lucía', language: 'es' });
  });
  afterAll(async () => {
    await Promise.all([t?.close(), sink?.close()]);
  });

  test('emails are stored, not queued, and GET /outbox lists them for reading', async () => {
    const response = await owner.request({ method: 'GET', url: '/api/v1/outbox' });
    expect(response.statusCode).toBe(200);
    const page = response.json() as { items: OutboxMessage[]; total: number };
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ to: email, status: 'stored', attempts: 0, sentAt: null });
    // Written in the owner's language.
    expect(page.items[0]?.subject).toContain('Lucía');
    expect(page.items[0]?.subject).not.toBe('Welcome to Sana, Lucía');
    expect(page.items[0]?.bodyText.length).toBeGreaterThan(20);
  });

  test('the delivery job does nothing without a mailer, and never sends stored mail even with one', async () => {
    const clock = createClock('2027-03-05T00:00:00Z');
    expect(await deliverOutboxJob.run({ ...t.deps, clock, mailer: undefined, smtpFrom: SMTP_FROM })).toEqual({ done: 0, failed: 0 });
    const mailer = createSmtpMailer(sink.url);
    try {
      expect(await deliverOutboxJob.run({ ...t.deps, clock, mailer, smtpFrom: SMTP_FROM })).toEqual({ done: 0, failed: 0 });
    } finally {
      mailer.close();
    }
    expect(sink.received).toEqual([]);
    const [message] = (await owner.request({ method: 'GET', url: '/api/v1/outbox' })).json().items as OutboxMessage[];
    expect(message?.status).toBe('stored');
  });

  test('the outbox pages with a total', async () => {
    const outbox = outboxRepository(t.database.db, owner.workspaceId);
    for (let i = 0; i < 3; i += 1) await outbox.insertOnce({ idempotencyKey: `page:${i}`, to: 'x@example.com', subject: `s${i}`, bodyText: 'b' }, 'stored', `2027-03-0${i + 2}T00:00:00.000Z`);
    const page = (await owner.request({ method: 'GET', url: '/api/v1/outbox?limit=2&offset=1' })).json();
    expect(page).toMatchObject({ total: 4, limit: 2, offset: 1 });
    expect(page.items.map((m: OutboxMessage) => m.subject)).toEqual(['s1', 's0']);
  });
});
