// Settings: API tokens shown once with a copy button and revoked after confirmation; the API docs are one link away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, type TrackedPage } from './support/browser.ts';
import { setUpThroughApi } from './support/api-session.ts';
import { SettingsPage } from './support/pages/settings-page.ts';

describe('settings', () => {
  let e2e: E2eContext;
  let tab: TrackedPage;

  beforeAll(async () => {
    e2e = await startE2e();
    const api = await setUpThroughApi(e2e.server.url);
    tab = await openPage(e2e.browser);
    await tab.context.addCookies([{ ...api.cookie, url: e2e.server.url }]);
    await tab.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.server.url });
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('creates a token, shows it once with a working copy button, and the token opens the API', async () => {
    const { page } = tab;
    await page.goto(`${e2e.server.url}/settings`);
    const settings = new SettingsPage(page);
    await settings.heading().waitFor();
    const token = await settings.createToken('Backup script');
    expect(token.length).toBeGreaterThan(20);

    await page.getByRole('button', { name: 'Copy token' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

    const response = await fetch(`${e2e.server.url}/api/v1/clients`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);

    await page.getByRole('button', { name: 'Done, I have saved it' }).click();
    expect(await page.getByLabel('Token', { exact: true }).count()).toBe(0);
    await page.getByRole('listitem').filter({ hasText: 'Backup script' }).waitFor();
  });

  it('revokes a token only after confirming, after which it no longer works', async () => {
    const { page } = tab;
    const token = await new SettingsPage(page).createToken('Zapier');
    await page.getByRole('button', { name: 'Done, I have saved it' }).click();
    await new SettingsPage(page).revokeToken('Zapier');
    await page.getByRole('status').filter({ hasText: 'Token “Zapier” revoked.' }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'Zapier' }).count()).toBe(0);
    const response = await fetch(`${e2e.server.url}/api/v1/clients`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(401);
  });

  it('links to the API documentation', async () => {
    const { page } = tab;
    const link = new SettingsPage(page).docsLink();
    expect(await link.getAttribute('href')).toBe('/api/docs');
    const response = await fetch(`${e2e.server.url}/api/docs`);
    expect(response.ok).toBe(true);
  });

  it('switches the language from settings and keeps it on the account', async () => {
    const { page } = tab;
    await page.getByRole('radio', { name: 'Español' }).check();
    await page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Idioma guardado.' }).waitFor();
    // A fresh browser with an English locale still opens in Spanish: the account remembers.
    const other = await openPage(e2e.browser, { locale: 'en-US' });
    try {
      await other.context.addCookies(await tab.context.cookies());
      await other.page.goto(`${e2e.server.url}/settings`);
      await other.page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor();
    } finally {
      await other.context.close();
    }
  });

  it('saw no console errors, uncaught exceptions or CSP refusals', () => {
    expect(tab.problems).toEqual([]);
  });
});
