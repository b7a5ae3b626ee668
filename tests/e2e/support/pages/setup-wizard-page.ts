// Page object for the first-run wizard: about you, then your business, then create.
import type { Page } from 'playwright-core';
import { label, text, type Lang } from '../catalog.ts';
import type { Owner } from '../api-session.ts';

export class SetupWizardPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: text(this.lang, 'setup.title') });
  }

  field(key: string) {
    return this.page.getByLabel(label(this.lang, `setup.${key}`));
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(baseUrl);
    await this.heading().waitFor();
  }

  async fillAboutYou(owner: Pick<Owner, 'name' | 'email' | 'password'>): Promise<void> {
    await this.field('name').fill(owner.name);
    await this.field('email').fill(owner.email);
    await this.field('password').fill(owner.password);
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: text(this.lang, 'common.next') }).click();
    await this.page.getByRole('heading', { level: 2, name: new RegExp(text(this.lang, 'setup.stepBusiness')) }).waitFor();
  }

  async fillBusiness(details: { workspaceName: string; timeZone?: string; currency?: string }): Promise<void> {
    await this.field('workspaceName').fill(details.workspaceName);
    if (details.timeZone) await this.field('timeZone').fill(details.timeZone);
    if (details.currency) await this.field('currency').fill(details.currency);
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: text(this.lang, 'setup.submit') }).click();
  }

  /** After setup the profile wizard opens; this leaves it for later and lands on the client list. */
  async createAndFinishProfileLater(): Promise<void> {
    await this.create();
    await this.page.getByRole('heading', { level: 1, name: text(this.lang, 'profileWizard.title') }).waitFor();
    await this.page.getByRole('button', { name: text(this.lang, 'profileWizard.finishLater') }).click();
  }
}
