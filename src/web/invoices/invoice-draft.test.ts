// The editor reads what was typed (either decimal mark) into the API's body, and its live totals are the server's totals.
import { describe, expect, it } from 'vitest';
import { CreateInvoiceBody, InvoiceKind, InvoiceStatus, paymentMethods } from '../../schemas/invoices.ts';
import { invoiceTotals } from '../../domain/invoicing/invoice-lines.ts';
import { toDomainLines } from '../../use-cases/invoicing-support.ts';
import type { Invoice } from '../api/invoices.ts';
import { draftFromInvoice, emptyDraft, invoiceKindChoices, invoiceStatusChoices, liveTotals, parseDecimal, paymentMethodChoices, readDraft, type InvoiceDraft } from './invoice-draft.ts';

function draftWith(lines: { description: string; quantity: string; unitPrice: string; discount?: string; taxRate: string }[], withholdingRate: 0 | 7 | 15 = 15): InvoiceDraft {
  const draft = emptyDraft({ clientId: 'c1', currency: 'EUR', language: 'es', taxRate: 21, withholdingRate, uiLanguage: 'es' });
  return { ...draft, lines: lines.map((line, index) => ({ key: `k${index}`, discount: '', ...line })) };
}

describe('the invoice editor draft', () => {
  it('offers exactly the kinds, statuses and payment methods the API accepts', () => {
    expect([...invoiceKindChoices]).toEqual(InvoiceKind.options);
    expect([...invoiceStatusChoices]).toEqual(InvoiceStatus.options);
    expect([...paymentMethodChoices]).toEqual([...paymentMethods]);
  });

  it('reads Spanish and English decimals, and refuses what is not a number', () => {
    expect(parseDecimal('1,5', 3)).toBe(1.5);
    expect(parseDecimal('1.5', 3)).toBe(1.5);
    expect(parseDecimal('-2', 3)).toBe(-2);
    expect(parseDecimal('0,125', 3)).toBe(0.125);
    expect(parseDecimal('0,1255', 3)).toBeNull();
    expect(parseDecimal('abc', 3)).toBeNull();
    expect(parseDecimal(' ', 3)).toBeUndefined();
  });

  it('adds up two lines at different rates with 15% IRPF to the cent, like the server', () => {
    // 3 × 450,00 at 21% and 1,5 × 80,00 − 10,00 at 10%, 15% withheld on the base.
    const draft = draftWith([
      { description: 'Articles', quantity: '3', unitPrice: '450', taxRate: '21' },
      { description: 'Editing', quantity: '1,5', unitPrice: '80,00', discount: '10', taxRate: '10' },
    ]);
    const { totals, lineBases } = liveTotals(draft);
    expect(lineBases).toEqual([135_000, 11_000]);
    expect(totals.byRate).toEqual([
      { taxRateBp: 2100, base: 135_000, tax: 28_350 },
      { taxRateBp: 1000, base: 11_000, tax: 1_100 },
    ]);
    expect(totals.withholding).toBe(21_900);
    expect(totals.total).toBe(146_000 + 29_450 - 21_900);

    const { body } = readDraft(draft);
    const sent = CreateInvoiceBody.parse({ clientId: 'c1', ...body });
    const server = invoiceTotals(toDomainLines(sent.lines), sent.withholdingRate * 100);
    expect(totals).toEqual(server);
  });

  it('leaves a line that cannot be read out of the totals instead of showing nonsense', () => {
    const { totals, lineBases } = liveTotals(draftWith([
      { description: 'Ok', quantity: '1', unitPrice: '100', taxRate: '21' },
      { description: 'Typing', quantity: '1', unitPrice: '12,', taxRate: '21' },
    ], 0));
    expect(lineBases).toEqual([10_000, null]);
    expect(totals.total).toBe(12_100);
  });

  it('names each problem with the path the server uses, so both land on the same field', () => {
    const draft = draftWith([{ description: ' ', quantity: 'x', unitPrice: '', taxRate: '200' }]);
    const { body, problems } = readDraft({ ...draft, lateFee: { kind: 'percent_monthly', amount: '', percent: '0', graceDays: '-1', capPercent: '' } });
    expect(body).toBeUndefined();
    expect(problems).toEqual({
      'lines.0.description': 'description',
      'lines.0.quantity': 'quantity',
      'lines.0.unitPrice': 'notAnAmount',
      'lines.0.taxRate': 'taxRate',
      'lateFeeRule.percent': 'percent',
      'lateFeeRule.graceDays': 'graceDays',
    });
  });

  it('sends a late-fee rule the API accepts, and none when none is chosen', () => {
    const draft = draftWith([{ description: 'Work', quantity: '1', unitPrice: '100', taxRate: '21' }]);
    const flat = readDraft({ ...draft, lateFee: { kind: 'flat', amount: '40', percent: '', graceDays: '7', capPercent: '' } }).body;
    expect(flat?.lateFeeRule).toEqual({ kind: 'flat', amount: 4000, graceDays: 7 });
    expect(CreateInvoiceBody.safeParse({ clientId: 'c1', ...flat }).success).toBe(true);
    const monthly = readDraft({ ...draft, lateFee: { kind: 'percent_monthly', amount: '', percent: '1,5', graceDays: '0', capPercent: '' } }).body;
    expect(monthly?.lateFeeRule).toEqual({ kind: 'percent_monthly', percent: 1.5, graceDays: 0, capPercent: null });
    expect(readDraft(draft).body?.lateFeeRule).toBeNull();
  });

  it('turns a saved draft back into what was typed, in the reader’s decimals', () => {
    const invoice = {
      clientId: 'c1',
      kind: 'standard',
      currency: 'EUR',
      language: 'es',
      dueOn: '2027-03-31',
      operationDate: null,
      buyer: { name: 'Brooks', taxId: 'B12345678', address: 'Calle Mayor 1' },
      lines: [{ description: 'Editing', quantity: 1.5, unitPrice: 8050, discount: 1000, taxRate: 10, base: 11_075, tax: 1_108 }],
      withholdingRate: 7,
      notes: '',
      lateFeeRule: { kind: 'percent_once', percent: 2.5, graceDays: 3 },
    } as unknown as Invoice;
    const draft = draftFromInvoice(invoice, 'es');
    expect(draft.lines[0]).toMatchObject({ quantity: '1,5', unitPrice: '80,50', discount: '10', taxRate: '10' });
    expect(draft.lateFee).toMatchObject({ kind: 'percent_once', percent: '2,5', graceDays: '3' });
    expect(readDraft(draft).body).toMatchObject({ dueOn: '2027-03-31', operationDate: null, withholdingRate: 7, lines: [{ quantity: 1.5, unitPrice: 8050, discount: 1000, taxRate: 10 }] });
  });
});
