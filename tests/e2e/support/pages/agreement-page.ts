// The freelancer's agreement pages and the client's portal pages for agreements, found by the words a person sees.
import type { Page } from 'playwright-core';
import { label, text, type Lang } from '../catalog.ts';

export class AgreementPages {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  t(key: string, vars: Record<string, string | number> = {}): string {
    return text(this.lang, `agreements.${key}`, vars);
  }

  button(key: string, vars: Record<string, string | number> = {}) {
    return this.page.getByRole('button', { name: this.t(key, vars), exact: true });
  }

  field(key: string) {
    return this.page.getByLabel(label(this.lang, `agreements.${key}`));
  }

  /** Types a name, ticks the consent box (its label is the consent text) and signs. */
  async sign(fullName: string, consentText: string): Promise<void> {
    await this.page.getByLabel(this.t('sign.fullName'), { exact: true }).fill(fullName);
    await this.page.getByLabel(consentText).check();
    await this.button('sign.submit').click();
  }
}
