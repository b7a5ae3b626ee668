// Page object for the frame around every page: header navigation, phone menu, language switch, log out, toasts.
import type { Page } from 'playwright-core';
import { text, type Lang } from '../catalog.ts';

export class AppShell {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  heading(name?: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, ...(name !== undefined && { name }) });
  }

  menuButton() {
    return this.page.getByRole('button', { name: text(this.lang, 'app.menu') });
  }

  mainNav() {
    return this.page.getByRole('navigation', { name: text(this.lang, 'app.mainNav') });
  }

  /** Opens the phone menu when the navigation is collapsed behind it. */
  async revealNav(): Promise<void> {
    const button = this.menuButton();
    if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }

  async goTo(section: 'clients' | 'waitlist' | 'outbox' | 'profile' | 'settings'): Promise<void> {
    await this.revealNav();
    await this.mainNav().getByRole('link', { name: text(this.lang, `nav.${section}`) }).click();
    await this.heading(text(this.lang, `${section === 'profile' ? 'profilePage' : section}.title`)).waitFor();
  }

  async switchLanguage(lang: Lang): Promise<void> {
    await this.revealNav();
    await this.page.getByRole('button', { name: lang === 'es' ? 'Español' : 'English' }).click();
    this.lang = lang;
    await this.page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
  }

  async logOut(): Promise<void> {
    await this.revealNav();
    await this.page.getByRole('button', { name: text(this.lang, 'app.logOut') }).click();
  }

  /** The polite live region where confirmations appear. */
  toast(message: string | RegExp) {
    return this.page.getByRole('status').filter({ hasText: message });
  }
}
