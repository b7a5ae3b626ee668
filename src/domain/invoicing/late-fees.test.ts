import { describe, expect, test } from 'vitest';
import { assessLateFees, ukFixedSum, type LateFeeFacts } from './late-fees.ts';
import { lateFeeTermsFor } from './late-fee-terms.ts';

const facts = (over: Partial<LateFeeFacts> = {}): LateFeeFacts => ({
  principal: 100_000,
  dueOn: '2027-03-01',
  today: '2027-03-01',
  payments: [],
  pausedRanges: [],
  referenceRateBp: (half) => ({ '2027-H1': 215, '2027-H2': 200 })[half],
  ...over,
});

describe('flat fee', () => {
  const rule = { kind: 'flat' as const, amount: 2_500, graceDays: 5 };
  test('charged once, the day after the grace period, when the balance is still open', () => {
    expect(assessLateFees(rule, facts({ today: '2027-03-06' })).charges).toEqual([]);
    expect(assessLateFees(rule, facts({ today: '2027-03-07' })).charges).toEqual([{ key: 'flat', reason: 'flat', amount: 2_500, chargedOn: '2027-03-07' }]);
    expect(assessLateFees(rule, facts({ today: '2027-06-01' })).charges).toHaveLength(1);
  });
  test('not charged when paid within the grace period, nor while a promise runs', () => {
    expect(assessLateFees(rule, facts({ today: '2027-03-20', payments: [{ paidOn: '2027-03-06', amount: 100_000 }] })).charges).toEqual([]);
    const paused = facts({ today: '2027-03-10', pausedRanges: [{ from: '2027-03-05', to: '2027-03-12' }] });
    expect(assessLateFees(rule, paused).charges).toEqual([]);
    expect(assessLateFees(rule, { ...paused, today: '2027-03-13' }).charges[0]?.chargedOn).toBe('2027-03-13');
  });
});

test('percent once: 2% of what is still open at that moment', () => {
  const rule = { kind: 'percent_once' as const, percentBp: 200, graceDays: 0 };
  expect(assessLateFees(rule, facts({ today: '2027-03-02', payments: [{ paidOn: '2027-02-20', amount: 40_000 }] })).charges).toEqual([
    { key: 'percent_once', reason: 'percent_once', amount: 1_200, chargedOn: '2027-03-02' },
  ]);
});

describe('percent monthly', () => {
  const rule = { kind: 'percent_monthly' as const, percentBp: 150, graceDays: 0, capPercentBp: 500 };
  test('1.5% of the open principal per started 30-day period, simple, capped at 5% of the principal', () => {
    const may1 = assessLateFees(rule, facts({ today: '2027-05-01' })).charges;
    // Periods start 2 March, 1 April, 1 May: 1,000.00 × 1.5% = 15.00 each, never on the fees themselves.
    expect(may1.map((c) => [c.key, c.amount, c.chargedOn])).toEqual([
      ['percent_monthly:1', 1_500, '2027-03-02'],
      ['percent_monthly:2', 1_500, '2027-04-01'],
      ['percent_monthly:3', 1_500, '2027-05-01'],
    ]);
    // The fourth period would be 15.00, but the cap of 50.00 leaves 5.00; after that nothing more.
    const later = assessLateFees(rule, facts({ today: '2027-09-01' })).charges;
    expect(later.map((c) => c.amount)).toEqual([1_500, 1_500, 1_500, 500]);
  });
  test('a partial payment lowers the next periods; full payment stops them', () => {
    const charges = assessLateFees({ ...rule, capPercentBp: null }, facts({ today: '2027-05-15', payments: [{ paidOn: '2027-03-15', amount: 50_000 }, { paidOn: '2027-04-20', amount: 50_000 }] })).charges;
    expect(charges.map((c) => c.amount)).toEqual([1_500, 750]);
  });
});

