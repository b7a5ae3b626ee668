// Page object for adding or editing a client.
import type { Page } from 'playwright-core';
import { label, text, type Lang } from '../catalog.ts';

export type ClientDetails = {
  name: string;
  company?: string;
  contact?: { name?: string; email?: string; phone?: string };
  stage?: string;
  notes?: string;
  isNotesConfidential?: boolean;
};

export class ClientFormPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: text(this.lang, 'clientForm.newTitle') });
  }

  field(key: string) {
    return this.page.getByLabel(label(this.lang, `clientForm.${key}`));
  }

  contactGroup(number: number) {
    return this.page.getByRole('group', { name: text(this.lang, 'clientForm.contactLegend', { number }) });
  }

  async fill(details: ClientDetails): Promise<void> {
    await this.page.getByRole('group', { name: text(this.lang, 'clientForm.sections.who') }).getByLabel(label(this.lang, 'clientForm.name')).fill(details.name);
    if (details.company !== undefined) await this.field('company').fill(details.company);
    if (details.contact) {
      const contact = this.contactGroup(1);
      if (details.contact.name) await contact.getByLabel(label(this.lang, 'clientForm.contactName')).fill(details.contact.name);
      if (details.contact.email) await contact.getByLabel(label(this.lang, 'clientForm.contactEmail')).fill(details.contact.email);
      if (details.contact.phone) await contact.getByLabel(label(this.lang, 'clientForm.contactPhone')).fill(details.contact.phone);
    }
    if (details.stage) await this.field('stage').selectOption({ label: details.stage });
    if (details.notes) await this.field('notes').fill(details.notes);
    if (details.isNotesConfidential) await this.field('notesConfidential').check();
  }

  async submitNew(): Promise<void> {
    await this.page.getByRole('button', { name: text(this.lang, 'clientForm.create') }).click();
  }
}
