// axe-core finds no violations on the profile, interview, fit, waitlist, intake-link and public intake pages, in both languages and on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, phone, type TrackedPage } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { setUpThroughApi, type ApiSession } from './support/api-session.ts';
import { text, type Lang } from './support/catalog.ts';
import { AppShell } from './support/pages/app-shell.ts';
import { ProfileWizardPage, type ProfileStepName } from './support/pages/profile-wizard-page.ts';
import { ProfilePage } from './support/pages/profile-page.ts';
import { InterviewPage } from './support/pages/interview-page.ts';
import { FitPage } from './support/pages/fit-page.ts';
import { WaitlistPage } from './support/pages/waitlist-page.ts';
import { SettingsPage } from './support/pages/settings-page.ts';
import { IntakePage } from './support/pages/intake-page.ts';

const languages: Lang[] = ['en', 'es'];
const steps: ProfileStepName[] = ['dream-business', 'communication', 'ideal-client', 'avoid', 'skills', 'finances'];
const TODAY = '2036-03-03';

async function showIn(page: Page, lang: Lang): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === lang) return;
  await new AppShell(page, lang === 'en' ? 'es' : 'en').switchLanguage(lang);
}

async function hasNoSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

type Interview = { id: string };

describe('accessibility of profile and vetting pages in both languages', () => {
  let e2e: E2eContext;
  let tab: TrackedPage;
  let api: ApiSession;
  let leadId = '';
  let interviewId = '';
  let intakeUrl = '';

  beforeAll(async () => {
    e2e = await startE2e({ env: { SANA_NOW: `${TODAY}T09:00:00Z` } });
    api = await setUpThroughApi(e2e.server.url);
    tab = await openPage(e2e.browser);
    await tab.context.addCookies([{ ...api.cookie, url: e2e.server.url }]);

    // A lead in New York with an interview touching every kind of result, and two waitlisted prospects (one due).
    const lead = await api.createClient({ name: 'Nora Blake', company: 'Blake Books', contacts: [{ name: 'Nora', email: 'nora@blakebooks.example', phone: '' }], timeZone: 'America/New_York', language: 'en', currency: 'USD', stage: 'lead' });
    leadId = lead.id;
    const interview = await api.call<Interview>('POST', `/clients/${leadId}/interviews`, {
      answers: {
        tasks: [{ description: 'Monthly newsletter', kind: 'Newsletters', size: 'ongoing' }],
        skillsNeeded: ['Copywriting', 'Video editing'],
        callsPerWeek: 2,
        expectsWeekendWork: false,
        budget: { amount: 120_000, currency: 'USD', pricingModel: 'hourly' },
        timeZone: 'America/New_York',
        workingHours: { monday: [{ start: '09:00', end: '17:00' }], tuesday: [{ start: '09:00', end: '17:00' }], wednesday: [{ start: '09:00', end: '17:00' }], thursday: [{ start: '09:00', end: '17:00' }], friday: [{ start: '09:00', end: '17:00' }], saturday: [], sunday: [] },
        redFlagsSeen: [{ kind: 'suggested', key: 'haggles_over_price' }],
        notes: 'Met at a conference.',
      },
      gut: { feeling: 'unsure', note: 'Vague about the timeline.' },
    });
    interviewId = interview.id;
    for (const [name, followUpOn] of [
      ['Omar Haddad', TODAY],
      ['Pia Lund', '2036-05-04'],
    ] as const) {
      const client = await api.createClient({ name, contacts: [{ name, email: `${name.split(' ')[0]?.toLowerCase()}@example.com`, phone: '' }], timeZone: 'Europe/Madrid', language: 'es', currency: 'EUR', stage: 'lead' });
      await api.call('POST', `/clients/${client.id}/vetting-outcome`, { outcome: 'waitlist', waitlist: { reason: name === 'Omar Haddad' ? 'referral' : 'asked_while_busy', followUpOn, note: 'Busy until spring.' } });
    }
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('the profile wizard: every step, and a step with errors', async () => {
    const wizard = new ProfileWizardPage(tab.page);
    for (const lang of languages) {
      await tab.page.goto(`${e2e.server.url}/profile/setup/dream-business`);
      await showIn(tab.page, lang);
      wizard.lang = lang;
      for (const step of steps) {
        await tab.page.goto(`${e2e.server.url}/profile/setup/${step}`);
        await wizard.stepHeading(step).waitFor();
        await expectNoAxeViolations(tab.page, `profile wizard, ${step} (${lang})`);
      }
      await tab.page.goto(`${e2e.server.url}/profile/setup/communication`);
      await wizard.field('profileForm.calls.maxPerWeek').fill('99');
      await tab.page.getByRole('button', { name: text(lang, 'profileWizard.saveAndContinue') }).click();
      await tab.page.getByText(text(lang, 'profileForm.errors.calls')).waitFor();
      await expectNoAxeViolations(tab.page, `profile wizard with an error (${lang})`);
    }
  });

  it('the profile page', async () => {
    for (const lang of languages) {
      await showIn(tab.page, lang);
      await new ProfilePage(tab.page, lang).open(e2e.server.url);
      await expectNoAxeViolations(tab.page, `profile page (${lang})`);
    }
  });

  it('the interview page, also with the gut check missing', async () => {
    for (const lang of languages) {
      await showIn(tab.page, lang);
      await tab.page.goto(`${e2e.server.url}/clients/${leadId}/interview`);
      const interview = new InterviewPage(tab.page, lang);
      await interview.heading('Nora Blake').waitFor();
      await interview.addSkill('SEO');
      await expectNoAxeViolations(tab.page, `interview page (${lang})`);
      await interview.submit();
      await tab.page.getByText(text(lang, 'gut.errors.required')).waitFor();
      await expectNoAxeViolations(tab.page, `interview page with the gut check missing (${lang})`);
    }
  });

  it('the fit page, with the decline, waitlist and "are you sure?" dialogs open', async () => {
    for (const lang of languages) {
      await showIn(tab.page, lang);
      await tab.page.goto(`${e2e.server.url}/clients/${leadId}/interviews/${interviewId}`);
      const fit = new FitPage(tab.page, lang);
      await fit.heading('Nora Blake').waitFor();
      await fit.item('calls').waitFor();
      await tab.page.getByText(text(lang, 'fit.overlap.showTable')).click();
      await expectNoAxeViolations(tab.page, `fit page (${lang})`);

      const decline = await fit.openDecline('Nora Blake');
      await expectNoAxeViolations(tab.page, `fit page with the decline dialog open (${lang})`);
      await tab.page.keyboard.press('Escape');
      await decline.waitFor({ state: 'hidden' });

      await fit.decisionButton('waitlist').click();
      const waitlist = tab.page.getByRole('dialog', { name: text(lang, 'decision.waitlistTitle', { name: 'Nora Blake' }) });
      await waitlist.waitFor();
      await expectNoAxeViolations(tab.page, `fit page with the waitlist dialog open (${lang})`);
      await tab.page.keyboard.press('Escape');
      await waitlist.waitFor({ state: 'hidden' });

      await fit.decisionButton('accept').click();
      const sure = tab.page.getByRole('dialog', { name: text(lang, 'decision.againstTitle') });
      await sure.waitFor();
      await expectNoAxeViolations(tab.page, `fit page asking "are you sure?" (${lang})`);
      await tab.page.keyboard.press('Escape');
      await sure.waitFor({ state: 'hidden' });
    }
  });

  it('the waitlist, with a due follow-up, the landing panel and the reschedule dialog', async () => {
    for (const lang of languages) {
      await showIn(tab.page, lang);
      const waitlist = new WaitlistPage(tab.page, lang);
      await waitlist.open(e2e.server.url);
      await waitlist.entry('Omar Haddad').waitFor();
      await expectNoAxeViolations(tab.page, `waitlist (${lang})`);
      await waitlist.entry('Pia Lund').getByRole('button', { name: new RegExp(text(lang, 'waitlist.reschedule')) }).click();
      const dialog = tab.page.getByRole('dialog', { name: text(lang, 'waitlist.rescheduleTitle', { name: 'Pia Lund' }) });
      await dialog.waitFor();
      await expectNoAxeViolations(tab.page, `waitlist reschedule dialog (${lang})`);
      await tab.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      await tab.page.goto(`${e2e.server.url}/clients`);
      await tab.page.getByRole('region', { name: text(lang, 'followUp.title') }).waitFor();
      await expectNoAxeViolations(tab.page, `client list with follow-ups and the profile nudge (${lang})`);
    }
  });

  it('the settings intake section, with a new link shown once', async () => {
    for (const lang of languages) {
      await showIn(tab.page, lang);
      await tab.page.goto(`${e2e.server.url}/settings`);
      const settings = new SettingsPage(tab.page, lang);
      await settings.heading().waitFor();
      await settings.intakeSection().getByText(text(lang, 'intakeLink.whatTheySee')).click();
      intakeUrl = await settings.createIntakeLink();
      await expectNoAxeViolations(tab.page, `settings with a new intake link (${lang})`);
    }
  });

  it('the public intake page, in both languages, with errors and after sending', async () => {
    const visitor = await openPage(e2e.browser, { locale: 'es-ES' });
    try {
      const intake = new IntakePage(visitor.page, 'en');
      await visitor.page.goto(intakeUrl);
      await intake.heading('Ana Ruiz Writing').waitFor();
      await expectNoAxeViolations(visitor.page, 'public intake page (en)');
      await intake.switchLanguage('es');
      await intake.heading('Ana Ruiz Writing').waitFor();
      await expectNoAxeViolations(visitor.page, 'public intake page (es)');
      await intake.send('Ana Ruiz Writing');
      await visitor.page.getByText(text('es', 'intake.errors.name')).waitFor();
      await expectNoAxeViolations(visitor.page, 'public intake page with errors (es)');
      await intake.fillContact({ name: 'Iris Vidal', email: 'iris@example.com' });
      await intake.send('Ana Ruiz Writing');
      await intake.thanks('Iris Vidal').waitFor();
      await expectNoAxeViolations(visitor.page, 'public intake thank-you (es)');
      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.context.close();
    }
  });

  it('a 375px phone: the fit page and the intake page fit the screen and stay axe-clean', async () => {
    const phoneTab = await openPage(e2e.browser, { viewport: phone });
    const visitor = await openPage(e2e.browser, { viewport: phone, locale: 'es-ES' });
    try {
      await phoneTab.context.addCookies([{ ...api.cookie, url: e2e.server.url }]);
      for (const lang of languages) {
        await phoneTab.page.goto(`${e2e.server.url}/clients/${leadId}/interviews/${interviewId}`);
        // Wait for the session (and the account's language) before switching, or the switch could be undone.
        await phoneTab.page.getByRole('heading', { level: 1, name: /Nora Blake/ }).waitFor();
        await showIn(phoneTab.page, lang);
        const fit = new FitPage(phoneTab.page, lang);
        await fit.item('calls').waitFor();
        expect(await hasNoSidewaysScroll(phoneTab.page)).toBe(true);
        await expectNoAxeViolations(phoneTab.page, `phone fit page (${lang})`);
        await fit.openDecline('Nora Blake');
        expect(await hasNoSidewaysScroll(phoneTab.page)).toBe(true);
        await expectNoAxeViolations(phoneTab.page, `phone fit page with the decline dialog (${lang})`);
        await phoneTab.page.keyboard.press('Escape');
      }

      await settingsLinkStillActive();
      const intake = new IntakePage(visitor.page, 'en');
      await visitor.page.goto(intakeUrl);
      await intake.heading('Ana Ruiz Writing').waitFor();
      for (const lang of languages) {
        if (lang === 'es') await intake.switchLanguage('es');
        expect(await hasNoSidewaysScroll(visitor.page)).toBe(true);
        await expectNoAxeViolations(visitor.page, `phone intake page (${lang})`);
      }
      expect(phoneTab.problems).toEqual([]);
      expect(visitor.problems).toEqual([]);
    } finally {
      await phoneTab.context.close();
      await visitor.context.close();
    }

    async function settingsLinkStillActive() {
      const status = await api.call<{ isActive: boolean }>('GET', '/intake-link');
      expect(status.isActive).toBe(true);
    }
  });

  it('saw no console errors, uncaught exceptions or CSP refusals', () => {
    expect(tab.problems).toEqual([]);
  });
});
