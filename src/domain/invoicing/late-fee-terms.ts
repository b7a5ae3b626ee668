// Which late-fee rule governs an invoice: the one its terms include, or else the one a policy-update letter announced
// to the client, and only for lateness after that letter's effective date. Never a surprise.
import { addDays, dayNumber } from './local-dates.ts';
import type { LateFeeRule } from './late-fees.ts';

export type PolicyLetter = { rule: LateFeeRule; effectiveOn: string; sentOn: string };

export type LateFeeTerms = { rule: LateFeeRule; basis: 'terms' | 'policy_letter'; effectiveOn: string | null; dueOn: string };

/**
 * The rule and the due date the fees count from. Under a letter the latest letter already in effect applies, and the
 * invoice is treated as falling due the day before the effective date if it was due earlier, so nothing accrues before it.
 */
export function lateFeeTermsFor(invoiceRule: LateFeeRule | null, letters: readonly PolicyLetter[], dueOn: string, today: string): LateFeeTerms | null {
  if (invoiceRule !== null) return { rule: invoiceRule, basis: 'terms', effectiveOn: null, dueOn };
  const inEffect = letters.filter((letter) => dayNumber(letter.effectiveOn) <= dayNumber(today)).sort((a, b) => dayNumber(b.effectiveOn) - dayNumber(a.effectiveOn) || dayNumber(b.sentOn) - dayNumber(a.sentOn))[0];
  if (!inEffect) return null;
  const dayBefore = addDays(inEffect.effectiveOn, -1);
  return { rule: inEffect.rule, basis: 'policy_letter', effectiveOn: inEffect.effectiveOn, dueOn: dayNumber(dueOn) >= dayNumber(dayBefore) ? dueOn : dayBefore };
}

/** A letter gives the client at least this much notice before fees may start. */
export const MIN_LETTER_NOTICE_DAYS = 14;
