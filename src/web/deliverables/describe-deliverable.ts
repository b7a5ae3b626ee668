// Plain words for a deliverable shared by the freelancer's panel and the client's portal: sizes, and what held work waits for.
import type { TFunction } from 'i18next';
import type { Deliverable } from '../api/deliverables.ts';
import { money } from '../agreements/describe.ts';
import { localeFor } from '../i18n/language.ts';

/** The upload limit the server enforces (domain/deliverables/deliverable-file.ts), checked here before sending 100 MB for nothing. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/** "840 KB", "12.5 MB" in the reader's language. */
export function formatSize(bytes: number, language: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  // A no-break space keeps "12 MB" on one line.
  return new Intl.NumberFormat(localeFor(language), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value).replace(' ', '\u00a0');
}

/** One sentence on what a held deliverable waits for, or undefined when it waits for nothing. */
export function waitingFor(deliverable: Deliverable, t: TFunction, language: string): string | undefined {
  switch (deliverable.heldReason) {
    case 'open_balance': {
      const invoices = deliverable.heldBy.map((invoice) => t('deliverables.waiting.invoice', { number: invoice.number, amount: money(invoice.balance, invoice.currency, language) }));
      return t('deliverables.waiting.openBalance', { count: invoices.length, invoices: new Intl.ListFormat(localeFor(language), { type: 'conjunction' }).format(invoices) });
    }
    case 'no_invoice_issued':
      return t('deliverables.waiting.noInvoice');
    case 'total_not_invoiced':
      return t('deliverables.waiting.notInvoiced', { amount: deliverable.notInvoiced ? money(deliverable.notInvoiced.amount, deliverable.notInvoiced.currency, language) : '' });
    case null:
      return undefined;
  }
}
