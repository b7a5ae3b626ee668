// Page object for one client's page: details, archive and restore, the quick-add form and the timeline.
import type { Page } from 'playwright-core';
import { label, text, type Lang } from '../catalog.ts';

export class ClientPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  timeline() {
    return this.page.getByRole('region', { name: text(this.lang, 'timeline.title') }).getByRole('list').first();
  }

  timelineEntry(content: string | RegExp) {
    return this.timeline().getByRole('listitem').filter({ hasText: content });
  }

  logForm() {
    return this.page.getByRole('form', { name: text(this.lang, 'timeline.logTitle') });
  }

  async logEvent(event: { type?: string; summary: string; channel?: string; isConfidential?: boolean }): Promise<void> {
    const form = this.logForm();
    if (event.type) await form.getByLabel(label(this.lang, 'timeline.type')).selectOption({ label: event.type });
    await form.getByLabel(label(this.lang, 'timeline.summary')).fill(event.summary);
    if (event.channel) await form.getByLabel(label(this.lang, 'timeline.channel')).selectOption({ label: event.channel });
    if (event.isConfidential) await form.getByLabel(label(this.lang, 'timeline.confidential')).check();
    await form.getByRole('button', { name: text(this.lang, 'timeline.submit') }).click();
  }

  async archive(name: string): Promise<void> {
    await this.page.getByRole('button', { name: text(this.lang, 'client.archive'), exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: text(this.lang, 'client.archiveTitle', { name }) });
    await dialog.getByRole('button', { name: text(this.lang, 'client.archiveConfirm') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async restore(): Promise<void> {
    await this.page.getByRole('button', { name: text(this.lang, 'client.restore') }).click();
  }
}
