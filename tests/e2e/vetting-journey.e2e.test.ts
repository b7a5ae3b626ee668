// Vetting a prospect from the first hour: the profile wizard, an interview with a conflict, the explained fit, the waitlist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, type TrackedPage } from './support/browser.ts';
import { defaultOwner } from './support/api-session.ts';
import { AppShell } from './support/pages/app-shell.ts';
import { SetupWizardPage } from './support/pages/setup-wizard-page.ts';
import { ProfileWizardPage } from './support/pages/profile-wizard-page.ts';
import { ProfilePage } from './support/pages/profile-page.ts';
import { ClientsListPage } from './support/pages/clients-list-page.ts';
import { ClientFormPage } from './support/pages/client-form-page.ts';
import { ClientPage } from './support/pages/client-page.ts';
import { InterviewPage } from './support/pages/interview-page.ts';
import { FitPage } from './support/pages/fit-page.ts';
import { WaitlistPage } from './support/pages/waitlist-page.ts';

// The server's "today" is pinned, so a follow-up set for today is due, deterministically.
const TODAY = '2036-03-03';

describe('vetting a prospect against the profile', () => {
  let e2e: E2eContext;
  let tab: TrackedPage;

  beforeAll(async () => {
    e2e = await startE2e({ env: { SANA_NOW: `${TODAY}T09:00:00Z` } });
    tab = await openPage(e2e.browser);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('goes from first-run setup straight into the profile wizard', async () => {
    const setup = new SetupWizardPage(tab.page);
    await setup.open(e2e.server.url);
    await setup.fillAboutYou(defaultOwner);
    await setup.next();
    await setup.fillBusiness({ workspaceName: defaultOwner.workspaceName });
    await setup.create();
    const wizard = new ProfileWizardPage(tab.page);
    await wizard.heading().waitFor();
    await wizard.stepHeading('dream-business').waitFor();
    // The starter week is there to adjust: Monday to Friday, 09:00–17:00.
    expect(await tab.page.getByLabel('Monday, range 1: from').inputValue()).toBe('09:00');
    expect(await tab.page.getByText('Day off', { exact: true }).count()).toBe(2);
  });

  it('sets calls to at most 1 a week as non-negotiable, and Video editing as work not wanted', async () => {
    const wizard = new ProfileWizardPage(tab.page);
    await wizard.saveAndContinue('communication');
    await new AppShell(tab.page).toast('Saved: Your dream business.').waitFor();

    // Channels can be reordered from the keyboard: the moved item keeps focus.
    const moveVideoUp = tab.page.getByRole('button', { name: 'Move Video call up' });
    await moveVideoUp.focus();
    await tab.page.keyboard.press('Enter');
    expect(await tab.page.getByRole('group', { name: 'Your channels, favourite first' }).getByRole('listitem').first().textContent()).toContain('Video call');
    expect(await tab.page.getByRole('button', { name: 'Move Video call down' }).evaluate((el) => el === document.activeElement)).toBe(true);

    await wizard.field('profileForm.calls.maxPerWeek').fill('1');
    await wizard.setFirmness('profileForm.calls.title', 'non_negotiable');
    await wizard.saveAndContinue('ideal-client');
    await wizard.saveAndContinue('avoid');
    await wizard.saveAndContinue('skills');
    await wizard.addTag('profileForm.skills.dontWant.label', 'Video editing');
    await wizard.addTag('profileForm.skills.strengths.label', 'Copywriting');
    await wizard.saveAndContinue('finances');
    await tab.page.getByText('Why Sana asks').waitFor();
    await tab.page.getByRole('button', { name: 'Skip for now' }).click();
    await new ClientsListPage(tab.page).heading().waitFor();
    // Saved once, the profile no longer asks to be finished.
    await tab.page.getByRole('heading', { name: 'Finish your profile' }).waitFor({ state: 'detached' });
  });

  it('shows the profile read back, with the PDF in both languages', async () => {
    await new AppShell(tab.page).goTo('profile');
    const profile = new ProfilePage(tab.page);
    const communication = profile.section('communication');
    await communication.getByText('At most 1 call a week').waitFor();
    expect(await communication.getByRole('definition').filter({ hasText: 'At most 1 call a week' }).textContent()).toContain('Non-negotiable');
    await profile.section('skills').getByText('Video editing').waitFor();

    const cookies = await tab.context.cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    for (const language of ['en', 'es'] as const) {
      const href = await profile.pdfLink(language).getAttribute('href');
      expect(href).toBe(`/api/v1/profile/pdf?lang=${language}`);
      const response = await fetch(`${e2e.server.url}${href}`, { headers: { cookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
    }
  });

  it('adds a lead and interviews them: 3 calls a week and video editing', async () => {
    const shell = new AppShell(tab.page);
    await shell.goTo('clients');
    await new ClientsListPage(tab.page).addClientLink().click();
    const form = new ClientFormPage(tab.page);
    await form.fill({ name: 'Bruno Costa', company: 'Costa Media', contact: { email: 'bruno@costamedia.example' }, stage: 'Lead' });
    await form.submitNew();
    const client = new ClientPage(tab.page);
    await client.heading('Bruno Costa').waitFor();
    await tab.page.getByText('No interviews yet.').waitFor();

    await tab.page.getByRole('link', { name: 'Interview', exact: true }).click();
    const interview = new InterviewPage(tab.page);
    await interview.heading('Bruno Costa').waitFor();
    await interview.addTask({ description: 'Monthly promo videos', kind: 'Video production', size: 'Ongoing' });
    await interview.addSkill('Video editing');
    await interview.addSkill('Copywriting');
    await interview.setCallsPerWeek(3);
    await interview.answerYesNo('weekends', 'no');

    // The gut check is required: without it nothing is sent and the question says why.
    await interview.submit();
    await tab.page.getByText('Choose how you feel: it is part of the decision.').waitFor();
    expect(await tab.page.getByRole('radio', { name: /^At ease/ }).evaluate((el) => el === document.activeElement)).toBe(true);

    await interview.gutCheck('at_ease', 'Friendly, clear about the goals.');
    await interview.submit();
    await new FitPage(tab.page).heading('Bruno Costa').waitFor();
  });

  it('explains the conflict and does not call it a good fit', async () => {
    const fit = new FitPage(tab.page);
    const calls = fit.item('calls');
    await calls.waitFor();
    expect(await calls.textContent()).toContain('Expects 3 calls a week; your limit is 1');
    expect(await calls.textContent()).toContain('Conflict');
    const skills = fit.item('skills');
    expect(await skills.textContent()).toContain("Needs Video editing, which you don't want to do");
    expect(await skills.textContent()).toContain("Say up front that you don't do Video editing");

    const verdict = await fit.recommendation().textContent();
    expect(verdict).not.toContain('Good fit');
    expect(verdict).toContain('Walk away');
    expect(verdict).toContain('Touches one of your non-negotiables');

    // Unanswered questions are listed to ask, not guessed; the desperation check invites adding finances.
    await fit.stillToAsk().getByText('Budget').waitFor();
    await tab.page.getByRole('link', { name: 'Add your finances' }).waitFor();
    // Their zone is the client's own (Europe/Madrid here): the overlap chart has a text alternative.
    await tab.page.getByRole('img', { name: /Hours you both work/ }).waitFor();
  });

  it('asks "are you sure?" before accepting against a walk-away, and then waitlists the lead for today', async () => {
    const fit = new FitPage(tab.page);
    await fit.decisionButton('accept').click();
    const sure = tab.page.getByRole('dialog', { name: 'Are you sure?' });
    await sure.waitFor();
    expect(await sure.textContent()).toContain('Touches one of your non-negotiables');
    // The safe choice has focus; Escape closes the question and puts the keyboard back on Accept.
    expect(await sure.getByRole('button', { name: 'Cancel' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await tab.page.keyboard.press('Escape');
    await sure.waitFor({ state: 'hidden' });
    expect(await fit.decisionButton('accept').evaluate((el) => el === document.activeElement)).toBe(true);

    // The waitlist form opens with the keyboard in its first field.
    await fit.decisionButton('waitlist').focus();
    await tab.page.keyboard.press('Enter');
    const form = tab.page.getByRole('dialog', { name: 'Add Bruno Costa to your waitlist' });
    expect(await form.getByLabel('Why they wait').evaluate((el) => el === document.activeElement)).toBe(true);
    await tab.page.keyboard.press('Escape');
    await form.waitFor({ state: 'hidden' });

    await fit.waitlist('Bruno Costa', { reason: 'Asked while you were busy', followUpOn: TODAY, note: 'Ask again when the video part is gone.' });
    await new AppShell(tab.page).toast('Bruno Costa is on your waitlist.').waitFor();
    await tab.page.getByText('Bruno Costa is on your waitlist. When you follow up').waitFor();
  });

  it('lists the lead on the waitlist as due, and on the landing page under "Follow up today"', async () => {
    const shell = new AppShell(tab.page);
    await shell.goTo('waitlist');
    const waitlist = new WaitlistPage(tab.page);
    const entry = waitlist.entry('Bruno Costa');
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Asked while you were busy');
    expect(await entry.textContent()).toContain('Due today');
    expect(await entry.textContent()).toContain('Ask again when the video part is gone.');
    await tab.page.getByText('1 follow-up due').waitFor();

    await shell.goTo('clients');
    const panel = tab.page.getByRole('region', { name: 'Follow up today' });
    await panel.getByRole('link', { name: 'Bruno Costa' }).waitFor();
  });

  it('reschedules the follow-up (no longer due) and finally takes the lead off the list', async () => {
    const shell = new AppShell(tab.page);
    await shell.goTo('waitlist');
    const waitlist = new WaitlistPage(tab.page);
    await waitlist.reschedule('Bruno Costa', '2036-04-06');
    await tab.page.getByText('No follow-ups due today.').waitFor();
    expect(await waitlist.entry('Bruno Costa').textContent()).toContain('Follow up on');

    await shell.goTo('clients');
    await new ClientsListPage(tab.page).clientLink('Bruno Costa').waitFor();
    expect(await tab.page.getByRole('region', { name: 'Follow up today' }).count()).toBe(0);

    await shell.goTo('waitlist');
    await waitlist.remove('Bruno Costa');
    await tab.page.getByRole('heading', { name: 'Nobody is waiting' }).waitFor();
  });

  it('saw no console errors, uncaught exceptions or CSP refusals along the way', () => {
    expect(tab.problems).toEqual([]);
  });
});
