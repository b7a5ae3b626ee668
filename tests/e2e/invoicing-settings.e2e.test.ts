// Invoicing settings and late-fee letters, as a freelancer uses them: fill in the seller details, number pattern (with a
// preview of the numbers), reminder schedule and rates, and find them kept; give one client their own reminder schedule;
// send a late-fee policy letter and find it in the outbox with its effective date; a client without an email is told
// what to do. Axe on the settings page in both languages and on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import type { Client } from '../../src/schemas/clients.ts';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, phone, type TrackedPage } from './support/browser.ts';
import { setUpThroughApi, type ApiSession } from './support/api-session.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { label, text, type Lang } from './support/catalog.ts';
import { AppShell } from './support/pages/app-shell.ts';

type SettingsView = { settings: { seller: { name: string }; numberPattern: string; reminderDays: number[]; clientReminderDays: Record<string, number[]>; defaultWithholdingRate: number; euReferenceRates: Record<string, number> }; version: number };
type LetterList = { items: { effectiveOn: string; sentTo: string; rule: { kind: string } }[] };

// The server runs on the real clock here, as the browser does, so "today" is the same for both.
const today = Temporal.Now.plainDateISO('Europe/Madrid');
const year = today.year;

function invoicingSection(page: Page, lang: Lang = 'en'): Locator {
  return page.getByRole('region', { name: text(lang, 'invoicingSettings.title') });
}

function paymentTerms(page: Page): Locator {
  return page.getByRole('region', { name: text('en', 'invoicingSettings.clientTerms.title') });
}

async function openSettings(page: Page, baseUrl: string, lang: Lang = 'en'): Promise<Locator> {
  await page.goto(`${baseUrl}/settings`);
  const section = invoicingSection(page, lang);
  await section.getByRole('button', { name: text(lang, 'invoicingSettings.save') }).waitFor();
  return section;
}

