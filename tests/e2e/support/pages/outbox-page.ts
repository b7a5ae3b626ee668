// Page object for the outbox.
import type { Page } from 'playwright-core';
import { text, type Lang } from '../catalog.ts';

export class OutboxPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: text(this.lang, 'outbox.title') });
  }

  email(subject: string | RegExp) {
    return this.page.getByRole('article', { name: subject });
  }
}
