// Page object for the profile wizard (and editing one profile section): steps, preferences with "how firm", tag lists.
import type { Page } from 'playwright-core';
import { label, text, type Lang } from '../catalog.ts';

export type ProfileStepName = 'dream-business' | 'communication' | 'ideal-client' | 'avoid' | 'skills' | 'finances';

export class ProfileWizardPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: text(this.lang, 'profileWizard.title') });
  }

  stepHeading(step: ProfileStepName) {
    return this.page.getByRole('heading', { level: 2, name: new RegExp(text(this.lang, `profileSteps.${step}.title`)) });
  }

  async open(baseUrl: string, step: ProfileStepName = 'dream-business'): Promise<void> {
    await this.page.goto(`${baseUrl}/profile/setup/${step}`);
    await this.stepHeading(step).waitFor();
  }

  /** A preference's group, named by its title ("Calls and meetings"). */
  preference(titleKey: string) {
    return this.page.getByRole('group', { name: text(this.lang, titleKey), exact: true });
  }

  async setFirmness(titleKey: string, firmness: 'non_negotiable' | 'willing_to_compromise'): Promise<void> {
    await this.preference(titleKey).getByRole('radio', { name: text(this.lang, `flexibility.${firmness}`) }).check();
  }

  field(key: string) {
    return this.page.getByLabel(label(this.lang, key));
  }

  /** Types an item into a tag list and presses Add. */
  async addTag(labelKey: string, item: string): Promise<void> {
    await this.page.getByRole('textbox', { name: label(this.lang, labelKey) }).fill(item);
    await this.page.getByRole('button', { name: `${text(this.lang, 'tags.add')} (${text(this.lang, labelKey)})` }).click();
    await this.page.getByRole('list', { name: text(this.lang, labelKey) }).getByText(item, { exact: true }).waitFor();
  }

  async saveAndContinue(next: ProfileStepName): Promise<void> {
    await this.page.getByRole('button', { name: text(this.lang, 'profileWizard.saveAndContinue') }).click();
    await this.stepHeading(next).waitFor();
  }

  async goToStep(step: ProfileStepName): Promise<void> {
    await this.page.getByRole('navigation', { name: text(this.lang, 'profileWizard.stepsLabel') }).getByRole('link', { name: new RegExp(text(this.lang, `profileSteps.${step}.short`)) }).click();
    await this.stepHeading(step).waitFor();
  }

  async saveAndFinish(): Promise<void> {
    await this.page.getByRole('button', { name: text(this.lang, 'profileWizard.saveAndFinish') }).click();
  }

  async finishLater(): Promise<void> {
    await this.page.getByRole('button', { name: text(this.lang, 'profileWizard.finishLater') }).click();
  }
}
