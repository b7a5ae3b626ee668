// Page object for interviewing a lead: the guide's questions, red flags noticed, the gut check, then the fit.
import type { Page } from 'playwright-core';
import { label, text, type Lang } from '../catalog.ts';

export class InterviewPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name: text(this.lang, 'interview.title', { name }) });
  }

  private q(key: string) {
    return label(this.lang, `answers.freelancer.${key}`);
  }

  async addTask(task: { description: string; kind?: string; size?: string }, number = 1): Promise<void> {
    const group = this.page.getByRole('group', { name: text(this.lang, 'answers.taskLegend', { number }) });
    if ((await group.count()) === 0) await this.page.getByRole('button', { name: text(this.lang, 'answers.addTask') }).click();
    await group.getByLabel(this.q('taskDescription')).fill(task.description);
    if (task.kind) await group.getByLabel(this.q('taskKind')).fill(task.kind);
    if (task.size) await group.getByLabel(this.q('taskSize')).selectOption({ label: task.size });
  }

  async addSkill(skill: string): Promise<void> {
    await this.page.getByRole('textbox', { name: this.q('skills') }).fill(skill);
    await this.page.getByRole('textbox', { name: this.q('skills') }).press('Enter');
    await this.page.getByRole('list', { name: text(this.lang, 'answers.freelancer.skills') }).getByText(skill, { exact: true }).waitFor();
  }

  async setCallsPerWeek(calls: number): Promise<void> {
    await this.page.getByLabel(this.q('calls')).fill(String(calls));
  }

  async answerYesNo(questionKey: 'afterHours' | 'weekends' | 'holidays', answer: 'yes' | 'no'): Promise<void> {
    await this.page.getByRole('group', { name: text(this.lang, `answers.freelancer.${questionKey}`) }).getByRole('radio', { name: text(this.lang, `common.${answer}`), exact: true }).check();
  }

  async gutCheck(feeling: 'at_ease' | 'unsure' | 'uneasy', note = ''): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${text(this.lang, `vetting.gut.${feeling}`)}`) }).check();
    if (note) await this.page.getByLabel(label(this.lang, 'gut.note')).fill(note);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: text(this.lang, 'interview.submit') }).click();
  }
}
