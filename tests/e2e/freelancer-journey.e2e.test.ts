// A freelancer's first hour: first-run wizard, first client, first logged event, then Sana in Spanish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, type TrackedPage } from './support/browser.ts';
import { defaultOwner } from './support/api-session.ts';
import { AppShell } from './support/pages/app-shell.ts';
import { SetupWizardPage } from './support/pages/setup-wizard-page.ts';
import { ClientsListPage } from './support/pages/clients-list-page.ts';
import { ClientFormPage } from './support/pages/client-form-page.ts';
import { ClientPage } from './support/pages/client-page.ts';
import { OutboxPage } from './support/pages/outbox-page.ts';
import { LoginPage } from './support/pages/login-page.ts';

describe("a freelancer's first hour in Sana", () => {
  let e2e: E2eContext;
  let tab: TrackedPage;

  beforeAll(async () => {
    e2e = await startE2e();
    tab = await openPage(e2e.browser);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('opens on the first-run wizard and creates the workspace and its owner', async () => {
    const wizard = new SetupWizardPage(tab.page);
    await wizard.open(e2e.server.url);
    expect(new URL(tab.page.url()).pathname).toBe('/setup');
    // The browser's zone (Europe/Madrid in this context) is the default.
    await wizard.fillAboutYou(defaultOwner);
    await wizard.next();
    expect(await wizard.field('timeZone').inputValue()).toBe('Europe/Madrid');
    await wizard.fillBusiness({ workspaceName: defaultOwner.workspaceName, currency: 'EUR' });
    await wizard.createAndFinishProfileLater();

    const list = new ClientsListPage(tab.page);
    await list.heading().waitFor();
    await list.emptyState().waitFor();
    await tab.page.getByRole('link', { name: 'Add your first client' }).waitFor();
  });

  it('adds a client and opens their page with the timeline already started', async () => {
    const list = new ClientsListPage(tab.page);
    await list.addClientLink().click();
    const form = new ClientFormPage(tab.page);
    await form.heading().waitFor();
    await form.fill({ name: 'Lucía Fernández', company: 'Estudio Norte', contact: { name: 'Lucía', email: 'lucia@estudionorte.es', phone: '+34 600 111 222' }, stage: 'Interviewing' });
    await form.submitNew();

    const client = new ClientPage(tab.page);
    await client.heading('Lucía Fernández').waitFor();
    await tab.page.getByRole('link', { name: 'lucia@estudionorte.es' }).waitFor();
    await client.timelineEntry('Client added as Interviewing').waitFor();
    await new AppShell(tab.page).toast('Lucía Fernández was added.').waitFor();
  });

  it('logs a call and sees it at the top of the timeline', async () => {
    const client = new ClientPage(tab.page);
    await client.logEvent({ type: 'Call', summary: 'Discovery call: four posts a month, budget fits.', channel: 'Phone' });
    const entry = client.timelineEntry('Discovery call: four posts a month, budget fits.');
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Call by phone');
    const first = client.timeline().getByRole('listitem').first();
    expect(await first.textContent()).toContain('Discovery call');
    // The summary box is cleared and focused, ready for the next entry.
    const summary = client.logForm().getByLabel('Summary', { exact: true });
    expect(await summary.inputValue()).toBe('');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('finds the client again by searching the list', async () => {
    const shell = new AppShell(tab.page);
    await shell.goTo('clients');
    const list = new ClientsListPage(tab.page);
    await list.search('estudionorte');
    await list.clientLink('Lucía Fernández').waitFor();
    await list.search('nobody-like-this');
    await tab.page.getByRole('heading', { name: 'No clients match' }).waitFor();
    await tab.page.getByRole('button', { name: 'Clear search and filters' }).click();
    await list.clientLink('Lucía Fernández').click();
    await new ClientPage(tab.page).heading('Lucía Fernández').waitFor();
  });

  it('switches to Spanish from the header and shows the client page in Spanish, remembered after a reload', async () => {
    const shell = new AppShell(tab.page);
    await shell.switchLanguage('es');
    const client = new ClientPage(tab.page, 'es');
    await tab.page.getByRole('heading', { level: 2, name: 'Historial' }).waitFor();
    await tab.page.getByRole('heading', { level: 2, name: 'Datos' }).waitFor();
    await client.timelineEntry('Llamada por teléfono').waitFor();
    await client.timelineEntry('Cliente añadido en la etapa Entrevista').waitFor();
    await tab.page.getByRole('button', { name: 'Registrar' }).waitFor();
    await tab.page.getByRole('link', { name: 'Bandeja de salida' }).waitFor();
    // Dates follow the language too: Spanish month abbreviations, 24-hour clock (no a. m./p. m.; before ten the hour has
    // one digit, "1:46", as Spanish writes it).
    expect(await client.timeline().locator('time').first().textContent()).toMatch(/^\d{1,2} [a-z]{3,4}\.? \d{4}, \d{1,2}:\d{2}$/);
    expect(await tab.page.locator('html').getAttribute('lang')).toBe('es');

    await tab.page.reload();
    await tab.page.getByRole('heading', { level: 2, name: 'Historial' }).waitFor();
    expect(await tab.page.locator('html').getAttribute('lang')).toBe('es');
  });

  it('logs an event in Spanish and reads it back as a Spanish sentence', async () => {
    const client = new ClientPage(tab.page, 'es');
    await client.logEvent({ type: 'Mensaje recibido', summary: 'Ha enviado el briefing.', channel: 'Correo electrónico' });
    await client.timelineEntry('Ha enviado el briefing.').filter({ hasText: 'Mensaje recibido por correo electrónico' }).waitFor();
    await new AppShell(tab.page, 'es').toast('Registrado en el historial.').waitFor();
  });

  it('shows the welcome email in the outbox as stored, not sent, with a plain explanation', async () => {
    const shell = new AppShell(tab.page, 'es');
    await shell.goTo('outbox');
    const outbox = new OutboxPage(tab.page, 'es');
    const email = outbox.email(/Welcome to Sana, Ana Ruiz/);
    await email.waitFor();
    expect(await email.textContent()).toContain('Guardado, sin enviar');
    await tab.page.getByText('todavía no hay un servidor de correo configurado').waitFor();
  });

  it('logs out to the login page (still in Spanish) and logs back in', async () => {
    const shell = new AppShell(tab.page, 'es');
    await shell.logOut();
    const login = new LoginPage(tab.page, 'es');
    await login.heading().waitFor();
    await login.logIn(defaultOwner.email, 'not the password');
    await tab.page.getByRole('alert').filter({ hasText: 'El correo y la contraseña no coinciden' }).waitFor();
    await login.logIn(defaultOwner.email, defaultOwner.password);
    await new ClientsListPage(tab.page, 'es').heading().waitFor();
  });

  it('saw no console errors, uncaught exceptions or CSP refusals along the way', () => {
    expect(tab.problems).toEqual([]);
  });
});
