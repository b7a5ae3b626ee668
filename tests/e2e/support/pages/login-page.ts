// Page object for the login page.
import type { Page } from 'playwright-core';
import { label, text, type Lang } from '../catalog.ts';

export class LoginPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: text(this.lang, 'login.title') });
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/login`);
    await this.heading().waitFor();
  }

  async logIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel(label(this.lang, 'login.email')).fill(email);
    await this.page.getByLabel(label(this.lang, 'login.password')).fill(password);
    await this.page.getByRole('button', { name: text(this.lang, 'login.submit') }).click();
  }
}
