// What an invoice PDF says, in the client's language: every label translated, every amount and date formatted.
import type { TFunction } from 'i18next';
import type { Invoice } from '../../schemas/invoices.ts';
import { formatDate, formatMoney, formatPercent, formatQuantity } from './invoice-format.ts';
import type { InvoicePdfContent } from './invoice-pdf.ts';

export type InvoicePdfFacts = { invoice: Invoice; t: TFunction; correctedNumber: string | null; correctiveNumber: string | null };

export function invoicePdfContent({ invoice, t, correctedNumber, correctiveNumber }: InvoicePdfFacts): InvoicePdfContent {
  const language = invoice.language;
  const money = (amount: number) => formatMoney(amount, invoice.currency, language);
  const percent = (value: number) => formatPercent(value, language);
  const date = (value: string | null) => (value ? formatDate(value, language) : '');
  const p = (key: string, vars?: Record<string, unknown>) => t(`email.invoicing.pdf.${key}`, vars);
  const number = invoice.number ?? p('draftNumber');
  const party = (who: Invoice['seller']) => [who.name, who.taxId ? p('taxId', { id: who.taxId }) : '', ...who.address.split(/\r?\n/)].filter((line) => line.trim() !== '');
  const facts: [string, string][] = [
    [p('number'), number],
    [p('issueDate'), date(invoice.issueDate)],
    [p('operationDate'), date(invoice.operationDate ?? invoice.issueDate)],
    [p('dueOn'), date(invoice.dueOn)],
  ];
  if (invoice.kind !== 'standard') facts.push([p('kind'), p(`kinds.${invoice.kind}`)]);
  const totals: [string, string, boolean][] = [
    [p('totalBase'), money(invoice.base), false],
    [p('totalTax'), money(invoice.tax), false],
  ];
  if (invoice.withholdingRate > 0) totals.push([p('withholding', { rate: percent(invoice.withholdingRate) }), money(-invoice.withholding), false]);
  totals.push([p('total'), money(invoice.total), true]);
  if (invoice.paid > 0 && invoice.correctsInvoiceId === null) {
    totals.push([p('paid'), money(invoice.paid), false]);
    totals.push([p('balance'), money(invoice.balance), true]);
  }
  const notes: string[] = [];
  if (invoice.correctsInvoiceId !== null) notes.push(p('corrects', { number: correctedNumber ?? '', reason: invoice.voidReason || invoice.notes }));
  else if (invoice.notes) notes.push(invoice.notes);
  if (invoice.lateFees.chargedTotal > 0) notes.push(p('lateFees', { amount: money(invoice.lateFees.chargedTotal) }));
  return {
    language,
    title: invoice.correctsInvoiceId !== null ? p('titleCorrective') : p('title'),
    banner: invoice.status === 'draft' ? p('draft') : invoice.status === 'void' ? p('void', { number: correctiveNumber ?? '' }) : '',
    facts: facts.filter(([, value]) => value !== ''),
    seller: { heading: p('seller'), lines: party(invoice.seller) },
    buyer: { heading: p('buyer'), lines: party(invoice.buyer) },
    columns: { description: p('description'), quantity: p('quantity'), unitPrice: p('unitPrice'), discount: p('discount'), taxRate: p('taxRate'), amount: p('amount') },
    lines: invoice.lines.map((line) => ({
      description: line.description,
      quantity: formatQuantity(line.quantity, language),
      unitPrice: money(line.unitPrice),
      discount: line.discount === 0 ? '' : money(line.discount),
      taxRate: percent(line.taxRate),
      amount: money(line.base),
    })),
    taxHeading: p('taxHeading'),
    taxColumns: { base: p('base'), rate: p('rate'), tax: p('tax') },
    taxes: invoice.taxes.map((row) => ({ base: money(row.base), rate: percent(row.taxRate), tax: money(row.tax) })),
    totals,
    notes,
    footer: p('footer', { seller: invoice.seller.name, number }),
    author: invoice.seller.name,
    issuedOn: invoice.issueDate ?? invoice.createdAt.slice(0, 10),
  };
}
