import { describe, expect, test } from 'vitest';
import { acceptsDeliverables, canReleaseByHand, stateOf } from './deliverable.ts';
import { amountsDue, contractTotalOf, holdOf, type BillingInvoice } from './hold.ts';
import { cleanFileName, cleanMediaType } from './deliverable-file.ts';
import { visibleSections } from '../portal/sections.ts';

let count = 0;
const invoice = (over: Partial<BillingInvoice> = {}): BillingInvoice => {
  count += 1;
  return { id: `inv-${count}`, number: `2027-000${count}`, kind: 'standard', series: 'default', status: 'issued', currency: 'EUR', base: 100_000, total: 121_000, paid: 0, billingPeriod: null, ...over };
};
const paid = (over: Partial<BillingInvoice> = {}) => invoice({ status: 'paid', paid: over.total ?? 121_000, ...over });
const march = '2027-03';

describe('what the client sees', () => {
  test('a draft or preview is visible at once; a final deliverable is held until released', () => {
    expect(stateOf({ isFinal: false, releasedAt: null })).toBe('visible');
    expect(stateOf({ isFinal: true, releasedAt: null })).toBe('held');
    expect(stateOf({ isFinal: true, releasedAt: '2027-03-01T09:00:00Z' })).toBe('released');
  });

  test('only a held deliverable can be released by hand', () => {
    expect(canReleaseByHand({ isFinal: true, releasedAt: null })).toEqual({ isAllowed: true });
    expect(canReleaseByHand({ isFinal: false, releasedAt: null })).toEqual({ isAllowed: false, reason: 'not_final' });
    expect(canReleaseByHand({ isFinal: true, releasedAt: '2027-03-01T09:00:00Z' })).toEqual({ isAllowed: false, reason: 'already_released' });
  });

  test('the portal shows a deliverables section once something was handed over, never an empty one', () => {
    expect(visibleSections({ hasSentAgreement: true, hasIssuedInvoice: false, hasDeliverable: false })).not.toContain('deliverables');
    expect(visibleSections({ hasSentAgreement: true, hasIssuedInvoice: false, hasDeliverable: true })).toContain('deliverables');
  });

  test('work is handed over on a contract the client has received, never on a draft or a proposal', () => {
    expect(acceptsDeliverables({ kind: 'contract', status: 'signed' })).toBe(true);
    expect(acceptsDeliverables({ kind: 'contract', status: 'sent' })).toBe(true);
    expect(acceptsDeliverables({ kind: 'contract', status: 'viewed' })).toBe(true);
    expect(acceptsDeliverables({ kind: 'contract', status: 'draft' })).toBe(false);
    expect(acceptsDeliverables({ kind: 'contract', status: 'declined' })).toBe(false);
    expect(acceptsDeliverables({ kind: 'proposal', status: 'sent' })).toBe(false);
  });
});

