// The demo workspace: eight believable clients across the stages, each with a timeline, dated relative to the clock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClock } from '../clock.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../tests/support/test-database.ts';
import { demoContent, demoPassword } from '../cli/demo/demo-clients.ts';
import { seedDemoWorkspace } from './seed-demo-workspace.ts';
import { logIn } from './log-in.ts';
import type { AppDeps } from './context.ts';
import { getPaymentBehaviour } from './get-payment-behaviour.ts';
import { getClientHealth } from './get-client-health.ts';
import { loadReadiness } from './load-readiness.ts';
import { Temporal } from 'temporal-polyfill';

const NOW = '2027-03-01T09:00:00.000Z';

function depsFor(database: TestDatabase, now = NOW): AppDeps {
  return { db: database.db, clock: createClock(now), email: { isSmtpConfigured: false }, publicUrl: 'http://localhost:3000' };
}

async function rowCounts(database: TestDatabase) {
  const count = async (table: 'workspaces' | 'users' | 'clients' | 'events' | 'outbox') =>
    Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { workspaces: await count('workspaces'), users: await count('users'), clients: await count('clients'), events: await count('events'), outbox: await count('outbox') };
}

describe.each(databaseKinds)('the demo workspace on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await database.drop();
  });

  it('creates eight clients across at least six stages, each with a timeline of several events', async () => {
    const demo = await seedDemoWorkspace({ deps: depsFor(database), content: demoContent, isForced: false });
    expect(demo.email).toBe('demo@sana.local');
    expect(demo.password).toBe(demoPassword);

    const clients = await database.db.selectFrom('clients').selectAll().where('workspace_id', '=', demo.workspaceId).execute();
    expect(clients).toHaveLength(8);
    const stages = new Set(clients.map((c) => c.stage));
    expect(stages.size).toBeGreaterThanOrEqual(6);
    expect(clients.filter((c) => c.stage === 'active')).toHaveLength(2);
    expect(new Set(clients.map((c) => c.currency))).toEqual(new Set(['EUR', 'USD', 'GBP']));
    expect(clients.some((c) => c.language === 'es')).toBe(true);
    expect(clients.filter((c) => c.is_notes_confidential === 1)).toHaveLength(1);

    const events = await database.db.selectFrom('events').selectAll().where('workspace_id', '=', demo.workspaceId).execute();
    for (const client of clients) {
      const timeline = events.filter((e) => e.client_id === client.id);
      expect(timeline.length, client.name).toBeGreaterThanOrEqual(4);
      expect(timeline.some((e) => ['message_received', 'message_sent', 'call', 'meeting', 'note'].includes(e.type)), client.name).toBe(true);
      // The client's stage is the last stage change on its timeline.
      const lastMove = timeline.filter((e) => e.type === 'stage_changed').sort((a, b) => a.occurred_at.localeCompare(b.occurred_at)).at(-1);
      expect(lastMove ? (JSON.parse(lastMove.payload) as { to: string }).to : 'lead').toBe(client.stage);
    }
    expect(events.some((e) => e.is_confidential === 1)).toBe(true);
    expect(demo.events).toBe(events.length);
  });

  it('dates everything in the past months relative to the clock, so SANA_NOW moves the whole story', async () => {
    const demo = await seedDemoWorkspace({ deps: depsFor(database), content: demoContent, isForced: false });
    const events = await database.db.selectFrom('events').select(['occurred_at', 'created_at']).where('workspace_id', '=', demo.workspaceId).execute();
    const times = events.map((e) => e.occurred_at).sort();
    expect(times.at(-1)! <= NOW).toBe(true);
    expect(Date.parse(NOW) - Date.parse(times[0]!)).toBeGreaterThan(180 * 24 * 3600 * 1000);
    expect(new Set(times.map((t) => t.slice(0, 7))).size).toBeGreaterThanOrEqual(6);

    const later = await createTestDatabase(kind);
    try {
      const moved = await seedDemoWorkspace({ deps: depsFor(later, '2028-06-15T12:00:00Z'), content: demoContent, isForced: false });
      const latest = await later.db.selectFrom('events').select('occurred_at').where('workspace_id', '=', moved.workspaceId).orderBy('occurred_at', 'desc').executeTakeFirstOrThrow();
      expect(latest.occurred_at.startsWith('2028-06')).toBe(true);
    } finally {
      await later.drop();
    }
  });

  it('bills each client as their story says, and payment behaviour, readiness and the health card read those invoices', async () => {
    const deps = depsFor(database);
    const demo = await seedDemoWorkspace({ deps, content: demoContent, isForced: false });
    const ctx = { ...deps, workspaceId: demo.workspaceId, userId: null };
    const clients = await database.db.selectFrom('clients').select(['id', 'name']).where('workspace_id', '=', demo.workspaceId).execute();
    const idOf = (name: string) => clients.find((c) => c.name === name)!.id;
    const invoices = await database.db.selectFrom('invoices').selectAll().where('workspace_id', '=', demo.workspaceId).execute();
    expect(demo.invoices).toBe(invoices.length);
    expect(invoices.filter((i) => i.status === 'draft').map((i) => i.client_id).sort()).toEqual([idOf('Diego Salazar'), idOf('Nadia Okafor')].sort());
    // Numbered in the order they were issued, without gaps, per year.
    const issued = invoices.filter((i) => i.status !== 'draft').sort((a, b) => a.issue_date!.localeCompare(b.issue_date!) || a.issued_at!.localeCompare(b.issued_at!));
    for (const year of new Set(issued.map((i) => i.issue_date!.slice(0, 4)))) {
      const numbers = issued.filter((i) => i.issue_date!.startsWith(year)).map((i) => i.number);
      expect(numbers).toEqual(numbers.map((_, n) => `${year}-${String(n + 1).padStart(4, '0')}`));
    }

    const emma = await getPaymentBehaviour({ ctx, clientId: idOf('Emma Lindqvist') });
    expect(emma).toMatchObject({ paidInvoices: 4, onTimeRate: 1, averageDaysLate: 0, openBalance: 0 });
    expect(await getPaymentBehaviour({ ctx, clientId: idOf('Diego Salazar') })).toMatchObject({ paidInvoices: 5, onTimeRate: 1 });
    const marcus = await getPaymentBehaviour({ ctx, clientId: idOf('Marcus Bell') });
    expect(marcus).toMatchObject({ paidInvoices: 5, onTimeRate: 0, promisesBroken: 1, openBalance: 190_000 });
    expect(marcus.averageDaysLate).toBeGreaterThan(20);
    const fees = await database.db.selectFrom('late_fees').selectAll().where('workspace_id', '=', demo.workspaceId).execute();
    expect(fees.map((f) => [f.reason, Number(f.amount)])).toEqual([['flat', 4_000]]);

    // Euro payments (Emma's retainers, Isabel's project) count; dollars and pounds are listed, their euros typed by hand.
    const readiness = await loadReadiness(database.db, demo.workspaceId, Temporal.Instant.from(NOW));
    expect(readiness.invoiceIncome).toEqual({
      counted: 3 * 165_000 + 195_000 + 159_000 + 159_000 + 254_400,
      payments: 7,
      setAsideEntryIds: [],
      notCounted: [
        { currency: 'GBP', amount: 5 * 95_000, payments: 5 },
        { currency: 'USD', amount: 5 * 140_000 + 240_000, payments: 6 },
      ],
    });
    expect(readiness.clients.find((c) => c.clientId === idOf('Emma Lindqvist'))?.yearlyIncome).toBe(3 * 165_000 + 195_000);

    const declineOf = async (name: string) => (await getClientHealth({ ctx, clientId: idOf(name), language: 'en' })).reasons.find((r) => r.reason === 'decline')!;
    const marcusDecline = await declineOf('Marcus Bell');
    expect(marcusDecline.status).toBe('act');
    expect(marcusDecline.because).toContain('£950.00 still owed on 1 invoice past its due date, 20 days overdue');
    expect(marcusDecline.because).toContain('1 promise to pay broken in the last 90 days');
    expect((await declineOf('Emma Lindqvist')).because[0]).toBe('None of the 3 invoices due in the last 90 days was paid late');
  });

  it('lets the demo owner log in with the printed password', async () => {
    const deps = depsFor(database);
    await seedDemoWorkspace({ deps, content: demoContent, isForced: false });
    const session = await logIn({ deps, email: 'demo@sana.local', password: demoPassword, sessionDays: 30 });
    expect(session.sessionSecret).toBeTruthy();
  });

  it('refuses a second run without --force, says what to do, and writes nothing', async () => {
    const deps = depsFor(database);
    await seedDemoWorkspace({ deps, content: demoContent, isForced: false });
    const before = await rowCounts(database);
    await expect(seedDemoWorkspace({ deps, content: demoContent, isForced: false })).rejects.toThrow(/already exists.*demo@sana\.local.*--force/s);
    expect(await rowCounts(database)).toEqual(before);
  });

  it('refuses when the database holds another workspace, and with --force adds the demo alongside', async () => {
    const deps = depsFor(database);
    await database.db.insertInto('workspaces').values({ id: 'ws-real', name: 'Real studio', language: 'es', time_zone: 'Europe/Madrid', currency: 'EUR', created_at: NOW }).execute();
    await expect(seedDemoWorkspace({ deps, content: demoContent, isForced: false })).rejects.toThrow(/already holds 1 workspace.*"Real studio".*--force/s);
    expect((await rowCounts(database)).clients).toBe(0);

    const first = await seedDemoWorkspace({ deps, content: demoContent, isForced: true });
    const second = await seedDemoWorkspace({ deps, content: demoContent, isForced: true });
    expect([first.email, second.email]).toEqual(['demo@sana.local', 'demo2@sana.local']);
    expect(second.workspaceName).toMatch(/\(2\)$/);
    expect((await rowCounts(database)).workspaces).toBe(3);
  });
});
