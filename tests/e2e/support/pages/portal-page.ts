// Page object for the client portal, which a client opens from their link with no account, in their own language.
import type { Page } from 'playwright-core';
import { label, text, type Lang } from '../catalog.ts';

export class PortalPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'es',
  ) {}

  t(key: string, vars: Record<string, string | number> = {}): string {
    return text(this.lang, `portal.${key}`, vars);
  }

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async openSection(title: string): Promise<void> {
    await this.page.getByRole('link', { name: title }).click();
  }

  async backHome(): Promise<void> {
    await this.page.getByRole('link', { name: this.t('back') }).click();
  }

  async writeTestimonial({ text: words, role, canPublish }: { text: string; role: string; canPublish: boolean }): Promise<void> {
    await this.page.getByLabel(label(this.lang, 'portal.testimonial.text')).fill(words);
    await this.page.getByLabel(label(this.lang, 'portal.testimonial.role')).fill(role);
    if (canPublish) await this.page.getByRole('checkbox').check();
    await this.page.getByRole('button', { name: this.t('testimonial.send') }).click();
  }
}
