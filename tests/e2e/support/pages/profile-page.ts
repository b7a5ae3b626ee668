// Page object for the profile page: its sections read back, Edit links and the PDF downloads.
import type { Page } from 'playwright-core';
import { text, type Lang } from '../catalog.ts';

export class ProfilePage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: text(this.lang, 'profilePage.title') });
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/profile`);
    await this.heading().waitFor();
    await this.section('dream-business').waitFor();
  }

  section(step: string) {
    return this.page.getByRole('region', { name: text(this.lang, `profileSteps.${step}.title`) });
  }

  pdfLink(language: 'en' | 'es') {
    return this.page.getByRole('link', { name: `${text(this.lang, 'profilePage.downloadPdf')} (${language === 'en' ? 'English' : 'Español'})` });
  }
}
