// The deposit a signed contract asks for up front (DOMAIN.md section 4): which contracts carry one, and how much it is.
import type { Cost, PricingModel } from '../agreements/document.ts';
import { percentOf } from './rounding.ts';

/**
 * A deposit is a share of a known total, so only project work has one: a fixed project or a price per deliverable.
 * A retainer is billed a month in advance instead, and hourly work has no total to take a share of. Day and week rates
 * are not contract pricing models: a contract for a set number of days is written as a fixed project (its total
 * carries the deposit), an open-ended day rate as hourly work (no deposit).
 */
export function hasDepositPricing(model: PricingModel): boolean {
  switch (model) {
    case 'fixed_project':
    case 'per_deliverable':
      return true;
    case 'retainer':
    case 'hourly':
      return false;
  }
}

export type Deposit = {
  /** The share asked for, in basis points (50% = 5000); a percentage with more than two decimals is rounded to two. */
  percentBp: number;
  /** The taxable base of the deposit invoice: round(total × share), half away from zero, in minor units. */
  base: number;
  isRefundable: boolean;
};

/** The deposit of a contract's cost, or null when it has none (no share, no total, or a model without a deposit). */
export function depositOf(cost: Pick<Cost, 'pricingModel' | 'amount' | 'depositPercent' | 'isDepositRefundable'>): Deposit | null {
  if (!hasDepositPricing(cost.pricingModel) || cost.amount <= 0 || cost.depositPercent <= 0) return null;
  const percentBp = Math.round(cost.depositPercent * 100);
  const base = percentOf(cost.amount, percentBp);
  if (base <= 0) return null;
  return { percentBp, base, isRefundable: cost.isDepositRefundable };
}
