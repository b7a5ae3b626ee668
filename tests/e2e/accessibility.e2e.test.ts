// axe-core finds no violations on any page, in English and Spanish, on a desktop and on a 375px phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, phone, type TrackedPage } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { apiFromBrowser, defaultOwner } from './support/api-session.ts';
import { text, type Lang } from './support/catalog.ts';
import { AppShell } from './support/pages/app-shell.ts';
import { SetupWizardPage } from './support/pages/setup-wizard-page.ts';
import { ClientsListPage } from './support/pages/clients-list-page.ts';
import { ClientFormPage } from './support/pages/client-form-page.ts';
import { ClientPage } from './support/pages/client-page.ts';
import { OutboxPage } from './support/pages/outbox-page.ts';
import { SettingsPage } from './support/pages/settings-page.ts';
import { LoginPage } from './support/pages/login-page.ts';

const languages: Lang[] = ['en', 'es'];

async function showIn(page: Page, lang: Lang): Promise<AppShell> {
  const shell = new AppShell(page, lang === 'en' ? 'es' : 'en');
  if ((await page.locator('html').getAttribute('lang')) !== lang) await shell.switchLanguage(lang);
  shell.lang = lang;
  return shell;
}

async function hasNoSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('accessibility of every page in both languages', () => {
  let e2e: E2eContext;
  let tab: TrackedPage;
  let clientId = '';

  beforeAll(async () => {
    e2e = await startE2e();
    tab = await openPage(e2e.browser);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('the first-run wizard: both steps, with and without errors', async () => {
    const wizard = new SetupWizardPage(tab.page);
    await wizard.open(e2e.server.url);
    for (const lang of languages) {
      await showIn(tab.page, lang);
      wizard.lang = lang;
      await wizard.heading().waitFor();
      await expectNoAxeViolations(tab.page, `wizard step 1 (${lang})`);
      await tab.page.getByRole('button', { name: text(lang, 'common.next') }).click();
      await tab.page.getByText(text(lang, 'setup.errors.name')).waitFor();
      await expectNoAxeViolations(tab.page, `wizard step 1 with errors (${lang})`);
    }
    await wizard.fillAboutYou(defaultOwner);
    await wizard.next();
    await expectNoAxeViolations(tab.page, 'wizard step 2 (es)');
    await showIn(tab.page, 'en');
    wizard.lang = 'en';
    await expectNoAxeViolations(tab.page, 'wizard step 2 (en)');
    await wizard.fillBusiness({ workspaceName: defaultOwner.workspaceName });
    await wizard.createAndFinishProfileLater();
    await new ClientsListPage(tab.page).heading().waitFor();
  });

  it('the client list while empty, and the client form (also with errors)', async () => {
    for (const lang of languages) {
      await showIn(tab.page, lang);
      const list = new ClientsListPage(tab.page, lang);
      await list.open(e2e.server.url);
      await list.emptyState().waitFor();
      await expectNoAxeViolations(tab.page, `empty client list (${lang})`);

      await list.addClientLink().first().click();
      const form = new ClientFormPage(tab.page, lang);
      await form.heading().waitFor();
      await expectNoAxeViolations(tab.page, `client form (${lang})`);
      await tab.page.getByRole('button', { name: text(lang, 'clientForm.create') }).click();
      await tab.page.getByText(text(lang, 'clientForm.errors.name')).waitFor();
      await expectNoAxeViolations(tab.page, `client form with errors (${lang})`);
    }
  });

  it('the client list with data, and a client page with its timeline and archive dialog', async () => {
    const api = await apiFromBrowser(e2e.server.url, await tab.context.cookies());
    const stages = ['lead', 'interviewing', 'proposal', 'contract', 'active', 'offboarding', 'past', 'declined', 'waitlist'] as const;
    for (const [index, stage] of stages.entries()) {
      const client = await api.createClient({
        name: `Client ${index + 1}`,
        company: index % 2 ? 'Northwind' : '',
        contacts: [{ name: 'Sam', email: `sam${index}@example.com`, phone: '' }],
        timeZone: 'America/Mexico_City',
        language: index % 2 ? 'es' : 'en',
        currency: 'MXN',
        stage,
        notes: index === 0 ? 'Prefers email.' : '',
        isNotesConfidential: index === 0,
      });
      if (index === 0) clientId = client.id;
    }
    await api.logEvent(clientId, { type: 'call', summary: 'Discovery call.', channel: 'phone' });
    await api.logEvent(clientId, { type: 'message_received', summary: 'Sent the brief.', channel: 'email', isConfidential: true });

    for (const lang of languages) {
      await showIn(tab.page, lang);
      const list = new ClientsListPage(tab.page, lang);
      await list.open(e2e.server.url);
      await list.clientLink('Client 1').waitFor();
      await expectNoAxeViolations(tab.page, `client list with data (${lang})`);

      await list.clientLink('Client 1').click();
      const client = new ClientPage(tab.page, lang);
      await client.heading('Client 1').waitFor();
      await client.timelineEntry('Discovery call.').waitFor();
      await expectNoAxeViolations(tab.page, `client page with timeline (${lang})`);

      await tab.page.getByRole('button', { name: text(lang, 'client.archive'), exact: true }).click();
      const dialog = tab.page.getByRole('dialog', { name: text(lang, 'client.archiveTitle', { name: 'Client 1' }) });
      await dialog.waitFor();
      await expectNoAxeViolations(tab.page, `archive dialog (${lang})`);
      await tab.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
  });

  it('the outbox and the settings page (with a new token shown)', async () => {
    for (const lang of languages) {
      const shell = await showIn(tab.page, lang);
      await shell.goTo('outbox');
      await new OutboxPage(tab.page, lang).email(/Welcome to Sana|Te damos la bienvenida/).waitFor();
      await expectNoAxeViolations(tab.page, `outbox (${lang})`);

      await shell.goTo('settings');
      const settings = new SettingsPage(tab.page, lang);
      await expectNoAxeViolations(tab.page, `settings (${lang})`);
      await settings.createToken(`Script ${lang}`);
      await expectNoAxeViolations(tab.page, `settings with a new token (${lang})`);
    }
  });

  it('the login page', async () => {
    const shell = new AppShell(tab.page, 'es');
    await shell.logOut();
    for (const lang of languages) {
      await showIn(tab.page, lang);
      const login = new LoginPage(tab.page, lang);
      await login.heading().waitFor();
      await expectNoAxeViolations(tab.page, `login (${lang})`);
      await login.logIn(defaultOwner.email, 'wrong password');
      await tab.page.getByRole('alert').waitFor();
      await expectNoAxeViolations(tab.page, `login with an error (${lang})`);
    }
  });

  it('a 375px phone: the list becomes cards, the menu collapses, nothing scrolls sideways', async () => {
    const phoneTab = await openPage(e2e.browser, { viewport: phone });
    try {
      await new LoginPage(phoneTab.page).open(e2e.server.url);
      await new LoginPage(phoneTab.page).logIn(defaultOwner.email, defaultOwner.password);
      // The language shown on the login page (English, from this browser) is kept after logging in.
      const shell = new AppShell(phoneTab.page, 'en');
      await new ClientsListPage(phoneTab.page, 'en').heading().waitFor();

      for (const lang of languages) {
        await showIn(phoneTab.page, lang);
        shell.lang = lang;
        const list = new ClientsListPage(phoneTab.page, lang);
        await list.open(e2e.server.url);
        await list.clientLink('Client 1').waitFor();
        // The navigation hides behind the menu button until asked for.
        expect(await shell.mainNav().isVisible()).toBe(false);
        await shell.menuButton().click();
        await shell.mainNav().waitFor();
        await expectNoAxeViolations(phoneTab.page, `phone client list with the menu open (${lang})`);
        await shell.menuButton().click();
        await shell.mainNav().waitFor({ state: 'hidden' });
        expect(await hasNoSidewaysScroll(phoneTab.page)).toBe(true);
        await expectNoAxeViolations(phoneTab.page, `phone client list (${lang})`);

        await list.clientLink('Client 1').click();
        const client = new ClientPage(phoneTab.page, lang);
        await client.heading('Client 1').waitFor();
        await client.timelineEntry('Discovery call.').waitFor();
        expect(await hasNoSidewaysScroll(phoneTab.page)).toBe(true);
        await expectNoAxeViolations(phoneTab.page, `phone client page (${lang})`);
      }
      expect(phoneTab.problems).toEqual([]);
    } finally {
      await phoneTab.context.close();
    }
  });

  it('saw no console errors, uncaught exceptions or CSP refusals', () => {
    expect(tab.problems).toEqual([]);
  });
});
