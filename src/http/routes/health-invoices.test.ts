// How a client pays feeds the health card and the home page, on every database kind: late payments, broken promises and
// what is still owed turn "business going downhill"; reminders with no address to go to are said once and listed on
// the home page until an email address is added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock } from '../../clock.ts';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { billingHistory, type BillingHistory } from '../../use-cases/billing-history.test-support.ts';
import { sendInvoiceReminder } from '../../use-cases/send-invoice-reminder.ts';

type Reason = { reason: string; status: string; trend: string; because: string[]; invoiceIds: string[] };

// The test clock is 2027-03-01T09:00Z: the health card looks back 90 days, to 2026-12-02.
describe.each(databaseKinds)('payments in the health card and the home page on %s', (kind) => {
  let testApp: TestApp;
  let owner: Owner;
  let billing: BillingHistory;

  async function newClient(name: string, email: string | null) {
    const contacts = email ? [{ name, email }] : [];
    const response = await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name, stage: 'active', timeZone: 'Europe/Madrid', language: 'en', currency: 'EUR', contacts } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; version: number };
  }

  const decline = async (clientId: string): Promise<Reason> => {
    const response = await owner.request({ method: 'GET', url: `/api/v1/clients/${clientId}/health` });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().reasons as Reason[]).find((r) => r.reason === 'decline')!;
  };
  const overview = async () => (await owner.request({ method: 'GET', url: '/api/v1/relationship-health' })).json();

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    owner = await setUpOwner(testApp.app);
    billing = billingHistory(testApp.deps, owner.workspaceId);
  });
  afterAll(() => testApp.close());

  it('a client with no invoice yet is judged on excuses and budget cuts, and the card says so', async () => {
    const client = await newClient('Fresh Start', 'fresh@example.com');
    expect((await decline(client.id)).because[0]).toBe('No invoice data for this client: only excuses and budget cuts are counted');
  });

  it('late payments, a broken promise and an overdue balance make it worth watching, getting worse, with the invoices behind it', async () => {
    const client = await newClient('Slow Payer', 'slow@example.com');
    const onTime = await billing.issue({ clientId: client.id, issuedOn: '2026-11-01', dueOn: '2026-11-30', amount: 120_000 });
    await billing.pay(onTime, '2026-11-28', 120_000);
    const late = await billing.issue({ clientId: client.id, issuedOn: '2026-12-01', dueOn: '2026-12-31', amount: 120_000 });
    await billing.pay(late, '2027-01-25', 120_000);
    const unpaid = await billing.issue({ clientId: client.id, issuedOn: '2027-01-01', dueOn: '2027-01-31', amount: 120_000 });
    await billing.promise(unpaid, '2027-02-05', '2027-02-15');
    const lastMonth = await billing.issue({ clientId: client.id, issuedOn: '2027-02-01', dueOn: '2027-02-28', amount: 120_000 });
    await billing.pay(lastMonth, '2027-02-27', 120_000);

    const reason = await decline(client.id);
    expect(reason.status).toBe('watch');
    expect(reason.trend).toBe('worse');
    expect(reason.because).toEqual([
      '2 of 3 invoices due in the last 90 days were paid late or are still unpaid',
      '€1,200.00 still owed on 1 invoice past its due date, 29 days overdue',
      '1 promise to pay broken in the last 90 days',
      'No excuses logged',
      'No budget cuts',
    ]);
    expect(reason.invoiceIds).toEqual([late, unpaid]);
    const item = (await overview()).items.find((i: { clientId: string }) => i.clientId === client.id);
    expect(item.statuses.find((s: { reason: string }) => s.reason === 'decline')).toMatchObject({ status: 'watch', trend: 'worse' });
  });

  it('a reminder with no email address to go to is said once per invoice and listed on the home page until an address is added', async () => {
    const client = await newClient('No Inbox', null);
    const invoiceId = await billing.issue({ clientId: client.id, issuedOn: '2027-02-01', dueOn: '2027-02-10', amount: 80_000 });
    const remind = (date: string) => sendInvoiceReminder({ deps: { ...testApp.deps, clock: createClock(`${date}T08:00:00Z`) }, workspaceId: owner.workspaceId, invoiceId });
    expect(await remind('2027-02-13')).toBe('no_address');
    expect(await remind('2027-02-17')).toBe('no_address');

    const timeline = (await owner.request({ method: 'GET', url: `/api/v1/clients/${client.id}/events?limit=100` })).json();
    const notices = timeline.items.filter((e: { type: string }) => e.type === 'reminder_not_sent');
    expect(notices).toHaveLength(1);
    expect(notices[0].payload).toMatchObject({ invoiceId });

    const invoice = (await owner.request({ method: 'GET', url: `/api/v1/invoices/${invoiceId}` })).json();
    expect((await overview()).attention).toEqual([{ kind: 'reminders_without_email', clientId: client.id, name: 'No Inbox', invoices: [{ id: invoiceId, number: invoice.number }] }]);

    const updated = await owner.request({ method: 'PATCH', url: `/api/v1/clients/${client.id}`, payload: { version: client.version, contacts: [{ name: 'Accounts', email: 'accounts@noinbox.example' }] } });
    expect(updated.statusCode, updated.body).toBe(200);
    expect((await overview()).attention).toEqual([]);
  });
});
