// Payments recorded on invoices feed readiness on every database kind: they count as income from their client in the
// month they arrived, replace that client-month's hand-typed entries instead of adding to them, and other currencies
// are listed as not counted.
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { billingHistory, type BillingHistory } from '../../use-cases/billing-history.test-support.ts';

type Report = {
  totals: { yearlyIncome: number; clients: { clientId: string; yearlyIncome: number }[] };
  concentration: { shares: { name: string; percent: number; level: string }[] };
  runwayIfLost: { clientId: string; months: number | null }[];
  incomeByMonth: { month: string; total: number }[];
  invoiceIncome: { counted: number; payments: number; setAsideEntryIds: string[]; notCounted: { currency: string; amount: number; payments: number }[] };
};

// The test clock is 2027-03-01T09:00Z: today in Madrid is 2027-03-01, and the trailing year starts on 2026-03-02.
describe.each(databaseKinds)('income from invoices in readiness on %s', (kind) => {
  let testApp: TestApp;
  let owner: Owner;
  let billing: BillingHistory;
  const ids: Record<string, string> = {};
  const handEntries: Record<string, string[]> = {};

  async function newClient(name: string, currency = 'EUR') {
    const response = await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name, stage: 'active', timeZone: 'Europe/Madrid', language: 'en', currency } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  }

  async function receive(clientId: string, amount: number, receivedOn: string) {
    const response = await owner.request({ method: 'POST', url: '/api/v1/readiness/income', payload: { source: { kind: 'client', clientId }, amount, receivedOn, note: 'Typed by hand' } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  }

  const report = async (): Promise<Report> => (await owner.request({ method: 'GET', url: '/api/v1/readiness' })).json();
  const runwayOf = (view: Report, name: string) => view.runwayIfLost.find((r) => r.clientId === ids[name])?.months;
  const yearlyOf = (view: Report, name: string) => view.totals.clients.find((c) => c.clientId === ids[name])?.yearlyIncome;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    owner = await setUpOwner(testApp.app);
    billing = billingHistory(testApp.deps, owner.workspaceId);
    // Expenses of 3,000 € a month and funds of one month.
    const current = (await owner.request({ method: 'GET', url: '/api/v1/profile' })).json();
    current.profile.finances = { monthlyExpenses: { business: 0, personal: 0 }, emergencyFunds: { business: 100_000, personal: 200_000 }, otherStreams: [] };
    expect((await owner.request({ method: 'PUT', url: '/api/v1/profile', payload: current.profile })).statusCode).toBe(200);
    expect((await owner.request({ method: 'PUT', url: '/api/v1/readiness/finances', payload: { monthlyExpenses: { business: 100_000, personal: 200_000 } } })).statusCode).toBe(204);
    // Ana and Bea pay 1,500 € each month, typed by hand: 3,000 € a month, as much as the expenses.
    for (const name of ['Ana', 'Bea']) {
      ids[name] = await newClient(name);
      handEntries[name] = [];
      for (let month = 0; month < 12; month++) handEntries[name].push(await receive(ids[name]!, 150_000, Temporal.PlainDate.from('2027-03-01').subtract({ months: month }).toString()));
    }
    ids.Gus = await newClient('Gus', 'USD');
  });
  afterAll(() => testApp.close());

  it('before any invoice, hand-typed income decides: losing either client leaves 2 months of runway', async () => {
    const view = await report();
    expect(view.invoiceIncome).toEqual({ counted: 0, payments: 0, setAsideEntryIds: [], notCounted: [] });
    expect(runwayOf(view, 'Ana')).toBe(2);
    expect(runwayOf(view, 'Bea')).toBe(2);
    expect(view.concentration.shares.map((s) => [s.name, s.percent]).sort()).toEqual([
      ['Ana', 50],
      ['Bea', 50],
    ]);
  });

  it('a payment recorded on an invoice is income in the month it arrived and replaces that month’s hand entry, so nothing counts twice', async () => {
    // A bigger February for Bea, invoiced and paid in Sana; her February hand entry (2027-02-01) is the same money.
    const invoiceId = await billing.issue({ clientId: ids.Bea!, issuedOn: '2027-01-25', dueOn: '2027-02-24', amount: 450_000 });
    await billing.pay(invoiceId, '2027-02-20', 450_000);

    const view = await report();
    expect(view.invoiceIncome).toMatchObject({ counted: 450_000, payments: 1, notCounted: [] });
    expect(view.invoiceIncome.setAsideEntryIds).toEqual([handEntries.Bea![1]]);
    // 11 hand-typed months of 1,500 € and the 4,500 € payment; not 1,500 € more.
    expect(yearlyOf(view, 'Bea')).toBe(11 * 150_000 + 450_000);
    expect(yearlyOf(view, 'Ana')).toBe(12 * 150_000);
    expect(view.incomeByMonth.find((m) => m.month === '2027-02')?.total).toBe(150_000 + 450_000);
    // Concentration follows: Bea now brings 2,100 of 3,900, above the 50% critical line.
    expect(view.concentration.shares[0]).toMatchObject({ name: 'Bea', percent: 53.8, level: 'critical' });
    // Runway follows too: income of 3,250 € a month; without Ana 1,750 € remain against 3,000 € of expenses.
    expect(runwayOf(view, 'Ana')).toBe(2.4);
    expect(runwayOf(view, 'Bea')).toBe(2);
  });

  it('a partial payment counts what arrived, in the month it arrived; months without a payment keep their hand entries', async () => {
    const invoiceId = await billing.issue({ clientId: ids.Ana!, issuedOn: '2026-12-01', dueOn: '2026-12-31', amount: 300_000 });
    await billing.pay(invoiceId, '2026-12-15', 100_000);
    const view = await report();
    // December's hand entry for Ana (2026-12-01) gives way to the 1,000 € that arrived that month.
    expect(view.invoiceIncome.setAsideEntryIds).toEqual(expect.arrayContaining([handEntries.Ana![3], handEntries.Bea![1]]));
    expect(yearlyOf(view, 'Ana')).toBe(11 * 150_000 + 100_000);
    expect(view.invoiceIncome).toMatchObject({ counted: 550_000, payments: 2 });
  });

  it('a payment in another currency is not converted: it is listed as not counted and leaves the hand entries alone', async () => {
    await receive(ids.Gus!, 90_000, '2027-01-10');
    const invoiceId = await billing.issue({ clientId: ids.Gus!, issuedOn: '2027-01-02', dueOn: '2027-01-31', amount: 100_000 });
    await billing.pay(invoiceId, '2027-01-09', 100_000);
    const view = await report();
    expect(view.invoiceIncome.notCounted).toEqual([{ currency: 'USD', amount: 100_000, payments: 1 }]);
    expect(view.invoiceIncome.counted).toBe(550_000);
    // What was typed in euros for Gus still counts.
    expect(yearlyOf(view, 'Gus')).toBe(90_000);
  });

  it('the income list still holds every hand entry, so a set-aside one can be seen and deleted', async () => {
    const list = (await owner.request({ method: 'GET', url: '/api/v1/readiness/income' })).json();
    expect(list.items.map((e: { id: string }) => e.id)).toContain(handEntries.Bea![1]);
  });
});