describe('statutory interest (EU, Spain)', () => {
  test('10,000.00 EUR 30 days late at 2.15% + 8 points: 83.42 EUR accrued, plus 40 EUR once', () => {
    const result = assessLateFees({ kind: 'statutory_eu' }, facts({ principal: 1_000_000, today: '2027-03-31' }));
    // 10,000 × 10.15% × 30 / 365 = 83.4246…
    expect(result.accruedInterest).toBe(8_342);
    expect(result.charges).toEqual([{ key: 'statutory_compensation', reason: 'statutory_compensation', amount: 4_000, chargedOn: '2027-03-02' }]);
  });
  test('each half-year at its own reference rate', () => {
    // 10 days at 10.15% and 10 days at 10.00%: 10,000 × (0.1015 + 0.1) × 10 / 365 = 55.205…
    expect(assessLateFees({ kind: 'statutory_eu' }, facts({ principal: 1_000_000, dueOn: '2027-06-20', today: '2027-07-10' })).accruedInterest).toBe(5_521);
  });
  test('fixed into a charge when the principal is settled, counting only days still open', () => {
    const result = assessLateFees({ kind: 'statutory_eu' }, facts({ principal: 1_000_000, today: '2027-04-30', payments: [{ paidOn: '2027-03-11', amount: 1_000_000 }] }));
    // Open 2–10 March: 9 days → 10,000 × 10.15% × 9 / 365 = 25.027…
    expect(result.charges).toContainEqual({ key: 'statutory_interest', reason: 'statutory_interest', amount: 2_503, chargedOn: '2027-03-11' });
  });
  test('a missing reference rate is named, not guessed', () => {
    const result = assessLateFees({ kind: 'statutory_eu' }, facts({ dueOn: '2027-12-20', today: '2028-01-05' }));
    expect(result.accruedInterest).toBeNull();
    expect(result.missingRates).toEqual(['2028-H1']);
  });
  test('paid on the due date: nothing at all', () => {
    expect(assessLateFees({ kind: 'statutory_eu' }, facts({ today: '2027-04-01', payments: [{ paidOn: '2027-03-01', amount: 100_000 }] })).charges).toEqual([]);
  });
});

describe('statutory interest (UK)', () => {
  test('5,000 GBP 30 days late at 5.25% + 8: 54.45 GBP, plus 70 GBP', () => {
    const result = assessLateFees({ kind: 'statutory_uk' }, facts({ principal: 500_000, today: '2027-03-31', referenceRateBp: () => 525 }));
    expect(result.accruedInterest).toBe(5_445);
    expect(result.charges[0]).toMatchObject({ amount: 7_000 });
  });
  test('fixed sums: under 1,000 → 40, under 10,000 → 70, 10,000 and above → 100', () => {
    expect([99_999, 100_000, 999_999, 1_000_000].map(ukFixedSum)).toEqual([4_000, 7_000, 7_000, 10_000]);
  });
});

describe('terms: the invoice rule, or a policy-update letter once in effect', () => {
  const letter = { rule: { kind: 'flat' as const, amount: 1_000, graceDays: 0 }, effectiveOn: '2027-04-01', sentOn: '2027-03-01' };
  test("an invoice's own terms win; without them and without a letter in effect there are no fees", () => {
    expect(lateFeeTermsFor({ kind: 'statutory_eu' }, [letter], '2027-03-10', '2027-05-01')).toMatchObject({ basis: 'terms', dueOn: '2027-03-10' });
    expect(lateFeeTermsFor(null, [], '2027-03-10', '2027-05-01')).toBeNull();
    expect(lateFeeTermsFor(null, [letter], '2027-03-10', '2027-03-31')).toBeNull();
  });
  test('under a letter, lateness counts only from its effective date', () => {
    const terms = lateFeeTermsFor(null, [letter], '2027-03-10', '2027-04-01')!;
    expect(terms).toMatchObject({ basis: 'policy_letter', effectiveOn: '2027-04-01', dueOn: '2027-03-31' });
    // A flat fee with no grace is due the day after the (moved) due date: the effective date itself, not before.
    expect(assessLateFees(terms.rule, facts({ dueOn: terms.dueOn, today: '2027-04-01' })).charges[0]?.chargedOn).toBe('2027-04-01');
    expect(lateFeeTermsFor(null, [letter], '2027-05-10', '2027-06-01')).toMatchObject({ dueOn: '2027-05-10' });
  });
});
