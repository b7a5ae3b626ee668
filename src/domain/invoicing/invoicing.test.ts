import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { divideRounded } from './rounding.ts';
import { invoiceTotals, lineBase, type InvoiceLineInput } from './invoice-lines.ts';
import { formatInvoiceNumber, isNumberPattern, seriesPeriod } from './numbering.ts';
import { afterPayment, canIssue, canVoid, isRefusal, statusOn } from './invoice-status.ts';
import { isSpanishTaxId, missingSpanishFields } from './spanish-invoice.ts';

describe('rounding', () => {
  test('halves go away from zero, on both sides', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(7n, 2n)).toBe(4n);
    expect(divideRounded(1n, 3n)).toBe(0n);
    expect(divideRounded(2n, 3n)).toBe(1n);
    expect(divideRounded(-2n, 3n)).toBe(-1n);
  });
});

const line = (over: Partial<InvoiceLineInput> = {}): InvoiceLineInput => ({ description: 'Work', quantityMilli: 1000, unitPrice: 10_000, discount: 0, taxRateBp: 2100, ...over });

describe('invoice totals', () => {
  test('a Spanish invoice with two rates and 15% IRPF adds up to the cent', () => {
    const totals = invoiceTotals(
      [line({ quantityMilli: 12_500, unitPrice: 4_500, discount: 2_500 }), line({ quantityMilli: 1000, unitPrice: 1_999, taxRateBp: 1000 }), line({ unitPrice: 333, taxRateBp: 2100 })],
      1500,
    );
    // 12.5 h × 45.00 − 25.00 = 537.50; IVA 21% = 112.875 → 112.88; 3.33 × 21% = 0.6993 → 0.70; 19.99 × 10% = 1.999 → 2.00
    expect(totals.lines.map((l) => [l.base, l.tax])).toEqual([[53_750, 11_288], [1_999, 200], [333, 70]]);
    expect(totals.byRate).toEqual([{ taxRateBp: 2100, base: 54_083, tax: 11_358 }, { taxRateBp: 1000, base: 1_999, tax: 200 }]);
    expect(totals.base).toBe(56_082);
    // IRPF 15% of 560.82 = 84.123 → 84.12
    expect(totals.withholding).toBe(8_412);
    expect(totals.total).toBe(56_082 + 11_558 - 8_412);
  });

  test('a credit line rounds away from zero too', () => {
    expect(lineBase({ quantityMilli: -1500, unitPrice: 333, discount: 0 })).toBe(-500);
    expect(invoiceTotals([line({ quantityMilli: -1000, unitPrice: 250 })], 0).lines[0]!.tax).toBe(-53);
  });

  test('property: lines sum to their rates, rates to the invoice, and base + tax − withholding is the total', () => {
    const arbitraryLine = fc.record({
      description: fc.constant('x'),
      quantityMilli: fc.integer({ min: -100_000, max: 1_000_000 }),
      unitPrice: fc.integer({ min: 0, max: 10_000_000 }),
      discount: fc.integer({ min: 0, max: 100_000 }),
      taxRateBp: fc.constantFrom(0, 400, 1000, 2100, 2000, 550),
    });
    fc.assert(
      fc.property(fc.array(arbitraryLine, { maxLength: 30 }), fc.constantFrom(0, 700, 1500), (lines, withholdingBp) => {
        const totals = invoiceTotals(lines, withholdingBp);
        const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
        expect(sum(totals.lines.map((l) => l.base))).toBe(totals.base);
        expect(sum(totals.lines.map((l) => l.tax))).toBe(totals.tax);
        expect(sum(totals.byRate.map((r) => r.base))).toBe(totals.base);
        expect(sum(totals.byRate.map((r) => r.tax))).toBe(totals.tax);
        for (const rate of totals.byRate) expect(sum(totals.lines.filter((l) => l.taxRateBp === rate.taxRateBp).map((l) => l.tax))).toBe(rate.tax);
        expect(totals.total).toBe(totals.base + totals.tax - totals.withholding);
        for (const l of totals.lines) {
          expect(Number.isInteger(l.base) && Number.isInteger(l.tax)).toBe(true);
          // Each rounding is off by at most half a minor unit from the exact value.
          expect(Math.abs(l.tax - (l.base * l.taxRateBp) / 10_000)).toBeLessThanOrEqual(0.5 + 1e-9);
        }
        expect(Math.abs(totals.withholding - (totals.base * withholdingBp) / 10_000)).toBeLessThanOrEqual(0.5 + 1e-6);
      }),
      { numRuns: 500 },
    );
  });
});

