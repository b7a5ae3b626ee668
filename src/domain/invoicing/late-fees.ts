// Late fees, never a surprise: only the rule the client's terms include, each charge under a key so it is recorded once.
// Interest is always simple, on the open principal (fees never bear interest), and pauses while a promise to pay runs.
import { addDays, dayNumber, dateOfDayNumber, halfYearOf } from './local-dates.ts';
import { divideRounded, percentOf, toMinorUnits } from './rounding.ts';

export const lateFeeRuleKinds = ['flat', 'percent_once', 'percent_monthly', 'statutory_eu', 'statutory_uk'] as const;
export type LateFeeRuleKind = (typeof lateFeeRuleKinds)[number];

export type LateFeeRule =
  /** A fixed amount once, when the balance is still open `graceDays` after the due date. */
  | { kind: 'flat'; amount: number; graceDays: number }
  /** A percentage of the open balance at that moment, once. */
  | { kind: 'percent_once'; percentBp: number; graceDays: number }
  /** A percentage of the open principal for each started 30-day period after due date + grace, optionally capped. */
  | { kind: 'percent_monthly'; percentBp: number; graceDays: number; capPercentBp: number | null }
  /** EU Directive 2011/7 and Spain's Ley 3/2004: (reference rate + 8 points)/365 a day, plus 40 EUR once. */
  | { kind: 'statutory_eu' }
  /** UK Late Payment of Commercial Debts Act: (Bank of England base rate + 8)/365 a day, plus 40, 70 or 100 GBP. */
  | { kind: 'statutory_uk' };

/** The currency a statutory rule's fixed sum is written in; the rule applies to invoices in that currency only. */
export function statutoryCurrency(rule: LateFeeRule): 'EUR' | 'GBP' | null {
  return rule.kind === 'statutory_eu' ? 'EUR' : rule.kind === 'statutory_uk' ? 'GBP' : null;
}

export const STATUTORY_POINTS_BP = 800;
const PERIOD_DAYS = 30;

export type DateRange = { from: string; to: string };

export type LateFeeFacts = {
  /** The invoice total: what bears fees and interest. */
  principal: number;
  dueOn: string;
  today: string;
  /** Payments of the principal, each counted from its own date. */
  payments: readonly { paidOn: string; amount: number }[];
  /** Days covered by a promise to pay: no new fee starts and no interest accrues on them. */
  pausedRanges: readonly DateRange[];
  /** The statutory reference rate for a half-year ("2027-H1"), in basis points; undefined when not entered yet. */
  referenceRateBp: (halfYear: string) => number | undefined;
};

export type LateFeeReason = 'flat' | 'percent_once' | 'percent_monthly' | 'statutory_compensation' | 'statutory_interest';
export type LateFeeCharge = { key: string; reason: LateFeeReason; amount: number; chargedOn: string };

export type LateFeeAssessment = {
  /** Charges due by today; the caller records each under its key, so assessing twice never charges twice. */
  charges: LateFeeCharge[];
  /** Statutory interest accrued up to today (fixed into a charge once the principal is settled); null for other rules. */
  accruedInterest: number | null;
  /** Half-years whose reference rate is missing: interest cannot be worked out until the freelancer enters them. */
  missingRates: string[];
};

export function openPrincipalOn(facts: Pick<LateFeeFacts, 'principal' | 'payments'>, date: string): number {
  const day = dayNumber(date);
  let open = facts.principal;
  for (const payment of facts.payments) if (dayNumber(payment.paidOn) <= day) open -= payment.amount;
  return Math.max(0, open);
}

function isPaused(facts: Pick<LateFeeFacts, 'pausedRanges'>, date: string): boolean {
  const day = dayNumber(date);
  return facts.pausedRanges.some((range) => dayNumber(range.from) <= day && day <= dayNumber(range.to));
}

/** The first day a once-only fee can start: the day after due + grace, pushed past any promise that covers it. */
function onceTriggerDay(facts: LateFeeFacts, graceDays: number): string | null {
  let day = addDays(facts.dueOn, graceDays + 1);
  while (isPaused(facts, day)) day = addDays(day, 1);
  return dayNumber(day) <= dayNumber(facts.today) ? day : null;
}

