// Page object for settings: language, API tokens, API docs link.
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

  docsLink() {
    return this.page.getByRole('link', { name: text(this.lang, 'settings.docsLink') });
  }
}
