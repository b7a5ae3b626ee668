// Letting a client go, in Chromium: an exit plan with Sana's date, offboarding with a handoff document that keeps
// confidences, closing (the client becomes past), and recovery after a toxic relationship.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, type TrackedPage } from './support/browser.ts';
import { setUpThroughApi, type ApiSession } from './support/api-session.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { readPdfText } from '../../src/outputs/pdf/read-pdf-text.ts';

describe('letting a toxic client go without burning bridges', () => {
  let e2e: E2eContext;
  let api: ApiSession;
  let tracked: TrackedPage;
  let stormyId = '';
  const confidentialNote = 'Owner is going through a divorce';
  const confidentialEvent = 'They admitted the accounts are under audit';
  const confidentialStep = 'Admin password Tulip-2027';

  beforeAll(async () => {
    e2e = await startE2e({ env: { SANA_NOW: '2027-03-01T09:00:00Z' } });
    api = await setUpThroughApi(e2e.server.url);
    const calm = await api.createClient({ name: 'Calma Estudio', timeZone: 'Europe/Madrid', language: 'es', currency: 'EUR', stage: 'active', contacts: [{ name: 'Lucía Pérez', email: 'lucia@calma.example', phone: '' }] });
    const stormy = await api.createClient({ name: 'Stormy Ltd', timeZone: 'Europe/Madrid', language: 'es', currency: 'EUR', stage: 'active', notes: confidentialNote, isNotesConfidential: true });
    stormyId = stormy.id;
    await api.logEvent(stormyId, { type: 'note', summary: confidentialEvent, isConfidential: true });
    await api.logEvent(stormyId, { type: 'missed_commitment', summary: 'Calma logo a week late', otherClientId: calm.id, occurredAt: '2027-02-10T10:00:00Z' });
    tracked = await openPage(e2e.browser);
    await tracked.context.addCookies([{ ...api.cookie, url: e2e.server.url }]);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('creates an exit plan on the date Sana suggests, and ticks a step off', async () => {
    const { page } = tracked;
    await page.goto(`${e2e.server.url}/clients/${stormyId}/offboarding`);
    await page.getByRole('heading', { level: 1, name: 'Offboarding Stormy Ltd' }).waitFor();
    await page.locator('#exit-plan').getByText('Sana suggests').first().waitFor();
    await expectNoAxeViolations(page, 'offboarding page before it starts');
    // The notice period is the freelancer's: a longer one moves the date Sana suggests.
    await page.getByLabel('Notice period (days)').fill('45');
    await page.getByRole('button', { name: 'Save these numbers' }).click();
    await page.locator('#exit-plan').getByText('Sana suggests Apr 15, 2027').first().waitFor();
    await page.getByLabel('Notice period (days)').fill('30');
    await page.getByRole('button', { name: 'Save these numbers' }).click();
    await page.locator('#exit-plan').getByText('Sana suggests Mar 31, 2027').first().waitFor();
    await page.getByRole('button', { name: 'Create exit plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an exit plan' });
    expect(await dialog.getByLabel('Last day with this client').inputValue()).toBe('2027-03-31');
    expect(await dialog.getByLabel('Steps').inputValue()).toContain('Tell Stormy Ltd kindly');
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await page.getByText('Last day: Mar 31, 2027').waitFor();
    await page.getByText('Steps: 0 of 4 done').waitFor();
    await page.getByRole('checkbox', { name: /Line up replacement income/ }).check();
    await page.getByText('Steps: 1 of 4 done').waitFor();
    const calendar = await api.call<{ items: { clientName: string; targetDate: string }[] }>('GET', '/exit-plans');
    expect(calendar.items).toEqual([expect.objectContaining({ clientName: 'Stormy Ltd', targetDate: '2027-03-31' })]);
  });

  it('offboards: documents a procedure with a confidential step and downloads a handoff without any confidence', async () => {
    const { page } = tracked;
    await page.getByRole('button', { name: 'Start offboarding' }).first().click();
    await page.getByRole('heading', { name: 'Checklist' }).waitFor();
    await page.getByRole('checkbox', { name: 'Keep talking' }).check();
    await page.getByLabel('Where things stand').fill('La campaña de primavera está redactada.');
    await page.getByRole('button', { name: 'Add an open item' }).click();
    await page.getByLabel('Open item 1', { exact: true }).fill('Publicar el boletín de abril');
    await page.getByRole('button', { name: 'Add a recurring task' }).click();
    await page.getByLabel('Task', { exact: true }).fill('Boletín semanal');
    await page.getByLabel('How often').fill('Cada lunes');
    await page.getByLabel('Step 1 of Boletín semanal', { exact: true }).fill('Reunir las ofertas de la tienda');
    await page.getByRole('button', { name: 'Add a step (Boletín semanal)' }).click();
    await page.getByLabel('Step 2 of Boletín semanal', { exact: true }).fill(confidentialStep);
    await page.getByRole('checkbox', { name: 'Confidential (Step 2 of Boletín semanal)' }).check();
    await page.getByRole('button', { name: 'Save the offboarding' }).click();
    await page.getByText('Offboarding saved.').waitFor();
    await expectNoAxeViolations(page, 'offboarding page');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('handoff-stormy-ltd-2027-03-01.pdf');
    const { text } = await readPdfText(fs.readFileSync((await download.path()) as string));
    expect(text).toContain('Traspaso: Stormy Ltd');
    expect(text).toContain('Reunir las ofertas de la tienda');
    expect(text).toContain('Publicar el boletín de abril');
    for (const secret of ['Tulip', 'divorce', 'audit']) expect(text).not.toContain(secret);

    const [markdownDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download Markdown' }).click()]);
    const markdown = fs.readFileSync((await markdownDownload.path()) as string, 'utf8');
    expect(markdown).toContain('## Cómo se hacen las tareas recurrentes');
    for (const secret of ['Tulip', 'divorce', 'audit']) expect(markdown).not.toContain(secret);
  });

  it('closing as toxic makes the client past and opens recovery', async () => {
    const { page } = tracked;
    await page.getByRole('button', { name: 'Close the offboarding' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close the offboarding of Stormy Ltd?' });
    await dialog.getByRole('checkbox', { name: 'This relationship was toxic' }).check();
    await dialog.getByRole('button', { name: 'Close the offboarding' }).click();
    await page.getByText('This offboarding is closed').waitFor();
    await page.locator('.badge--stage-past').waitFor();
    const client = await api.call<{ stage: string }>('GET', `/clients/${stormyId}`);
    expect(client.stage).toBe('past');

    await page.getByRole('link', { name: 'Go to recovery' }).click();
    await page.getByRole('heading', { level: 1, name: 'Recovering from Stormy Ltd' }).waitFor();
    await page.getByRole('heading', { name: 'Calma Estudio' }).waitFor();
    await page.getByText('Calma logo a week late').waitFor();
    expect(await page.getByLabel('Subject').inputValue()).toBe('Vuelvo a estar totalmente disponible');
    await expectNoAxeViolations(page, 'recovery page');
  });

  it('recovery: queues the message, blocks rest, and sends a lesson to the profile', async () => {
    const { page } = tracked;
    await page.getByRole('button', { name: 'Queue in the outbox (Calma Estudio)' }).click();
    await page.getByText('A message to this client is already in the outbox.').waitFor();
    await page.getByLabel('First day of rest').fill('2027-03-08');
    await page.getByLabel('Last day of rest').fill('2027-03-14');
    await page.getByRole('button', { name: 'Save the dates' }).click();
    await page.getByText(/Rest blocked from/).waitFor();
    await page.getByLabel('Why did I say yes?').fill('I was afraid of an empty month.');
    await page.getByRole('button', { name: 'Add a lesson' }).click();
    await page.getByLabel('Lesson 1').fill('Everything urgent from day one');
    await page.getByRole('button', { name: 'Add to red flags (Everything urgent from day one)' }).click();
    await page.getByText('In red flags').waitFor();
    await page.getByRole('button', { name: 'Save the review' }).click();
    await page.getByText('Self-review saved.').waitFor();

    const profile = await api.call<{ profile: { avoid: { redFlags: { items: unknown[] } } } }>('GET', '/profile');
    expect(profile.profile.avoid.redFlags.items).toContainEqual({ kind: 'own', text: 'Everything urgent from day one' });
    const calendar = await api.call<{ restBlocks: unknown[] }>('GET', '/exit-plans');
    expect(calendar.restBlocks).toEqual([expect.objectContaining({ restStart: '2027-03-08', restEnd: '2027-03-14' })]);
    expect(tracked.problems).toEqual([]);
  });
});