/** UK fixed sums by size of debt: under 1,000 → 40, under 10,000 → 70, otherwise 100 (GBP, in pence). */
export function ukFixedSum(principal: number): number {
  if (principal < 100_000) return 4_000;
  if (principal < 1_000_000) return 7_000;
  return 10_000;
}

export const EU_FIXED_SUM = 4_000;

function statutoryInterest(facts: LateFeeFacts, until: string): { amount: number | null; missingRates: string[] } {
  const missing = new Set<string>();
  let numerator = 0n;
  for (let day = dayNumber(facts.dueOn) + 1; day <= dayNumber(until); day++) {
    const date = dateOfDayNumber(day);
    if (isPaused(facts, date)) continue;
    const open = openPrincipalOn(facts, date);
    if (open === 0) continue;
    const rate = facts.referenceRateBp(halfYearOf(date));
    if (rate === undefined) {
      missing.add(halfYearOf(date));
      continue;
    }
    numerator += BigInt(open) * BigInt(rate + STATUTORY_POINTS_BP);
  }
  if (missing.size > 0) return { amount: null, missingRates: [...missing].sort() };
  return { amount: toMinorUnits(divideRounded(numerator, 10_000n * 365n)), missingRates: [] };
}

/** The day the principal was paid off, if it was by today. */
function settledOn(facts: LateFeeFacts): string | null {
  if (openPrincipalOn(facts, facts.today) > 0) return null;
  const dates = [...facts.payments].map((p) => p.paidOn).sort();
  for (const date of dates) if (openPrincipalOn(facts, date) === 0) return date;
  return null;
}

export function assessLateFees(rule: LateFeeRule, facts: LateFeeFacts): LateFeeAssessment {
  const charges: LateFeeCharge[] = [];
  switch (rule.kind) {
    case 'flat':
    case 'percent_once': {
      const day = onceTriggerDay(facts, rule.graceDays);
      if (day === null) break;
      const open = openPrincipalOn(facts, day);
      if (open === 0) break;
      const amount = rule.kind === 'flat' ? rule.amount : percentOf(open, rule.percentBp);
      if (amount > 0) charges.push({ key: rule.kind, reason: rule.kind, amount, chargedOn: day });
      break;
    }
    case 'percent_monthly': {
      const cap = rule.capPercentBp === null ? Infinity : percentOf(facts.principal, rule.capPercentBp);
      const first = dayNumber(facts.dueOn) + rule.graceDays + 1;
      let charged = 0;
      for (let period = 1, start = first; start <= dayNumber(facts.today) && charged < cap; period++, start += PERIOD_DAYS) {
        const date = dateOfDayNumber(start);
        if (isPaused(facts, date)) continue;
        const open = openPrincipalOn(facts, date);
        if (open === 0) break;
        const amount = Math.min(percentOf(open, rule.percentBp), cap - charged);
        if (amount <= 0) continue;
        charged += amount;
        charges.push({ key: `percent_monthly:${period}`, reason: 'percent_monthly', amount, chargedOn: date });
      }
      break;
    }
    case 'statutory_eu':
    case 'statutory_uk': {
      const firstLateDay = addDays(facts.dueOn, 1);
      const isLate = dayNumber(firstLateDay) <= dayNumber(facts.today) && openPrincipalOn(facts, facts.dueOn) > 0;
      if (isLate) {
        const amount = rule.kind === 'statutory_eu' ? EU_FIXED_SUM : ukFixedSum(facts.principal);
        charges.push({ key: 'statutory_compensation', reason: 'statutory_compensation', amount, chargedOn: firstLateDay });
      }
      const settled = settledOn(facts);
      const interest = statutoryInterest(facts, settled ?? facts.today);
      if (settled !== null && interest.amount !== null && interest.amount > 0) {
        charges.push({ key: 'statutory_interest', reason: 'statutory_interest', amount: interest.amount, chargedOn: settled });
      }
      return { charges, accruedInterest: interest.amount, missingRates: interest.missingRates };
    }
  }
  return { charges, accruedInterest: null, missingRates: [] };
}
