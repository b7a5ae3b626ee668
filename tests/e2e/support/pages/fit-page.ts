// Page object for the explained fit: the recommendation, each dimension, the overlap chart, the desperation check and the decision.
import type { Page } from 'playwright-core';
import { label, text, type Lang } from '../catalog.ts';

export class FitPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name: text(this.lang, 'fit.title', { name }) });
  }

  recommendation() {
    return this.page.getByRole('region', { name: text(this.lang, 'fit.recommendationLabel') });
  }

  /** One dimension's entry, found by its capitalised label ("Calls and meetings"). */
  item(dimension: string) {
    const word = text(this.lang, `vetting.dimension.${dimension}`);
    const title = word.charAt(0).toLocaleUpperCase(this.lang) + word.slice(1);
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
  }

  stillToAsk() {
    return this.page.getByRole('region', { name: text(this.lang, 'fit.stillToAsk') });
  }

  decisionButton(outcome: 'accept' | 'trial_project' | 'decline' | 'waitlist') {
    return this.page.getByRole('button', { name: new RegExp(`^${text(this.lang, `decision.outcomes.${outcome}`)}`) });
  }

  async recordGut(feeling: 'at_ease' | 'unsure' | 'uneasy'): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${text(this.lang, `vetting.gut.${feeling}`)}`) }).check();
    await this.page.getByRole('button', { name: text(this.lang, 'fit.gutSave') }).click();
  }

  async openDecline(name: string) {
    await this.decisionButton('decline').click();
    const dialog = this.page.getByRole('dialog', { name: text(this.lang, 'decision.declineTitle', { name }) });
    await dialog.getByLabel(label(this.lang, 'decision.subject')).waitFor();
    return dialog;
  }

  async waitlist(name: string, details: { reason: string; followUpOn: string; note?: string }): Promise<void> {
    await this.decisionButton('waitlist').click();
    const dialog = this.page.getByRole('dialog', { name: text(this.lang, 'decision.waitlistTitle', { name }) });
    await dialog.getByLabel(label(this.lang, 'waitlist.reason')).selectOption({ label: details.reason });
    await dialog.getByLabel(label(this.lang, 'waitlist.followUpOn')).fill(details.followUpOn);
    if (details.note) await dialog.getByLabel(label(this.lang, 'waitlist.note')).fill(details.note);
    await dialog.getByRole('button', { name: text(this.lang, 'decision.addToWaitlist') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
