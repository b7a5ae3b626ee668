// Page object for the public intake form a prospect fills in, with no account.
import type { Page } from 'playwright-core';
import { label, text, type Lang } from '../catalog.ts';

export class IntakePage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  heading(workspace: string) {
    return this.page.getByRole('heading', { level: 1, name: text(this.lang, 'intake.title', { name: workspace }) });
  }

  async switchLanguage(lang: Lang): Promise<void> {
    await this.page.getByRole('button', { name: lang === 'es' ? 'Español' : 'English' }).click();
    this.lang = lang;
    await this.page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
  }

  private q(key: string) {
    return label(this.lang, `answers.prospect.${key}`);
  }

  async fillContact(contact: { name: string; email: string; company?: string }): Promise<void> {
    await this.page.getByLabel(label(this.lang, 'intake.name')).fill(contact.name);
    await this.page.getByLabel(label(this.lang, 'intake.email')).fill(contact.email);
    if (contact.company) await this.page.getByLabel(label(this.lang, 'intake.company')).fill(contact.company);
  }

  async addTask(description: string, kind?: string): Promise<void> {
    const group = this.page.getByRole('group', { name: text(this.lang, 'answers.taskLegend', { number: 1 }) });
    await group.getByLabel(this.q('taskDescription')).fill(description);
    if (kind) await group.getByLabel(this.q('taskKind')).fill(kind);
  }

  async setCallsPerWeek(calls: number): Promise<void> {
    await this.page.getByLabel(this.q('calls')).fill(String(calls));
  }

  async answerYesNo(questionKey: 'afterHours' | 'weekends' | 'holidays', answer: 'yes' | 'no'): Promise<void> {
    await this.page.getByRole('group', { name: text(this.lang, `answers.prospect.${questionKey}`) }).getByRole('radio', { name: text(this.lang, `common.${answer}`), exact: true }).check();
  }

  async setNotes(notes: string): Promise<void> {
    await this.page.getByLabel(this.q('notes')).fill(notes);
  }

  async send(workspace: string): Promise<void> {
    await this.page.getByRole('button', { name: text(this.lang, 'intake.send', { name: workspace }) }).click();
  }

  thanks(name: string) {
    return this.page.getByRole('heading', { level: 1, name: text(this.lang, 'intake.thanksTitle', { name }) });
  }
}
