// Fit on money: their budget against the freelancer's floor, and their pricing model against the preferred ones.
import { minorUnitDigits } from '../money/currency.ts';
import { isDiscouragedPricingModel, type PricingModel } from '../profile/pricing-models.ts';
import type { FreelancerProfile } from '../profile/profile.ts';
import { dimensionFit, finding, unanswered, type DimensionFit } from './dimension-fit.ts';
import { statusWhenCrossed } from './fit-status.ts';
import type { InterviewAnswers } from './interview.ts';
import { reason } from './reason.ts';

/** Display only (see MoneyParams in reason.ts); the comparison happens on minor units before this. */
function toMajorUnits(minor: number, currency: string): number {
  return minor / 10 ** minorUnitDigits(currency);
}

/** Compared within the same currency and pricing model only: a day rate says nothing about a project floor. */
export function fitBudget(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  const budget = answers.budget;
  if (budget === null) return unanswered('budget');
  if (budget.currency !== profile.currency) {
    return dimensionFit('budget', [finding('unknown', reason('vetting.reason.budgetOtherCurrency', { theirCurrency: budget.currency, yourCurrency: profile.currency }))]);
  }
  const model = budget.pricingModel;
  const floor = profile.idealClient.budgetFloor.perModel[model];
  if (floor === undefined) return dimensionFit('budget', [finding('fits', reason('vetting.reason.budgetNoFloor', { model }))]);
  const params = { offered: toMajorUnits(budget.amount, budget.currency), floor: toMajorUnits(floor, profile.currency), currency: profile.currency, model };
  if (budget.amount < floor) {
    return dimensionFit('budget', [finding(statusWhenCrossed(profile.idealClient.budgetFloor.flexibility), reason('vetting.reason.budgetBelowFloor', params))]);
  }
  return dimensionFit('budget', [finding('fits', reason('vetting.reason.budgetMeetsFloor', params))]);
}

/** The model to suggest instead of hourly: the freelancer's favourite that is not hourly, or a project price. */
function fixedPriceAlternative(preferred: readonly PricingModel[]): PricingModel {
  return preferred.find((model) => !isDiscouragedPricingModel(model)) ?? 'project';
}

/**
 * Hourly is allowed but discouraged: even when the freelancer lists it, it is at best negotiable and comes with advice.
 * An empty preferred list means no preference.
 */
export function fitPricingModel(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  const model = answers.budget?.pricingModel;
  if (model === undefined) return unanswered('pricing_model');
  const { preferred, flexibility } = profile.idealClient.pricingModels;
  const isPreferred = preferred.length === 0 || preferred.includes(model);
  const advice = isDiscouragedPricingModel(model) ? reason('vetting.advice.offerFixedPrice', { model: fixedPriceAlternative(preferred) }) : null;
  if (!isPreferred) return dimensionFit('pricing_model', [finding(statusWhenCrossed(flexibility), reason('vetting.reason.pricingModelNotPreferred', { model }), advice)]);
  if (advice) return dimensionFit('pricing_model', [finding('negotiable', reason('vetting.reason.pricingHourlyAllowed', {}), advice)]);
  return dimensionFit('pricing_model', [finding('fits', reason('vetting.reason.pricingModelPreferred', { model }))]);
}