describe('numbering', () => {
  test('the default pattern counts per year with four digits', () => {
    expect(formatInvoiceNumber('YYYY-NNNN', '2027-03-01', 7)).toBe('2027-0007');
    expect(formatInvoiceNumber('R-YYYY-NNNN', '2027-03-01', 12)).toBe('R-2027-0012');
    expect(formatInvoiceNumber('F/NNNNN', '2027-03-01', 3)).toBe('F/00003');
    expect(seriesPeriod('YYYY-NNNN', '2027-12-31')).toBe('2027');
    expect(seriesPeriod('F/NNNNN', '2027-12-31')).toBe('all');
  });

  test('a pattern needs one run of three to eight N', () => {
    expect(isNumberPattern('YYYY-NNNN')).toBe(true);
    expect(isNumberPattern('YYYY-NN')).toBe(false);
    expect(isNumberPattern('NNN-NNN')).toBe(false);
    expect(isNumberPattern('<script>NNNN')).toBe(false);
    expect(isNumberPattern('YYYY-NNNNNNNNN')).toBe(false);
  });

  test('a prefix with a capital N, such as INV-, is kept as typed; only the run of three or more N counts', () => {
    expect(isNumberPattern('INV-YYYY-NNNN')).toBe(true);
    expect(formatInvoiceNumber('INV-YYYY-NNNN', '2027-03-01', 42)).toBe('INV-2027-0042');
    expect(formatInvoiceNumber('NN-NNN', '2027-03-01', 5)).toBe('NN-005');
    expect(seriesPeriod('INV-YYYY-NNNN', '2027-03-01')).toBe('2027');
  });
});

describe('statuses', () => {
  const issued = { status: 'issued' as const, total: 10_000, paid: 0, dueOn: '2027-03-10' };

  test('an open invoice past its due date shows as overdue; on the due day it does not', () => {
    expect(statusOn(issued, '2027-03-10')).toBe('issued');
    expect(statusOn(issued, '2027-03-11')).toBe('overdue');
    expect(statusOn({ ...issued, status: 'paid', paid: 10_000 }, '2027-04-01')).toBe('paid');
    expect(statusOn({ ...issued, status: 'void' }, '2027-04-01')).toBe('void');
  });

  test('a partial payment leaves it partially paid; the rest pays it; more than the balance is refused', () => {
    const partial = afterPayment(issued, 4_000);
    expect(partial).toEqual({ status: 'partially_paid', paid: 4_000 });
    expect(afterPayment({ ...issued, status: 'partially_paid', paid: 4_000 }, 6_000)).toEqual({ status: 'paid', paid: 10_000 });
    const refused = afterPayment({ ...issued, paid: 4_000 }, 6_001);
    expect(isRefusal(refused) && refused.field).toBe('amount');
    expect(isRefusal(afterPayment({ ...issued, status: 'draft' }, 1))).toBe(true);
  });

  test('issuing needs lines, a due date on or after the issue date and a positive total', () => {
    const draft = { status: 'draft' as const, total: 100, paid: 0, dueOn: '2027-03-31', lineCount: 1, isCorrective: false };
    expect(canIssue(draft, '2027-03-01')).toBeNull();
    expect(canIssue({ ...draft, lineCount: 0 }, '2027-03-01')?.field).toBe('lines');
    expect(canIssue({ ...draft, dueOn: '2027-02-28' }, '2027-03-01')?.field).toBe('dueOn');
    expect(canIssue({ ...draft, total: 0 }, '2027-03-01')?.field).toBe('lines');
    expect(canIssue({ ...draft, total: -100, isCorrective: true }, '2027-03-01')).toBeNull();
  });

  test('only an issued invoice without payments can be voided', () => {
    expect(canVoid(issued)).toBeNull();
    expect(canVoid({ ...issued, paid: 1, status: 'partially_paid' })).not.toBeNull();
    expect(canVoid({ ...issued, status: 'draft' })).not.toBeNull();
  });
});

describe('Spanish invoices', () => {
  test('tax ids: NIF, NIE and CIF check letters', () => {
    expect(isSpanishTaxId('12345678Z')).toBe(true);
    expect(isSpanishTaxId('12345678A')).toBe(false);
    expect(isSpanishTaxId('X1234567L')).toBe(true);
    expect(isSpanishTaxId('B12345674')).toBe(true);
    expect(isSpanishTaxId('ES 12345678-Z')).toBe(true);
    expect(isSpanishTaxId('GB123456789')).toBe(false);
  });

  test('names, tax ids and addresses of both parties and the operation date are required', () => {
    expect(missingSpanishFields({ name: 'Ana', taxId: '12345678Z', address: 'Calle 1' }, { name: 'Acme', taxId: '', address: ' ' }, null)).toEqual(['buyer.taxId', 'buyer.address', 'operationDate']);
  });
});
