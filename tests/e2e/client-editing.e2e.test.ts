// Editing a client safely: a stale edit is refused with a way to reload, archive and restore, and a clear retry when offline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, type TrackedPage } from './support/browser.ts';
import { defaultOwner, setUpThroughApi, type ApiSession } from './support/api-session.ts';
import { ClientPage } from './support/pages/client-page.ts';
import { ClientsListPage } from './support/pages/clients-list-page.ts';
import { AppShell } from './support/pages/app-shell.ts';

describe('editing, archiving and restoring a client', () => {
  let e2e: E2eContext;
  let tab: TrackedPage;
  let api: ApiSession;
  let clientId = '';

  beforeAll(async () => {
    e2e = await startE2e();
    api = await setUpThroughApi(e2e.server.url);
    const client = await api.createClient({ name: 'Marta Gil', company: 'Gil & Co', timeZone: 'Europe/Madrid', language: 'es', currency: 'EUR', stage: 'proposal' });
    clientId = client.id;
    tab = await openPage(e2e.browser);
    await tab.context.addCookies([{ ...api.cookie, url: e2e.server.url }]);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('saves an edit and records the stage change on the timeline', async () => {
    const { page } = tab;
    await page.goto(`${e2e.server.url}/clients/${clientId}`);
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit Marta Gil' }).waitFor();
    await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'Contract' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    const client = new ClientPage(page);
    await client.heading('Marta Gil').waitFor();
    await client.timelineEntry('Stage changed from Proposal to Contract').waitFor();
  });

  it('refuses to overwrite a change saved elsewhere, and offers to reload the latest version', async () => {
    const { page } = tab;
    await page.getByRole('link', { name: 'Edit' }).click();
    const companyField = page.getByLabel(/^Company/);
    await companyField.waitFor();
    // Someone else saves while this form is open.
    const current = await (await fetch(`${e2e.server.url}/api/v1/clients/${clientId}`, { headers: { cookie: `${api.cookie.name}=${api.cookie.value}` } })).json();
    const patch = await fetch(`${e2e.server.url}/api/v1/clients/${clientId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: `${api.cookie.name}=${api.cookie.value}`, 'x-csrf-token': api.session.csrfToken },
      body: JSON.stringify({ version: current.version, company: 'Gil Studio' }),
    });
    expect(patch.status).toBe(200);

    await companyField.fill('My edit');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone changed this client' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('nothing was overwritten');
    expect(await page.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);

    await conflict.getByRole('button', { name: 'Reload the latest version' }).click();
    await conflict.waitFor({ state: 'hidden' });
    expect(await page.getByLabel(/^Company/).inputValue()).toBe('Gil Studio');
  });

  it('archives after confirmation, shows the client under archived clients, and restores them', async () => {
    const { page } = tab;
    await page.goto(`${e2e.server.url}/clients/${clientId}`);
    const client = new ClientPage(page);
    await client.heading('Marta Gil').waitFor();
    await client.archive('Marta Gil');
    await page.getByText('This client is archived').waitFor();

    const list = new ClientsListPage(page);
    await list.open(e2e.server.url);
    await list.emptyState().waitFor();
    await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Archived clients' });
    await list.clientLink('Marta Gil').click();
    await client.heading('Marta Gil').waitFor();
    await client.restore();
    await page.getByRole('button', { name: 'Archive', exact: true }).waitFor();
    await client.timelineEntry('Client restored').waitFor();
  });

  it('sends an expired session to the login page and back to where the person was', async () => {
    const { page } = tab;
    await page.goto(`${e2e.server.url}/clients/${clientId}`);
    const client = new ClientPage(page);
    await client.heading('Marta Gil').waitFor();
    await tab.context.clearCookies();
    await client.logEvent({ summary: 'Called to confirm the start date.' });
    await page.getByText('Your session has ended. Log in again').waitFor();
    await page.getByLabel('Email').fill(defaultOwner.email);
    await page.getByLabel('Password').fill(defaultOwner.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await client.heading('Marta Gil').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/clients/${clientId}`);
  });

  it('keeps what was typed when the language is switched halfway through a form', async () => {
    const { page } = tab;
    await page.goto(`${e2e.server.url}/clients/new`);
    const name = page.getByRole('group', { name: 'Who they are' }).getByLabel(/^Name/);
    await name.fill('Half-typed Client');
    await new AppShell(page).switchLanguage('es');
    await page.getByRole('heading', { level: 1, name: 'Añadir un cliente' }).waitFor();
    expect(await page.getByRole('group', { name: 'Quién es' }).getByLabel(/^Nombre/).inputValue()).toBe('Half-typed Client');
    await new AppShell(page, 'es').switchLanguage('en');
    await page.getByRole('heading', { level: 1, name: 'Add a client' }).waitFor();
  });

  it('says plainly when Sana cannot be reached, and recovers with Try again', async () => {
    const { page } = tab;
    await page.route('**/api/v1/clients?*', (route) => route.abort('connectionrefused'));
    const list = new ClientsListPage(page);
    await list.open(e2e.server.url);
    const alert = page.getByRole('alert').filter({ hasText: 'Sana could not be reached' });
    await alert.waitFor();
    await page.unroute('**/api/v1/clients?*');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await list.clientLink('Marta Gil').waitFor();
  });
});
