// Invoice lines and totals: quantity × unit price − discount per line, tax per line, totals per rate, optional withholding.
// Every amount is in integer minor units of the invoice currency; rates are basis points (21% = 2100).
import { divideRounded, percentOf, toMinorUnits } from './rounding.ts';

/** Quantities carry up to three decimals (1.5 hours); stored as thousandths so the arithmetic stays on integers. */
export const QUANTITY_SCALE = 1000;

export type InvoiceLineInput = {
  description: string;
  /** Thousandths of a unit: 1500 = 1.5 hours. */
  quantityMilli: number;
  unitPrice: number;
  /** An amount taken off this line, in minor units. */
  discount: number;
  /** VAT/IVA rate of this line in basis points (2100 = 21%, 0 for exempt lines). */
  taxRateBp: number;
};

export type InvoiceLineTotals = InvoiceLineInput & {
  /** round(quantity × unit price) − discount: the taxable base of the line. */
  base: number;
  /** round(base × rate): each line's tax is rounded on its own. */
  tax: number;
};

export type RateTotal = { taxRateBp: number; base: number; tax: number };

export type InvoiceTotals = {
  lines: InvoiceLineTotals[];
  /** One entry per tax rate used, highest rate first. */
  byRate: RateTotal[];
  base: number;
  tax: number;
  withholdingRateBp: number;
  /** round(base × withholding rate): IRPF kept back by the client and paid to the tax office for the freelancer. */
  withholding: number;
  /** base + tax − withholding: what the client pays. */
  total: number;
};

/** IRPF rates a Spanish freelancer may apply: 15%, or 7% in the first years of activity. */
export const withholdingRatesBp = [0, 700, 1500] as const;

export function lineBase(line: Pick<InvoiceLineInput, 'quantityMilli' | 'unitPrice' | 'discount'>): number {
  const gross = toMinorUnits(divideRounded(BigInt(line.quantityMilli) * BigInt(line.unitPrice), BigInt(QUANTITY_SCALE)));
  return gross - line.discount;
}

/**
 * Totals of an invoice. The tax of a rate is the sum of its lines' rounded taxes, so the document always adds up:
 * lines sum to their rate, rates sum to the invoice, and base + tax − withholding is the total, to the cent.
 */
export function invoiceTotals(lines: readonly InvoiceLineInput[], withholdingRateBp: number): InvoiceTotals {
  const withTotals = lines.map((line) => {
    const base = lineBase(line);
    return { ...line, base, tax: percentOf(base, line.taxRateBp) };
  });
  const rates = new Map<number, RateTotal>();
  for (const line of withTotals) {
    const rate = rates.get(line.taxRateBp) ?? { taxRateBp: line.taxRateBp, base: 0, tax: 0 };
    rate.base += line.base;
    rate.tax += line.tax;
    rates.set(line.taxRateBp, rate);
  }
  const byRate = [...rates.values()].sort((a, b) => b.taxRateBp - a.taxRateBp);
  const base = byRate.reduce((sum, rate) => sum + rate.base, 0);
  const tax = byRate.reduce((sum, rate) => sum + rate.tax, 0);
  const withholding = percentOf(base, withholdingRateBp);
  return { lines: withTotals, byRate, base, tax, withholdingRateBp, withholding, total: base + tax - withholding };
}
