// Readiness, as a freelancer lives it: enter expenses, a fund balance and a payment (moving its suggested share to the
// fund in one click), see the runway and the advice for each client, then run a what-if. Axe in both languages and on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, phone, type TrackedPage } from './support/browser.ts';
import { setUpThroughApi, type ApiSession } from './support/api-session.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { label, text, type Lang } from './support/catalog.ts';
import { AppShell } from './support/pages/app-shell.ts';

// Monday 1 March 2027, 10:00 in Madrid (the workspace zone).
const NOW = '2027-03-01T09:00:00Z';

function section(page: Page, lang: Lang, key: string): Locator {
  return page.getByRole('region', { name: text(lang, key) });
}

function clientCard(page: Page, name: string): Locator {
  return section(page, 'en', 'readiness.runway.title').getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
}

async function openReadiness(page: Page, baseUrl: string, lang: Lang = 'en'): Promise<void> {
  await page.goto(`${baseUrl}/readiness`);
  await page.getByRole('heading', { level: 1, name: text(lang, 'readiness.title') }).waitFor();
  await section(page, lang, 'readiness.runway.title').waitFor();
}

describe('readiness', () => {
  let e2e: E2eContext;
  let api: ApiSession;
  let tab: TrackedPage;

  beforeAll(async () => {
    e2e = await startE2e({ env: { SANA_NOW: NOW } });
    api = await setUpThroughApi(e2e.server.url);
    const base = { stage: 'active' as const, timeZone: 'Europe/Madrid', language: 'en' as const, currency: 'EUR' };
    const big = await api.createClient({ ...base, name: 'Big Co' });
    const small = await api.createClient({ ...base, name: 'Small Studio' });
    // Eleven earlier months of payments: Big Co 1,800 € and Small Studio 1,200 € a month. This month's Big Co payment is
    // entered through the page below.
    const today = Temporal.PlainDate.from('2027-03-01');
    for (let month = 1; month < 12; month++) {
      const receivedOn = today.subtract({ months: month }).toString();
      await api.call('POST', '/readiness/income', { source: { kind: 'client', clientId: big.id }, amount: 180_000, receivedOn });
      await api.call('POST', '/readiness/income', { source: { kind: 'client', clientId: small.id }, amount: 120_000, receivedOn });
    }
    await api.call('POST', '/readiness/income', { source: { kind: 'client', clientId: small.id }, amount: 120_000, receivedOn: '2027-02-27' });
    tab = await openPage(e2e.browser);
    await tab.context.addCookies([{ ...api.cookie, url: e2e.server.url }]);
  }, 120_000);

  afterAll(async () => {
    await e2e?.close();
  });

  it('enters expenses, a fund balance and a payment, and moves the suggested share to the fund in one click', async () => {
    const { page } = tab;
    await openReadiness(page, e2e.server.url);
    // Without expenses, the page says runways cannot mean anything yet.
    await page.getByText(text('en', 'readiness.noExpenses')).waitFor();

    const finances = section(page, 'en', 'readiness.finances.title');
    await finances.getByLabel(label('en', 'readiness.finances.expenses.business')).fill('1000');
    await finances.getByLabel(label('en', 'readiness.finances.expenses.personal')).fill('2000');
    await finances.getByRole('button', { name: text('en', 'readiness.finances.save') }).click();
    await page.getByRole('status').filter({ hasText: text('en', 'readiness.finances.saved') }).waitFor();
    await page.getByText(text('en', 'readiness.noExpenses')).waitFor({ state: 'hidden' });

    const funds = section(page, 'en', 'readiness.ladder.sectionTitle');
    await funds.getByLabel(label('en', 'readiness.funds.side')).selectOption({ label: text('en', 'readiness.ladder.title.business') });
    await funds.getByLabel(label('en', 'readiness.funds.balance')).fill('3000');
    await funds.getByRole('button', { name: text('en', 'readiness.funds.record') }).click();
    const business = funds.getByRole('region', { name: text('en', 'readiness.ladder.title.business') });
    await business.getByText('€3,000', { exact: true }).waitFor();
    // 3,000 € is past the starter fund and exactly three months of 1,000 € of business expenses.
    await business.getByText('Reached: 3 months of expenses.').waitFor();

    const income = section(page, 'en', 'readiness.income.title');
    await income.getByLabel(label('en', 'readiness.income.source')).selectOption({ label: 'Big Co' });
    await income.getByLabel(label('en', 'readiness.income.amount')).fill('1800');
    await income.getByLabel(label('en', 'readiness.income.note')).fill('Invoice 12');
    await income.getByRole('button', { name: text('en', 'readiness.income.record') }).click();
    const entry = income.getByRole('listitem').filter({ hasText: 'Invoice 12' });
    await entry.getByText('Put aside €90 (5%) for your funds.').waitFor();
    await entry.getByRole('button', { name: /^Moved to business fund/ }).click();
    await entry.getByText(/€90 moved on/).waitFor();
    await business.getByText('€3,090').waitFor();
  });

  it('shows the runway if each client is lost, and what would make letting go affordable', async () => {
    const { page } = tab;
    // 3,090 € saved; without Big Co (1,800 € of 3,000 € a month) the gap is 1,800 € a month: 1.7 months.
    const big = clientCard(page, 'Big Co');
    await big.getByText('Not yet: without them your funds would last 1.7 months, and you want at least 3 months.').waitFor();
    await big.getByText('save €2,310 more in your emergency funds;').waitFor();
    await big.getByText('win one more client paying at least €770 a month;').waitFor();
    await big.getByText(/add 3 warm leads to your waitlist/).waitFor();
    // Without Small Studio the gap is 1,200 € a month: 2.5 months.
    await clientCard(page, 'Small Studio').getByText(/would last 2\.5 months/).waitFor();
    // The runway chart's table says the same.
    const runway = section(page, 'en', 'readiness.runway.title');
    await runway.getByText(text('en', 'readiness.charts.showTable')).first().click();
    const row = runway.getByRole('row').filter({ hasText: 'Big Co' });
    await row.getByText('1.7 months').waitFor();
    // Concentration: Big Co brings 60% of the year, above the critical line.
    const concentration = section(page, 'en', 'readiness.concentration.title');
    await concentration.getByText(/The largest source is Big Co with 60% \(critical\)/).waitFor();
  });

  it('runs a what-if: an imagined client of 1,000 € a month, then dropping Small Studio', async () => {
    const { page } = tab;
    const whatIf = section(page, 'en', 'readiness.whatIf.title');
    await whatIf.getByRole('button', { name: text('en', 'readiness.whatIf.add') }).click();
    await whatIf.getByLabel(text('en', 'readiness.whatIf.newClientIncome', { number: 1 }), { exact: true }).fill('1000');
    await whatIf.getByText(text('en', 'readiness.charts.showTable')).click();
    const bigRow = whatIf.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Big Co' }) });
    // With 4,000 € a month coming in, losing Big Co leaves a gap of 800 €: 3,090 ÷ 800 = 3.8 months (today 1.7).
    await bigRow.getByRole('cell', { name: '1.7 months' }).waitFor();
    await bigRow.getByRole('cell', { name: '3.8 months' }).waitFor();
    await whatIf.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'New client 1' }) }).getByRole('cell', { name: text('en', 'readiness.whatIf.new') }).waitFor();
    await whatIf.getByRole('status').getByText("Runway with today's income: Unlimited now, Unlimited in this scenario.").waitFor();
    await whatIf.getByLabel('Without Small Studio').check();
    // Now 2,800 € a month comes in; losing Big Co leaves a gap of 2,000 €: 1.5 months. Today's runway: 3,090 ÷ 200 = 15.4.
    await bigRow.getByRole('cell', { name: '1.5 months' }).waitFor();
    await whatIf.getByRole('status').getByText(/Unlimited now, 15\.4 months in this scenario/).waitFor();
    expect(await whatIf.getByRole('rowheader', { name: 'Small Studio' }).count()).toBe(0);
    // Nothing was saved: the page's own runway is unchanged.
    await clientCard(page, 'Big Co').getByText(/would last 1\.7 months/).waitFor();
    await whatIf.getByRole('button', { name: text('en', 'readiness.whatIf.reset') }).click();
    expect(await whatIf.getByLabel('Without Small Studio').isChecked()).toBe(false);
    // Back to today's numbers: the scenario column says the same as today's.
    await bigRow.getByRole('cell', { name: '1.7 months' }).nth(1).waitFor();
    expect(await bigRow.getByRole('cell').allInnerTexts()).toEqual(['1.7 months', '1.7 months']);
  });

  it('passes axe on a phone and in both languages, with no console errors', async () => {
    const small = await openPage(e2e.browser, { viewport: phone });
    await small.context.addCookies([{ ...api.cookie, url: e2e.server.url }]);
    await openReadiness(small.page, e2e.server.url);
    const overflow = await small.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(small.page, 'readiness page on a phone');
    expect(small.problems).toEqual([]);
    await small.context.close();

    const { page } = tab;
    await expectNoAxeViolations(page, 'readiness page (en)');
    await new AppShell(page, 'en').switchLanguage('es');
    await section(page, 'es', 'readiness.runway.title').waitFor();
    await page.getByText('Todavía no: sin este cliente tus fondos durarían 1,7 meses, y quieres al menos 3 meses.').waitFor();
    await expectNoAxeViolations(page, 'readiness page (es)');
    expect(tab.problems).toEqual([]);
  });
});
