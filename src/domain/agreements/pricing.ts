// The pricing helper beside the cost part: a quote that also covers the tax reserve and a buffer for work that runs long.

export type PricingInput = {
  /** What the work itself is worth to the freelancer, in minor units (hours × rate, or a project figure). */
  baseAmount: number;
  /** Share of every payment set aside for taxes, 0–90. */
  taxReservePercent: number;
  /** "It will take longer than you think": extra on top of the base, 0–100. */
  contingencyPercent: number;
};

export type PricingQuote = {
  baseAmount: number;
  contingencyAmount: number;
  taxReserveAmount: number;
  /** What to quote: after the tax reserve is set aside, base + contingency is left. */
  quoteAmount: number;
  /** What the freelancer keeps after setting the reserve aside (at least base + contingency). */
  keptAfterReserve: number;
};

/**
 * The reserve is a share of what the client pays, so the quote is grossed up: quote = (base + buffer) / (1 − reserve).
 * Rounding always goes up to the next minor unit, so the freelancer never ends a cent short.
 */
export function priceQuote({ baseAmount, taxReservePercent, contingencyPercent }: PricingInput): PricingQuote {
  if (!Number.isInteger(baseAmount) || baseAmount < 0) throw new RangeError('baseAmount must be a whole, non-negative number of minor units.');
  if (taxReservePercent < 0 || taxReservePercent > 90) throw new RangeError('taxReservePercent must be between 0 and 90.');
  if (contingencyPercent < 0 || contingencyPercent > 100) throw new RangeError('contingencyPercent must be between 0 and 100.');
  // Percentages may carry up to two decimals; working in hundredths of a percent keeps the arithmetic in integers.
  const contingencyBasis = Math.round(contingencyPercent * 100);
  const reserveBasis = Math.round(taxReservePercent * 100);
  const contingencyAmount = Math.ceil((baseAmount * contingencyBasis) / 10_000);
  const needed = baseAmount + contingencyAmount;
  let quoteAmount = Math.ceil((needed * 10_000) / (10_000 - reserveBasis));
  // Guard the ceiling against floating-point error: the reserve taken from the quote must leave at least `needed`.
  while (quoteAmount - Math.ceil((quoteAmount * reserveBasis) / 10_000) < needed) quoteAmount += 1;
  const taxReserveAmount = Math.ceil((quoteAmount * reserveBasis) / 10_000);
  return { baseAmount, contingencyAmount, taxReserveAmount, quoteAmount, keptAfterReserve: quoteAmount - taxReserveAmount };
}
