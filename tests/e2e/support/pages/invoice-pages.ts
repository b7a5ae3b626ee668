// The freelancer's invoice pages (list, editor, invoice), found by the words a person sees in either language.
import type { Page } from 'playwright-core';
import { label, text, type Lang } from '../catalog.ts';

export class InvoicePages {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  t(key: string, vars: Record<string, string | number> = {}): string {
    return text(this.lang, `invoices.${key}`, vars);
  }

  button(key: string, vars: Record<string, string | number> = {}) {
    return this.page.getByRole('button', { name: this.t(key, vars), exact: true });
  }

  /** A labelled control anywhere on the page ("fields.withholding"), "(optional)" or not. */
  field(key: string) {
    return this.page.getByLabel(label(this.lang, `invoices.${key}`));
  }

  /** One line of the editor: its fieldset is named "Line 2". */
  line(number: number) {
    return this.page.getByRole('group', { name: this.t('editor.lineN', { number }) });
  }

  lineField(number: number, key: string) {
    return this.line(number).getByLabel(label(this.lang, `invoices.fields.${key}`));
  }

  /** The live totals beside the editor. */
  totals() {
    return this.page.getByRole('region', { name: this.t('editor.totalsTitle') });
  }

  dialog(titleKey: string) {
    return this.page.getByRole('dialog', { name: this.t(titleKey) });
  }

  /** Total, paid, balance and due date at the top of an issued invoice. */
  amounts() {
    return this.page.locator('.invoice-amounts');
  }

  status() {
    return this.page.locator('.invoice-page__meta .badge');
  }
}
