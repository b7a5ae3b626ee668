// Page object for the waitlist: entries by name, the reason filter, reschedule and remove.
import type { Page } from 'playwright-core';
import { label, text, type Lang } from '../catalog.ts';

export class WaitlistPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: text(this.lang, 'waitlist.title') });
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/waitlist`);
    await this.heading().waitFor();
  }

  entry(name: string) {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 2, name }) });
  }

  async filterReason(reasonLabel: RegExp | string): Promise<void> {
    const select = this.page.getByLabel(label(this.lang, 'waitlist.filter'));
    const options = await select.locator('option').allTextContents();
    const match = options.find((option) => (typeof reasonLabel === 'string' ? option.startsWith(reasonLabel) : reasonLabel.test(option)));
    if (!match) throw new Error(`No reason option like ${String(reasonLabel)} in ${options.join(', ')}`);
    await select.selectOption({ label: match });
  }

  async reschedule(name: string, date: string): Promise<void> {
    await this.entry(name).getByRole('button', { name: new RegExp(text(this.lang, 'waitlist.reschedule')) }).click();
    const dialog = this.page.getByRole('dialog', { name: text(this.lang, 'waitlist.rescheduleTitle', { name }) });
    await dialog.getByLabel(label(this.lang, 'waitlist.followUpOn')).fill(date);
    await dialog.getByRole('button', { name: text(this.lang, 'waitlist.rescheduleConfirm') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async remove(name: string): Promise<void> {
    await this.entry(name).getByRole('button', { name: new RegExp(text(this.lang, 'waitlist.remove')) }).click();
    const dialog = this.page.getByRole('dialog', { name: text(this.lang, 'waitlist.removeTitle', { name }) });
    await dialog.getByRole('button', { name: text(this.lang, 'waitlist.removeConfirm') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
