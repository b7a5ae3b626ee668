// Page object for settings: language, API tokens, the intake link, API docs link.
import type { Page } from 'playwright-core';
import { label, text, type Lang } from '../catalog.ts';

export class SettingsPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: text(this.lang, 'settings.title') });
  }

  async createToken(name: string): Promise<string> {
    await this.page.getByLabel(label(this.lang, 'settings.tokenName')).fill(name);
    await this.page.getByRole('button', { name: text(this.lang, 'settings.createToken') }).click();
    const value = this.page.getByLabel(label(this.lang, 'settings.tokenValue'));
    await value.waitFor();
    return value.inputValue();
  }

  async revokeToken(name: string): Promise<void> {
    await this.page.getByRole('listitem').filter({ hasText: name }).getByRole('button', { name: new RegExp(text(this.lang, 'settings.revoke')) }).click();
    const dialog = this.page.getByRole('dialog', { name: text(this.lang, 'settings.revokeTitle', { name }) });
    await dialog.getByRole('button', { name: text(this.lang, 'settings.revokeConfirm') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  intakeSection() {
    return this.page.getByRole('region', { name: text(this.lang, 'intakeLink.title') });
  }

  /** Creates (or replaces) the intake link and returns the address shown once. */
  async createIntakeLink(): Promise<string> {
    const section = this.intakeSection();
    const rotate = section.getByRole('button', { name: text(this.lang, 'intakeLink.rotate') });
    if (await rotate.isVisible()) {
      await rotate.click();
      await this.page.getByRole('dialog', { name: text(this.lang, 'intakeLink.rotateTitle') }).getByRole('button', { name: text(this.lang, 'intakeLink.rotateConfirm') }).click();
    } else {
      await section.getByRole('button', { name: text(this.lang, 'intakeLink.create') }).click();
    }
    const value = this.page.getByLabel(label(this.lang, 'intakeLink.urlLabel'));
    await value.waitFor();
    return value.inputValue();
  }

  docsLink() {
    return this.page.getByRole('link', { name: text(this.lang, 'settings.docsLink') });
  }
}