async function reminderValues(section: Locator): Promise<string[]> {
  const group = section.getByRole('group', { name: text('en', 'invoicingSettings.reminders.title') });
  return group.getByRole('textbox').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** A date as the server writes it in the client's email (es-ES, long). */
function spanishLongDate(date: Temporal.PlainDate): string {
  return date.toLocaleString('es-ES', { dateStyle: 'long' });
}

describe('invoicing settings and late-fee letters', () => {
  let e2e: E2eContext;
  let api: ApiSession;
  let tab: TrackedPage;
  let withEmail: Client;
  let withoutEmail: Client;

  beforeAll(async () => {
    e2e = await startE2e();
    api = await setUpThroughApi(e2e.server.url);
    const base = { stage: 'active' as const, timeZone: 'Europe/Madrid', currency: 'EUR' };
    withEmail = await api.createClient({ ...base, name: 'Nordlys Skincare', language: 'es', contacts: [{ name: 'Sofía Lindqvist', email: 'sofia@nordlys.example', phone: '' }] });
    withoutEmail = await api.createClient({ ...base, name: 'Quiet Studio', language: 'en', contacts: [{ name: 'Tom', email: '', phone: '+44 20 7946 0000' }] });
    tab = await openPage(e2e.browser);
    await tab.context.addCookies([{ ...api.cookie, url: e2e.server.url }]);
  }, 120_000);

  afterAll(async () => {
    await e2e?.close();
  });

  it('refuses a pattern with two counters next to the field, and previews the numbers of a good one, INV- prefix included', async () => {
    const { page } = tab;
    const section = await openSettings(page, e2e.server.url);
    // Until saved, the defaults show, with their numbers.
    await section.getByText(`${year}-0001, ${year}-0002, ${year}-0003`).waitFor();
    const pattern = section.getByLabel(label('en', 'invoicingSettings.numbering.pattern'));
    await pattern.fill('NNN-YYYY-NNN');
    await section.getByText(text('en', 'invoicingSettings.numbering.noPreview')).waitFor();
    await section.getByRole('button', { name: text('en', 'invoicingSettings.save') }).click();
    await section.getByText(text('en', 'invoicingSettings.errors.patternTwoCounters')).waitFor();
    expect(await pattern.getAttribute('aria-invalid')).toBe('true');
    // Keyboard users land on what to fix.
    await expect.poll(() => pattern.evaluate((input) => input === document.activeElement)).toBe(true);
    expect((await api.call<SettingsView>('GET', '/settings/invoicing')).version).toBe(0);

    await pattern.fill('INV-YYYY-NNN');
    await section.getByText(`INV-${year}-001, INV-${year}-002, INV-${year}-003`).waitFor();
    expect(await pattern.getAttribute('aria-invalid')).toBeNull();
    await pattern.fill('FAC-YYYY-NNN');
    await section.getByText(`FAC-${year}-001, FAC-${year}-002, FAC-${year}-003`).waitFor();
    expect(await pattern.getAttribute('aria-invalid')).toBeNull();
  });

  it('saves seller details, the reminder schedule, withholding and a reference rate, and keeps them after a reload', async () => {
    const { page } = tab;
    const section = await openSettings(page, e2e.server.url);
    await section.getByLabel(label('en', 'invoicingSettings.seller.name')).fill('Ana Ruiz Writing S.L.');
    await section.getByLabel(label('en', 'invoicingSettings.seller.taxId')).fill('12345678Z');
    await section.getByLabel(label('en', 'invoicingSettings.seller.address')).fill('Calle Mayor 1\n28013 Madrid');
    await section.getByLabel(label('en', 'invoicingSettings.numbering.pattern')).fill('FAC-YYYY-NNN');

    const reminders = section.getByRole('group', { name: text('en', 'invoicingSettings.reminders.title') });
    await reminders.getByLabel(text('en', 'invoicingSettings.reminders.rowLabel', { number: 1 })).fill('-5');
    await reminders.getByText('5 days before due').waitFor();
    await reminders.getByRole('button', { name: text('en', 'invoicingSettings.reminders.remove', { number: 6, words: '30 days late' }) }).click();
    await reminders.getByRole('button', { name: text('en', 'invoicingSettings.reminders.add') }).click();
    // A new reminder starts a week after the latest one, and says so in words.
    await reminders.getByText('21 days late').waitFor();

    await section.getByLabel(label('en', 'invoicingSettings.tax.withholding')).selectOption({ label: text('en', 'invoicingSettings.tax.withholdingChoices.7') });
    const euRates = section.getByRole('group', { name: text('en', 'invoicingSettings.rates.euReferenceRates.title') });
    await euRates.getByRole('button', { name: text('en', 'invoicingSettings.rates.add') }).click();
    await euRates.getByLabel(label('en', 'invoicingSettings.rates.year')).fill('2027');
    await euRates.getByLabel(label('en', 'invoicingSettings.rates.half')).selectOption('H1');
    await euRates.getByLabel(label('en', 'invoicingSettings.rates.percent')).fill('2.15');

    await section.getByRole('button', { name: text('en', 'invoicingSettings.save') }).click();
    await page.getByRole('status').filter({ hasText: text('en', 'invoicingSettings.saved') }).waitFor();
    // A Spanish NIF and euros: the page says Spanish invoice rules now apply.
    await section.getByText(text('en', 'invoicingSettings.seller.spanishRules')).waitFor();

    const stored = await api.call<SettingsView>('GET', '/settings/invoicing');
    expect(stored.settings).toMatchObject({ seller: { name: 'Ana Ruiz Writing S.L.' }, numberPattern: 'FAC-YYYY-NNN', reminderDays: [-5, 0, 3, 7, 14, 21], defaultWithholdingRate: 7, euReferenceRates: { '2027-H1': 2.15 } });

    await page.reload();
    const reloaded = await openSettings(page, e2e.server.url);
    expect(await reloaded.getByLabel(label('en', 'invoicingSettings.seller.name')).inputValue()).toBe('Ana Ruiz Writing S.L.');
    expect(await reloaded.getByLabel(label('en', 'invoicingSettings.seller.address')).inputValue()).toBe('Calle Mayor 1\n28013 Madrid');
    expect(await reloaded.getByLabel(label('en', 'invoicingSettings.numbering.pattern')).inputValue()).toBe('FAC-YYYY-NNN');
    expect(await reminderValues(reloaded)).toEqual(['-5', '0', '3', '7', '14', '21']);
    expect(await reloaded.getByLabel(label('en', 'invoicingSettings.tax.withholding')).inputValue()).toBe('7');
    expect(await reloaded.getByRole('group', { name: text('en', 'invoicingSettings.rates.euReferenceRates.title') }).getByLabel(label('en', 'invoicingSettings.rates.percent')).inputValue()).toBe('2.15');
    await reloaded.getByText(`FAC-${year}-001, FAC-${year}-002, FAC-${year}-003`).waitFor();
  });

  it('says when the settings were saved elsewhere, and reloads them', async () => {
    const { page } = tab;
    const section = await openSettings(page, e2e.server.url);
    // Another tab saves first.
    const current = await api.call<SettingsView>('GET', '/settings/invoicing');
    await api.call('PUT', '/settings/invoicing', { settings: { ...current.settings, paymentTermsDays: 14 }, version: current.version });

    await section.getByLabel(label('en', 'invoicingSettings.numbering.depositDueDays')).fill('10');
    await section.getByRole('button', { name: text('en', 'invoicingSettings.save') }).click();
    const alert = section.getByRole('alert').filter({ hasText: text('en', 'invoicingSettings.conflictBody') });
    await alert.waitFor();
    await alert.getByRole('button', { name: text('en', 'invoicingSettings.reload') }).click();
    await alert.waitFor({ state: 'hidden' });
    expect(await section.getByLabel(label('en', 'invoicingSettings.numbering.paymentTermsDays')).inputValue()).toBe('14');
    expect((await api.call<SettingsView>('GET', '/settings/invoicing')).settings).toMatchObject({ paymentTermsDays: 14, depositDueDays: 7 });
  });

  it('gives one client their own reminder schedule, and back to the default after confirming', async () => {
    const { page } = tab;
    await page.goto(`${e2e.server.url}/clients/${withEmail.id}`);
    const panel = paymentTerms(page);
    await panel.getByText('Uses your default: 5 days before due, on the due day, 3 days late, 7 days late, 14 days late, and 21 days late.').waitFor();
    await panel.getByRole('button', { name: text('en', 'invoicingSettings.clientSchedule.customise') }).click();
    const first = panel.getByLabel(text('en', 'invoicingSettings.reminders.rowLabel', { number: 1 }));
    await expect.poll(() => first.evaluate((input) => input === document.activeElement)).toBe(true);
    await first.fill('0');
    await panel.getByLabel(text('en', 'invoicingSettings.reminders.rowLabel', { number: 2 })).fill('0');
    await panel.getByRole('button', { name: text('en', 'invoicingSettings.clientSchedule.save') }).click();
    await panel.getByText(text('en', 'invoicingSettings.reminders.problems.duplicate')).waitFor();
    await panel.getByLabel(text('en', 'invoicingSettings.reminders.rowLabel', { number: 2 })).fill('2');
    await panel.getByRole('button', { name: text('en', 'invoicingSettings.clientSchedule.save') }).click();
    await panel.getByText('Nordlys Skincare has their own schedule: on the due day, 2 days late, 3 days late, 7 days late, 14 days late, and 21 days late.').waitFor();
    expect((await api.call<SettingsView>('GET', '/settings/invoicing')).settings.clientReminderDays).toEqual({ [withEmail.id]: [0, 2, 3, 7, 14, 21] });

    await page.reload();
    await paymentTerms(page).getByText(/Nordlys Skincare has their own schedule/).waitFor();
    await paymentTerms(page).getByRole('button', { name: text('en', 'invoicingSettings.clientSchedule.reset') }).click();
    const dialog = page.getByRole('dialog', { name: text('en', 'invoicingSettings.clientSchedule.resetTitle', { name: 'Nordlys Skincare' }) });
    await dialog.getByRole('button', { name: text('en', 'invoicingSettings.clientSchedule.resetConfirm') }).click();
    await paymentTerms(page).getByText(/^Uses your default/).waitFor();
    expect((await api.call<SettingsView>('GET', '/settings/invoicing')).settings.clientReminderDays).toEqual({});
  });

  it('sends a late-fee policy letter after a preview and a confirmation, and the client gets it with its effective date', async () => {
    const { page } = tab;
    await page.goto(`${e2e.server.url}/clients/${withEmail.id}`);
    const panel = paymentTerms(page);
    await panel.getByText(text('en', 'lateFeeLetters.empty')).waitFor();
    await panel.getByRole('button', { name: text('en', 'lateFeeLetters.send') }).click();
    const dialog = page.getByRole('dialog', { name: text('en', 'lateFeeLetters.dialog.title', { name: 'Nordlys Skincare' }) });
    await dialog.waitFor();

    // Statutory EU interest is offered to a client billed in euros; pick a fixed fee instead.
    const rule = dialog.getByLabel(label('en', 'lateFeeLetters.fields.rule'));
    expect(await rule.inputValue()).toBe('statutory_eu');
    expect(await rule.locator('option').allTextContents()).not.toContain(text('en', 'lateFeeLetters.kinds.statutory_uk'));
    await rule.selectOption('flat');
    await dialog.getByLabel(label('en', 'lateFeeLetters.fields.amount')).fill('40');
    await dialog.getByLabel(label('en', 'lateFeeLetters.fields.graceDays')).fill('10');

    // Two weeks' notice by default, and no less.
    const effective = dialog.getByLabel(label('en', 'lateFeeLetters.fields.effectiveOn'));
    const earliest = today.add({ days: 14 });
    expect(await effective.inputValue()).toBe(earliest.toString());
    await effective.fill(today.add({ days: 13 }).toString());
    await dialog.getByRole('button', { name: text('en', 'lateFeeLetters.dialog.review') }).click();
    // The page writes dates the way the browser's English does (en-US here).
    const earliestWords = earliest.toLocaleString('en-US', { dateStyle: 'long' });
    await dialog.getByText(text('en', 'lateFeeLetters.problems.notice', { date: earliestWords })).waitFor();
    expect(await effective.getAttribute('aria-invalid')).toBe('true');
    const chosen = today.add({ days: 20 });
    await effective.fill(chosen.toString());

    // The preview is the letter itself, in the client's language.
    const spanishDate = spanishLongDate(chosen);
    await dialog.getByText(new RegExp(`A partir del ${spanishDate}, las facturas pagadas con retraso llevarán este recargo: un recargo fijo de 40,00\\s€`)).waitFor();

    await dialog.getByRole('button', { name: text('en', 'lateFeeLetters.dialog.review') }).click();
    const confirm = page.getByRole('dialog', { name: text('en', 'lateFeeLetters.confirm.title', { name: 'Nordlys Skincare' }) });
    await confirm.getByText(text('en', 'lateFeeLetters.confirm.recipient', { name: 'Sofía Lindqvist', email: 'sofia@nordlys.example' })).waitFor();
    await confirm.getByRole('button', { name: text('en', 'lateFeeLetters.confirm.send') }).click();
    await page.getByRole('status').filter({ hasText: text('en', 'lateFeeLetters.sent', { email: 'sofia@nordlys.example' }) }).waitFor();

    const letters = panel.getByRole('list', { name: text('en', 'lateFeeLetters.listLabel') });
    await letters.getByText(text('en', 'lateFeeLetters.standing.scheduled')).waitFor();
    await letters.getByText(/^A fixed fee of €40\.00, once per invoice, when it is still unpaid 10 days after its due date\.$/).waitFor();
    const stored = await api.call<LetterList>('GET', `/clients/${withEmail.id}/late-fee-letters`);
    expect(stored.items).toMatchObject([{ effectiveOn: chosen.toString(), sentTo: 'sofia@nordlys.example', rule: { kind: 'flat' } }]);

    // The client's email is in the outbox, in Spanish, naming the effective date.
    await new AppShell(page, 'en').goTo('outbox');
    const email = page.getByRole('article', { name: `Actualización de mis condiciones de pago: recargos por demora desde el ${spanishDate}` });
    await email.waitFor();
    await email.getByText(/un recargo fijo de 40,00\s€, una sola vez por factura, si sigue sin pagarse 10 días después de su vencimiento/).waitFor();
  });

  it('tells the freelancer a client without an email needs one, with a link to add it', async () => {
    const { page } = tab;
    await page.goto(`${e2e.server.url}/clients/${withoutEmail.id}`);
    const panel = paymentTerms(page);
    await panel.getByText(text('en', 'lateFeeLetters.noEmail.title')).waitFor();
    expect(await panel.getByRole('button', { name: text('en', 'lateFeeLetters.send') }).count()).toBe(0);
    await panel.getByRole('link', { name: text('en', 'lateFeeLetters.noEmail.link', { name: 'Quiet Studio' }) }).click();
    await page.waitForURL(`${e2e.server.url}/clients/${withoutEmail.id}/edit`);
    // The server says the same if asked directly.
    const response = await fetch(`${e2e.server.url}/api/v1/clients/${withoutEmail.id}/late-fee-letters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${api.cookie.name}=${api.cookie.value}`, 'x-csrf-token': api.session.csrfToken },
      body: JSON.stringify({ rule: { kind: 'statutory_eu' }, effectiveOn: today.add({ days: 30 }).toString() }),
    });
    expect(response.status).toBe(422);
  });

  it('passes axe on the settings page in both languages and on a phone, with no console errors', async () => {
    const small = await openPage(e2e.browser, { viewport: phone });
    try {
      await small.context.addCookies([{ ...api.cookie, url: e2e.server.url }]);
      await openSettings(small.page, e2e.server.url);
      await expectNoAxeViolations(small.page, 'settings page on a phone');
      expect(small.problems).toEqual([]);
    } finally {
      await small.context.close();
    }
    const { page } = tab;
    await openSettings(page, e2e.server.url);
    await expectNoAxeViolations(page, 'settings page (en)');
    await new AppShell(page, 'en').switchLanguage('es');
    const section = invoicingSection(page, 'es');
    await section.getByRole('button', { name: text('es', 'invoicingSettings.save') }).waitFor();
    await section.getByText(text('es', 'invoicingSettings.seller.spanishRules')).waitFor();
    await expectNoAxeViolations(page, 'settings page (es)');
    // Chromium logs the 409 the stale-save test provoked on purpose; anything else is a problem.
    expect(tab.problems.filter((problem) => !/status of 409 \(Conflict\)/.test(problem))).toEqual([]);
  });
});
