// Readiness through the API on every database kind: finances entered by hand, the report, moving a share, what-if, settings.
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';

// The test clock is 2027-03-01T09:00Z: today in Madrid is 2027-03-01.
describe.each(databaseKinds)('readiness on %s', (kind) => {
  let testApp: TestApp;
  let owner: Owner;
  const clientIds: Record<string, string> = {};

  async function newClient(name: string, stage = 'active') {
    const response = await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name, stage, timeZone: 'Europe/Madrid', language: 'en', currency: 'EUR' } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  }

  async function receive(clientId: string, amount: number, receivedOn: string) {
    const response = await owner.request({ method: 'POST', url: '/api/v1/readiness/income', payload: { source: { kind: 'client', clientId }, amount, receivedOn, note: 'Invoice paid' } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  }

  async function report() {
    const response = await owner.request({ method: 'GET', url: '/api/v1/readiness' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    owner = await setUpOwner(testApp.app);
    // Expenses of 3,000 € a month; funds equal to one month of expenses, split across the two sides.
    const current = (await owner.request({ method: 'GET', url: '/api/v1/profile' })).json();
    current.profile.finances = { monthlyExpenses: { business: 0, personal: 0 }, emergencyFunds: { business: 100_000, personal: 200_000 }, otherStreams: [{ id: 'book', name: 'Book royalties', kind: 'royalties' }] };
    expect((await owner.request({ method: 'PUT', url: '/api/v1/profile', payload: current.profile })).statusCode).toBe(200);
    expect((await owner.request({ method: 'PUT', url: '/api/v1/readiness/finances', payload: { monthlyExpenses: { business: 100_000, personal: 200_000 } } })).statusCode).toBe(204);
    for (const name of ['Ana', 'Bea', 'Cai', 'Dov', 'Eli']) clientIds[name] = await newClient(name);
  });
  afterAll(() => testApp.close());

  it('with no income yet, every active client is listed and losing any of them changes nothing: 1 month of runway', async () => {
    const view = await report();
    expect(view.hasExpenses).toBe(true);
    expect(view.runwayNow).toBe(1);
    expect(view.runwayIfLost).toHaveLength(5);
    for (const r of view.runwayIfLost) expect(r.months).toBe(1);
    expect(view.funds.map((f: { side: string; currentStep: number }) => [f.side, f.currentStep])).toEqual([
      ['business', 1],
      ['personal', 1],
    ]);
  });

  it('five clients paying 20% each, with funds of one month of expenses, give 5 months of runway if any one is lost', async () => {
    // 600 € a month from each over the trailing year: 3,000 € a month in all, equal to expenses.
    for (const name of Object.keys(clientIds)) {
      for (let month = 0; month < 12; month++) await receive(clientIds[name]!, 60_000, Temporal.PlainDate.from('2027-03-01').subtract({ months: month }).toString());
    }
    const view = await report();
    expect(view.totals.yearlyIncome).toBe(3_600_000);
    expect(view.runwayNow).toBeNull();
    expect(view.runwayIfLost.map((r: { months: number | null }) => r.months)).toEqual([5, 5, 5, 5, 5]);
    expect(view.concentration.shares.map((s: { name: string; percent: number; level: string }) => [s.percent, s.level])).toEqual(Array(5).fill([20, 'ok']));
    expect(view.clients.every((c: { canLetGoToday: boolean }) => c.canLetGoToday)).toBe(true);
    expect(view.incomeByMonth).toHaveLength(12);
    expect(view.incomeByMonth.at(-1)).toMatchObject({ month: '2027-03', total: 300_000 });
  });

  it('an income entry suggests 5% for the funds; one click moves it and the business fund climbs', async () => {
    const entryId = await receive(clientIds.Ana!, 200_000, '2027-02-27');
    const list = (await owner.request({ method: 'GET', url: '/api/v1/readiness/income' })).json();
    expect(list.items.find((e: { id: string }) => e.id === entryId)).toMatchObject({ sourceName: 'Ana', suggestedForFunds: 10_000, movedToFund: null });
    const moved = await owner.request({ method: 'POST', url: `/api/v1/readiness/income/${entryId}/move-to-fund`, payload: { side: 'business' } });
    expect(moved.statusCode, moved.body).toBe(201);
    expect(moved.json()).toMatchObject({ balance: 110_000, contribution: 10_000 });
    const view = await report();
    expect(view.funds[0]).toMatchObject({ side: 'business', balance: 110_000, balanceDate: '2027-03-01' });
    const again = await owner.request({ method: 'POST', url: `/api/v1/readiness/income/${entryId}/move-to-fund`, payload: { side: 'business' } });
    expectProblem(again, 409, { code: 'conflict' });
    const after = (await owner.request({ method: 'GET', url: '/api/v1/readiness/income' })).json();
    expect(after.items.find((e: { id: string }) => e.id === entryId).movedToFund).toEqual({ side: 'business', contribution: 10_000, recordedOn: '2027-03-01' });
    // Deleting the entry again leaves the moved money in the fund.
    expect((await owner.request({ method: 'DELETE', url: `/api/v1/readiness/income/${entryId}` })).statusCode).toBe(204);
    expect((await report()).funds[0].balance).toBe(110_000);
  });

  it('a dated balance replaces the fund’s balance; deleting it brings the one before back', async () => {
    const created = await owner.request({ method: 'POST', url: '/api/v1/readiness/fund-balances', payload: { side: 'personal', balance: 1_300_000, recordedOn: '2027-03-01', note: 'Bonus saved' } });
    expect(created.statusCode, created.body).toBe(201);
    expect((await report()).funds[1]).toMatchObject({ balance: 1_300_000, balanceDate: '2027-03-01', currentStep: 3, next: { step: 4, target: 2_400_000, missing: 1_100_000 } });
    expect((await owner.request({ method: 'DELETE', url: `/api/v1/readiness/fund-balances/${created.json().id}` })).statusCode).toBe(204);
    expect((await report()).funds[1]).toMatchObject({ balance: 200_000, balanceDate: null });
  });

  it('of two balances written on the same date at the same instant, the later one is the fund’s balance', async () => {
    const record = (balance: number) => owner.request({ method: 'POST', url: '/api/v1/readiness/fund-balances', payload: { side: 'personal', balance, recordedOn: '2027-02-28' } });
    const first = (await record(500_000)).json().id;
    const second = (await record(600_000)).json().id;
    expect((await report()).funds[1].balance).toBe(600_000);
    for (const id of [second, first]) expect((await owner.request({ method: 'DELETE', url: `/api/v1/readiness/fund-balances/${id}` })).statusCode).toBe(204);
  });

  it('a regular stream amount counts every month and shows up in concentration as its own stream', async () => {
    expect((await owner.request({ method: 'PUT', url: '/api/v1/readiness/finances', payload: { monthlyExpenses: { business: 100_000, personal: 200_000 }, streamAmounts: [{ streamId: 'book', monthlyAmount: 10_000 }] } })).statusCode).toBe(204);
    const view = await report();
    expect(view.streams).toEqual([{ id: 'book', name: 'Book royalties', kind: 'royalties', monthlyAmount: 10_000 }]);
    expect(view.concentration.shares.find((s: { name: string }) => s.name === 'Book royalties')).toMatchObject({ amount: 120_000, source: { kind: 'other_stream', streamId: 'book' } });
  });

  it('what-if: dropping a client and adding one of 1,000 € a month moves every runway, and saves nothing', async () => {
    const response = await owner.request({ method: 'POST', url: '/api/v1/readiness/what-if', payload: { funds: { personal: 0 }, droppedClientIds: [clientIds.Eli], addedClients: [{ key: 'new', monthlyIncome: 100_000 }] } });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.runwayIfLost.map((r: { clientId: string }) => r.clientId)).not.toContain(clientIds.Eli);
    expect(result.runwayIfLost.find((r: { clientId: string }) => r.clientId === 'what-if:new')).toEqual({ clientId: 'what-if:new', months: expect.any(Number) });
    expect(result.runwayIfLost.find((r: { clientId: string }) => r.clientId === clientIds.Ana)).toHaveProperty('before');
    expect((await report()).funds[1].balance).toBe(200_000);
  });

  it('refuses income from a client of nowhere, a stream not in the profile, and money that has not arrived yet', async () => {
    const bad = (payload: object) => owner.request({ method: 'POST', url: '/api/v1/readiness/income', payload });
    expectProblem(await bad({ source: { kind: 'client', clientId: '00000000-0000-4000-8000-000000000000' }, amount: 100, receivedOn: '2027-02-01' }), 400, { field: 'source.clientId' });
    expectProblem(await bad({ source: { kind: 'other_stream', streamId: 'lottery' }, amount: 100, receivedOn: '2027-02-01' }), 400, { field: 'source.streamId' });
    expectProblem(await bad({ source: { kind: 'client', clientId: clientIds.Ana }, amount: 100, receivedOn: '2027-03-02' }), 400, { field: 'receivedOn' });
    expectProblem(await bad({ source: { kind: 'client', clientId: clientIds.Ana }, amount: 0, receivedOn: '2027-02-01' }), 400, { field: 'amount' });
    expectProblem(await bad({ source: { kind: 'client', clientId: clientIds.Ana }, amount: 12.5, receivedOn: '2027-02-01' }), 400, { field: 'amount' });
    expectProblem(await bad({ source: { kind: 'person', clientId: clientIds.Ana }, amount: 100, receivedOn: '2027-02-01' }), 400, { code: 'validation_failed' });
    expectProblem(await owner.request({ method: 'POST', url: '/api/v1/readiness/fund-balances', payload: { side: 'both', balance: 1, recordedOn: '2027-01-01' } }), 400, { field: 'side' });
    expectProblem(await owner.request({ method: 'POST', url: '/api/v1/readiness/what-if', payload: { funds: {}, droppedClientIds: ['someone'] } }), 400, { field: 'droppedClientIds.0' });
    expectProblem(await owner.request({ method: 'PUT', url: '/api/v1/readiness/finances', payload: { monthlyExpenses: { business: 1, personal: 1 }, streamAmounts: [{ streamId: 'lottery', monthlyAmount: 5 }] } }), 400, { field: 'streamAmounts.0.streamId' });
  });

  it('settings: defaults until saved, a stale version is refused, and the thresholds change the report', async () => {
    const initial = (await owner.request({ method: 'GET', url: '/api/v1/settings/readiness' })).json();
    expect(initial).toMatchObject({ version: 0, settings: { fundContributionPercent: 5, concentrationWatchPercent: 30, concentrationCriticalPercent: 50 } });
    const settings = { ...initial.settings, concentrationWatchPercent: 10, concentrationCriticalPercent: 15 };
    const saved = await owner.request({ method: 'PUT', url: '/api/v1/settings/readiness', payload: { settings, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(1);
    expectProblem(await owner.request({ method: 'PUT', url: '/api/v1/settings/readiness', payload: { settings, version: 0 } }), 409, { code: 'version_conflict' });
    expectProblem(await owner.request({ method: 'PUT', url: '/api/v1/settings/readiness', payload: { settings: { ...settings, concentrationCriticalPercent: 5 }, version: 1 } }), 400, { field: 'settings.concentrationCriticalPercent' });
    expectProblem(await owner.request({ method: 'PUT', url: '/api/v1/settings/readiness', payload: { settings: { ...settings, fundLadderMonths: [6, 3] }, version: 1 } }), 400, { field: 'settings.fundLadderMonths' });
    expect((await report()).concentration.shares[0].level).toBe('critical');
  });
});
