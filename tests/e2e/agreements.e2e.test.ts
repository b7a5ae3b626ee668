// Proposals and contracts end to end: the freelancer drafts from a template and sends it; the client opens the portal
// link with no account, comments; the freelancer sends a new version; the client accepts; both sign; the audit trail
// verifies as intact; the signed PDF downloads with its certificate. Axe runs on the editor and portal in both languages.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, type TrackedPage } from './support/browser.ts';
import { setUpThroughApi, type ApiSession } from './support/api-session.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { AgreementPages } from './support/pages/agreement-page.ts';
import { AppShell } from './support/pages/app-shell.ts';
import { readPdfText } from '../../src/outputs/pdf/read-pdf-text.ts';
import en from '../../src/i18n/locales/en.json' with { type: 'json' };
import type { Client } from '../../src/schemas/clients.ts';
import type { Page } from 'playwright-core';

// Screenshots for a person to look at, when asked for (SANA_SCREENSHOTS=/some/dir).
const shotsDir = process.env.SANA_SCREENSHOTS;
async function shoot(page: Page, name: string): Promise<void> {
  if (!shotsDir) return;
  fs.mkdirSync(shotsDir, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shotsDir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('a proposal goes from draft to a signed contract', () => {
  let e2e: E2eContext;
  let api: ApiSession;
  let freelancer: TrackedPage;
  let client: TrackedPage;
  let maya: Client;
  let proposalUrl = '';
  let portalUrl = '';

  beforeAll(async () => {
    e2e = await startE2e({ env: { SANA_NOW: '2027-03-01T09:00:00Z' } });
    api = await setUpThroughApi(e2e.server.url);
    maya = await api.createClient({ name: 'Maya Brooks', timeZone: 'America/Chicago', language: 'en', currency: 'USD', stage: 'proposal', contacts: [{ name: 'Maya', email: 'maya@brooks.example', phone: '' }] });
    freelancer = await openPage(e2e.browser);
    await freelancer.context.addCookies([{ ...api.cookie, url: e2e.server.url }]);
    // The client's own browser: a fresh context with no cookies.
    client = await openPage(e2e.browser, { locale: 'en-US', timezoneId: 'America/Chicago' });
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('the freelancer starts a proposal for the client from the writer template', async () => {
    const page = freelancer.page;
    const ui = new AgreementPages(page);
    await page.goto(`${e2e.server.url}/agreements`);
    await page.getByRole('heading', { name: ui.t('list.emptyTitle') }).waitFor();
    await expectNoAxeViolations(page, 'empty agreements list (en)');
    await page.getByRole('button', { name: ui.t('newProposal') }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(ui.t('fields.client')).selectOption({ label: 'Maya Brooks' });
    await dialog.getByLabel(ui.t('new.template')).selectOption('starter-writer-en');
    await ui.button('new.create').click();
    await page.waitForURL(/\/agreements\/[\w-]+$/);
    proposalUrl = page.url();
    await page.getByRole('heading', { name: ui.t('parts.what'), exact: true }).waitFor();
    // The template's checks are shown, never blocking.
    await page.getByRole('heading', { name: ui.t('checks.title') }).waitFor();
    await ui.field('fields.title').fill('Monthly blog for Brooks Bakery');
    await ui.field('fields.offerExpiresOn').fill('2027-03-31');
    await ui.button('actions.save').click();
    await ui.button('actions.saved').waitFor();
    await expectNoAxeViolations(page, 'agreement editor (en)');
    await shoot(page, 'editor-en');
  });

  it('sends it: the email with the portal link goes to the outbox', async () => {
    const ui = new AgreementPages(freelancer.page);
    await ui.button('actions.send').click();
    await freelancer.page.getByRole('dialog').getByRole('button', { name: ui.t('actions.sendConfirm'), exact: true }).click();
    await freelancer.page.getByText(ui.t('actions.sentNotice', { client: 'Maya Brooks' })).waitFor();
    const outbox = await api.call<{ items: { to: string; bodyText: string }[] }>('GET', '/outbox');
    const email = outbox.items.find((message) => message.to.includes('maya@brooks.example'));
    const path = /\/p\/[\w-]+/.exec(email?.bodyText ?? '')?.[0];
    expect(path).toBeDefined();
    portalUrl = `${e2e.server.url}${path}`;
  });

  it('the client opens the link with no account, reads the five parts and comments', async () => {
    const page = client.page;
    const ui = new AgreementPages(page);
    await page.goto(portalUrl);
    await page.getByRole('link', { name: ui.t('portal.section.title') }).click();
    await page.getByRole('heading', { name: ui.t('portal.listTitle') }).waitFor();
    await page.getByRole('link', { name: 'Monthly blog for Brooks Bakery' }).click();
    for (const part of ['what', 'when', 'how', 'cost', 'terms']) await page.getByRole('heading', { name: ui.t(`parts.${part}`), exact: true }).waitFor();
    await expectNoAxeViolations(page, 'portal agreement (en)');
    await shoot(page, 'portal-en');
    await page.getByLabel(ui.t('portal.commentLabel')).fill('Could the first post come a week later?');
    await ui.button('portal.sendComment').click();
    await page.getByText(ui.t('portal.commentSent', { freelancer: 'Ana Ruiz' })).waitFor();
  });

  it('the freelancer sees the comment and sends a new version with a readable diff', async () => {
    const page = freelancer.page;
    const ui = new AgreementPages(page);
    await page.goto(proposalUrl);
    await page.getByText('Could the first post come a week later?').waitFor();
    await ui.field('fields.title').fill('Monthly blog for Brooks Bakery, from April');
    await ui.button('actions.newVersion').click();
    await page.getByLabel(new RegExp(ui.t('actions.versionNote'))).fill('First post a week later, as asked.');
    await ui.button('actions.versionConfirm').click();
    await page.getByText(ui.t('actions.versionNotice', { version: 2, client: 'Maya Brooks' })).waitFor();
    await page.locator('.agreement-diff__item').filter({ hasText: 'Monthly blog for Brooks Bakery, from April' }).waitFor();
  });

  it('the client accepts version 2 and signs the contract made from it', async () => {
    const page = client.page;
    const ui = new AgreementPages(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Monthly blog for Brooks Bakery, from April' }).waitFor();
    await ui.button('portal.accept').click();
    await page.getByRole('dialog').getByRole('button', { name: ui.t('portal.acceptConfirm') }).click();
    await page.getByText(ui.t('portal.accepted')).waitFor();
    await page.getByRole('heading', { name: ui.t('sign.title') }).waitFor();
    const consent = await page.locator('.sign-form__consent label').innerText();
    await ui.sign('Maya Brooks', consent);
    await page.getByText(ui.t('portal.signed')).waitFor();
    // Until the freelancer signs too, the status says who has signed rather than "Viewed".
    await page.getByText(ui.t('statuses.signed_by_client')).waitFor();
    expect(client.problems).toEqual([]);
  });

  it('the freelancer signs too; the audit trail verifies as intact; the signed PDF downloads', async () => {
    const page = freelancer.page;
    const ui = new AgreementPages(page);
    await page.goto(proposalUrl);
    await page.getByRole('link', { name: ui.t('actions.openContract') }).click();
    await page.getByRole('heading', { name: ui.t('sign.title') }).waitFor();
    await ui.sign('Ana Ruiz', en.email.agreements.consent);
    await page.locator('.agreement-page__header').getByText(ui.t('statuses.signed')).waitFor();
    await ui.button('audit.verify').click();
    await page.getByText(/^Intact:/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: ui.t('actions.pdf') }).click()]);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdfText(bytes);
    expect(pdf.pages.at(-1)).toContain('Signature certificate');
    expect(pdf.text).toContain('Maya Brooks');
    expect(pdf.text).toContain('Ana Ruiz');
    await shoot(page, 'contract-en');
  });

  it('the editor and the portal pass axe in Spanish too', async () => {
    const shell = new AppShell(freelancer.page, 'en');
    await freelancer.page.goto(proposalUrl);
    await shell.switchLanguage('es');
    const es = new AgreementPages(freelancer.page, 'es');
    await freelancer.page.getByRole('heading', { name: es.t('versions.title') }).waitFor();
    await expectNoAxeViolations(freelancer.page, 'agreement page (es)');
    await shoot(freelancer.page, 'proposal-es');
    await client.page.getByRole('button', { name: 'Español' }).click();
    await client.page.getByRole('heading', { name: es.t('sign.title') }).waitFor();
    // The notice from signing follows the language switch.
    await client.page.getByText(es.t('portal.signed')).waitFor();
    await expectNoAxeViolations(client.page, 'portal contract (es)');
    await shoot(client.page, 'portal-contract-es');
    expect(freelancer.problems).toEqual([]);
  });
});
