// The emergency-fund ladder, per side: 1,000 in the workspace currency, then 3, 6 and 12 months of that side's expenses.
import { minorUnitDigits } from '../money/currency.ts';
import type { Finances, FundSide } from './finances.ts';
import type { ReadinessSettings } from './settings.ts';

export type FundStep = { kind: 'starter'; target: number } | { kind: 'months'; months: number; target: number };

export type FundLadder = {
  side: FundSide;
  balance: number;
  steps: FundStep[];
  /** How many steps are reached, counted from the bottom (0 = not even the starter fund). */
  currentStep: number;
  /** The next step to reach and what is missing, in minor units; null once the top is reached. */
  next: { step: number; target: number; missing: number } | null;
};

/** The starter rung in minor units: 1,000 EUR is 100000 cents, 1,000 JPY is 1000 yen, 1,000 BHD is 1000000 fils. */
export function starterFundTarget(currency: string, settings: ReadinessSettings): number {
  return settings.starterFundMajorUnits * 10 ** minorUnitDigits(currency);
}

export function fundLadder(side: FundSide, finances: Finances, currency: string, settings: ReadinessSettings): FundLadder {
  const expenses = finances.monthlyExpenses[side];
  const steps: FundStep[] = [
    { kind: 'starter', target: starterFundTarget(currency, settings) },
    ...settings.fundLadderMonths.map((months): FundStep => ({ kind: 'months', months, target: months * expenses })),
  ];
  const balance = finances.emergencyFunds[side];
  // Steps are climbed in order: with tiny expenses, "3 months" may be below the starter rung, yet the starter comes first.
  let currentStep = 0;
  while (currentStep < steps.length && balance >= (steps[currentStep]?.target ?? Infinity)) currentStep++;
  const nextStep = steps[currentStep];
  return {
    side,
    balance,
    steps,
    currentStep,
    next: nextStep ? { step: currentStep + 1, target: nextStep.target, missing: nextStep.target - balance } : null,
  };
}

/** The share of a payment to put aside, rounded down to a whole minor unit so the suggestion never exceeds the percentage. */
export function suggestedFundContribution(paymentAmount: number, settings: ReadinessSettings): number {
  return Math.floor((paymentAmount * settings.fundContributionPercent) / 100);
}
