// The pricing helper behind the cost part: what to quote so the tax reserve and a buffer are covered.
import { priceQuote, type PricingInput, type PricingQuote } from '../domain/agreements/pricing.ts';

export function quoteAgreementPrice({ input }: { input: PricingInput }): PricingQuote {
  return priceQuote(input);
}
