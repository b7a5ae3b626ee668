// The public intake link: made in Settings, filled by a prospect in Spanish with no account, read by the freelancer with a gut check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, type TrackedPage } from './support/browser.ts';
import { setUpThroughApi } from './support/api-session.ts';
import { AppShell } from './support/pages/app-shell.ts';
import { SettingsPage } from './support/pages/settings-page.ts';
import { IntakePage } from './support/pages/intake-page.ts';
import { ClientsListPage } from './support/pages/clients-list-page.ts';
import { ClientPage } from './support/pages/client-page.ts';
import { FitPage } from './support/pages/fit-page.ts';

describe('a prospect answers through the intake link', () => {
  let e2e: E2eContext;
  let freelancer: TrackedPage;
  let prospect: TrackedPage;
  let intakeUrl = '';
  const workspace = 'Ana Ruiz Writing';

  beforeAll(async () => {
    e2e = await startE2e();
    const api = await setUpThroughApi(e2e.server.url);
    freelancer = await openPage(e2e.browser);
    await freelancer.context.addCookies([{ ...api.cookie, url: e2e.server.url }]);
    // A fresh browser with no cookies at all, on a Spanish-speaking device in Mexico.
    prospect = await openPage(e2e.browser, { locale: 'es-MX', timezoneId: 'America/Mexico_City' });
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('the freelancer creates the link in Settings and sees it once, with a Copy button', async () => {
    await freelancer.page.goto(`${e2e.server.url}/settings`);
    const settings = new SettingsPage(freelancer.page);
    await settings.heading().waitFor();
    await settings.intakeSection().getByText('No active link').waitFor();
    intakeUrl = await settings.createIntakeLink();
    expect(intakeUrl).toMatch(/\/intake\/[\w-]{20,}$/);
    await freelancer.page.getByRole('button', { name: 'Copy link' }).waitFor();
    await settings.intakeSection().getByText(/Active until/).waitFor();
    await freelancer.page.getByRole('button', { name: 'Done, I have copied it' }).click();
    // Shown once: after closing the panel, the address is gone from the page.
    expect(await freelancer.page.getByLabel('Intake link address').count()).toBe(0);
  });

  it('opens for the prospect in the workspace language, names the workspace, and switches to Spanish', async () => {
    const intake = new IntakePage(prospect.page);
    await prospect.page.goto(intakeUrl);
    await intake.heading(workspace).waitFor();
    expect(await prospect.page.locator('html').getAttribute('lang')).toBe('en');
    await intake.switchLanguage('es');
    await intake.heading(workspace).waitFor();
    await prospect.page.getByText(`¡Gracias por pensar en ${workspace}!`).waitFor();
    // No red-flags question for a prospect, and no navigation of the app.
    expect(await prospect.page.getByText('Señales de alerta').count()).toBe(0);
    expect(await prospect.page.getByRole('navigation').count()).toBe(0);
    // The honeypot is out of reach: hidden from assistive technology and from the Tab key.
    const honeypot = prospect.page.locator('input[name="website"]');
    expect(await honeypot.getAttribute('tabindex')).toBe('-1');
    expect(await honeypot.getAttribute('autocomplete')).toBe('off');
    expect(await prospect.page.locator('.honeypot').getAttribute('aria-hidden')).toBe('true');
    // The zone comes from the device.
    expect(await prospect.page.getByLabel('Tu zona horaria', { exact: true }).inputValue()).toBe('America/Mexico_City');
  });

  it('points at missing details, then sends the answers and says thank you', async () => {
    const intake = new IntakePage(prospect.page, 'es');
    await intake.send(workspace);
    await prospect.page.getByText('Dinos tu nombre.').waitFor();
    expect(await prospect.page.getByLabel('Tu nombre', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);

    await intake.fillContact({ name: 'Lucía Fernández', email: 'lucia@estudionorte.example', company: 'Estudio Norte' });
    await intake.addTask('Cuatro artículos al mes para el blog', 'Artículos de blog');
    await intake.setCallsPerWeek(1);
    await intake.answerYesNo('weekends', 'no');
    await intake.answerYesNo('holidays', 'no');
    await intake.setNotes('Queremos empezar en abril.');
    await intake.send(workspace);
    await intake.thanks('Lucía Fernández').waitFor();
    await prospect.page.getByText(`${workspace} ya tiene tus respuestas`).waitFor();
  });

  it('never asked an authenticated endpoint: no 401, no console error', () => {
    expect(prospect.problems).toEqual([]);
  });

  it('the freelancer finds the new lead with intake answers waiting for a gut check, adds it, and sees the recommendation', async () => {
    const list = new ClientsListPage(freelancer.page);
    await list.open(e2e.server.url);
    await list.clientLink('Lucía Fernández').click();
    const client = new ClientPage(freelancer.page);
    await client.heading('Lucía Fernández').waitFor();
    await client.timelineEntry('Intake answers received').waitFor();
    const pending = freelancer.page.getByRole('listitem').filter({ hasText: 'Waiting for your gut check' });
    await pending.getByRole('link', { name: /Their own answers/ }).click();

    const fit = new FitPage(freelancer.page);
    await fit.heading('Lucía Fernández').waitFor();
    await fit.recommendation().getByText('First, your gut check').waitFor();
    // No decision before the gut check.
    expect(await fit.decisionButton('accept').count()).toBe(0);
    await freelancer.page.getByText('Answered by them through your intake link').waitFor();
    await freelancer.page.getByText('Their answers', { exact: true }).click();
    await freelancer.page.getByText('Queremos empezar en abril.').waitFor();

    await fit.recordGut('at_ease');
    await new AppShell(freelancer.page).toast('Gut check saved.').waitFor();
    await fit.recommendation().getByText(/Good fit|Start with a small trial project|Walk away/).waitFor();
    await fit.item('calls').getByText('Expects 1 call a week, within your limit of 1').waitFor();
    await fit.decisionButton('accept').waitFor();
  });

  it('declines another way round: the decline message is prefilled in the client’s language and lands in the outbox', async () => {
    const fit = new FitPage(freelancer.page);
    const dialog = await fit.openDecline('Lucía Fernández');
    expect(await dialog.textContent()).toContain('lucia@estudionorte.example');
    expect(await dialog.textContent()).toContain('Spanish');
    const subject = await dialog.getByLabel('Subject', { exact: true }).inputValue();
    expect(subject.length).toBeGreaterThan(3);
    await dialog.getByLabel(/^Message/).fill('Hola Lucía, gracias por escribirme. Ahora mismo no puedo asumir tu proyecto. Un saludo, Ana');
    await dialog.getByRole('button', { name: 'Decline and send' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await freelancer.page.getByText('Decision recorded').waitFor();

    await new AppShell(freelancer.page).goTo('outbox');
    const email = freelancer.page.getByRole('article', { name: subject });
    await email.waitFor();
    expect(await email.textContent()).toContain('lucia@estudionorte.example');
    expect(await email.textContent()).toContain('Ahora mismo no puedo asumir tu proyecto');
  });

  it('turning the link off (after confirming) shows the prospect a kind "no longer active" page', async () => {
    await new AppShell(freelancer.page).goTo('settings');
    const section = new SettingsPage(freelancer.page).intakeSection();
    await section.getByRole('button', { name: 'Turn off' }).click();
    const dialog = freelancer.page.getByRole('dialog', { name: 'Turn off your intake link?' });
    await dialog.getByRole('button', { name: 'Turn off the link' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await section.getByText('No active link').waitFor();

    await prospect.page.goto(intakeUrl);
    await prospect.page.getByRole('heading', { level: 1, name: /no longer active|ya no está activo/ }).waitFor();
    // A 404 from the public endpoint is an answer, not a failure of the page.
    expect(prospect.problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
  });

  it('the freelancer saw no console errors either', () => {
    expect(freelancer.problems).toEqual([]);
  });
});