describe('final deliverables wait for payment', () => {
  test('nothing invoiced yet: the final files wait', () => {
    expect(holdOf({ invoices: [], total: null, addedInMonth: march })).toEqual({ isHeld: true, reason: 'no_invoice_issued' });
    // A draft bills nothing, a void invoice was cancelled.
    expect(holdOf({ invoices: [invoice({ status: 'draft', number: null }), invoice({ status: 'void' })], total: null, addedInMonth: march })).toMatchObject({ reason: 'no_invoice_issued' });
  });

  test('an open balance holds them, naming each invoice and what is left on it', () => {
    const deposit = paid({ id: 'dep', kind: 'deposit' });
    const balance = invoice({ id: 'bal', number: '2027-0007', kind: 'balance', status: 'partially_paid', total: 121_000, paid: 21_000 });
    expect(holdOf({ invoices: [deposit, balance], total: null, addedInMonth: march })).toEqual({
      isHeld: true,
      reason: 'open_balance',
      openInvoices: [{ invoiceId: 'bal', number: '2027-0007', balance: 100_000, currency: 'EUR' }],
    });
  });

  test('once every invoice of the contract is paid, nothing holds them', () => {
    expect(holdOf({ invoices: [paid(), paid()], total: null, addedInMonth: march })).toEqual({ isHeld: false });
  });

  test('a voided invoice no longer holds them, and its corrective invoice does not count as billing', () => {
    const voided = invoice({ status: 'void' });
    const corrective = invoice({ series: 'corrective', status: 'paid', base: -100_000, total: -121_000, paid: -121_000 });
    expect(holdOf({ invoices: [paid({ base: 200_000 }), voided, corrective], total: { amount: 200_000, currency: 'EUR' }, addedInMonth: march })).toEqual({ isHeld: false });
  });

  test('on a fixed project, a paid deposit is not the balance: the rest of the total must be invoiced and paid', () => {
    const total = contractTotalOf({ pricingModel: 'fixed_project', amount: 400_000, currency: 'EUR' });
    const deposit = paid({ kind: 'deposit', base: 200_000, total: 242_000 });
    expect(holdOf({ invoices: [deposit], total, addedInMonth: march })).toEqual({ isHeld: true, reason: 'total_not_invoiced', notInvoiced: { amount: 200_000, currency: 'EUR' } });
    const balance = invoice({ kind: 'balance', base: 200_000, total: 242_000 });
    expect(holdOf({ invoices: [deposit, balance], total, addedInMonth: march })).toMatchObject({ reason: 'open_balance' });
    expect(holdOf({ invoices: [deposit, { ...balance, status: 'paid', paid: 242_000 }], total, addedInMonth: march })).toEqual({ isHeld: false });
  });

  test('a late fee must be paid too, but it never counts toward the work', () => {
    const total = { amount: 100_000, currency: 'EUR' };
    const fee = invoice({ kind: 'late_fee', base: 4_000, total: 4_000 });
    expect(holdOf({ invoices: [paid({ base: 100_000 }), fee], total, addedInMonth: march })).toMatchObject({ reason: 'open_balance' });
    expect(holdOf({ invoices: [paid({ base: 96_000 }), { ...fee, status: 'paid', paid: 4_000 }], total, addedInMonth: march })).toMatchObject({ reason: 'total_not_invoiced', notInvoiced: { amount: 4_000 } });
  });

  test('retainers and hourly work have no total: their invoices being paid is enough', () => {
    expect(contractTotalOf({ pricingModel: 'retainer', amount: 150_000, currency: 'EUR' })).toBeNull();
    expect(contractTotalOf({ pricingModel: 'hourly', amount: 6_000, currency: 'EUR' })).toBeNull();
    expect(contractTotalOf({ pricingModel: 'per_deliverable', amount: 0, currency: 'EUR' })).toBeNull();
  });

  test("next month's retainer, billed in advance, does not hold this month's work; this month's unpaid one does", () => {
    const thisMonth = paid({ kind: 'retainer', billingPeriod: '2027-03' });
    const nextMonth = invoice({ kind: 'retainer', billingPeriod: '2027-04' });
    expect(holdOf({ invoices: [thisMonth, nextMonth], total: null, addedInMonth: '2027-03' })).toEqual({ isHeld: false });
    expect(holdOf({ invoices: [thisMonth, nextMonth], total: null, addedInMonth: '2027-04' })).toMatchObject({ reason: 'open_balance' });
  });

  test('the amount due adds each open invoice once, per currency', () => {
    const a = { invoiceId: 'a', number: '1', balance: 1_000, currency: 'EUR' };
    const b = { invoiceId: 'b', number: '2', balance: 500, currency: 'EUR' };
    const c = { invoiceId: 'c', number: '3', balance: 700, currency: 'USD' };
    const holds = [
      { isHeld: true as const, reason: 'open_balance' as const, openInvoices: [a, b] },
      { isHeld: true as const, reason: 'open_balance' as const, openInvoices: [a, c] },
      { isHeld: true as const, reason: 'no_invoice_issued' as const },
      { isHeld: false as const },
    ];
    expect(amountsDue(holds)).toEqual([
      { amount: 1_500, currency: 'EUR' },
      { amount: 700, currency: 'USD' },
    ]);
  });
});

describe('uploaded files', () => {
  test('the download name keeps the file name and drops folders, quotes and control characters', () => {
    expect(cleanFileName('C:\\work\\Final logo.png')).toBe('Final logo.png');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('..hidden')).toBe('hidden');
    expect(cleanFileName('a"b\u0000c\n.pdf')).toBe('abc.pdf');
    expect(cleanFileName('   ')).toBe('file');
    const long = `${'x'.repeat(300)}.tar.gz`;
    expect(cleanFileName(long)).toHaveLength(200);
    expect(cleanFileName(long).endsWith('.gz')).toBe(true);
  });

  test('a media type that is not one becomes a generic download', () => {
    expect(cleanMediaType('image/PNG')).toBe('image/png');
    expect(cleanMediaType('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(cleanMediaType('text/html; charset=utf-8')).toBe('application/octet-stream');
    expect(cleanMediaType(undefined)).toBe('application/octet-stream');
    expect(cleanMediaType('nonsense')).toBe('application/octet-stream');
  });
});
