// The recommendation from fit and gut: good fit, start with a small trial project, or walk away.
import type { FitStatus } from './fit-status.ts';
import type { GutCheck } from './gut-check.ts';
import { reason, type Reason } from './reason.ts';
import type { VettingSettings } from './settings.ts';

export const recommendations = ['good_fit', 'trial_first', 'walk_away'] as const;
export type Recommendation = (typeof recommendations)[number];

export type RecommendationResult = {
  recommendation: Recommendation;
  /** Why, most important first: the counts behind it, then what the gut changed, then what is still unanswered. */
  because: Reason[];
};

/** Higher is better; used to cap a recommendation and to state that nothing ever improves it by getting worse. */
export function recommendationRank(recommendation: Recommendation): number {
  switch (recommendation) {
    case 'walk_away':
      return 0;
    case 'trial_first':
      return 1;
    case 'good_fit':
      return 2;
  }
}

/**
 * Any conflict (a non-negotiable touched) means walk away; otherwise the number of compromises decides, with an
 * unsure or uneasy gut counting as one more. An uneasy gut also caps the result at a small trial project, never a
 * large engagement, so it is never better than an unsure one.
 * Unanswered dimensions do not move the result; they are listed so they get asked.
 */
export function recommend(dimensions: readonly { status: FitStatus }[], gut: GutCheck, settings: VettingSettings): RecommendationResult {
  const count = (status: FitStatus) => dimensions.filter((d) => d.status === status).length;
  const conflicts = count('conflict');
  const negotiables = count('negotiable') + (gut.feeling === 'at_ease' ? 0 : 1);
  const because: Reason[] = [];

  let recommendation: Recommendation;
  if (conflicts > 0) {
    recommendation = 'walk_away';
    because.push(reason('vetting.why.conflicts', { count: conflicts }));
  } else if (negotiables > settings.maxNegotiablesForTrial) {
    recommendation = 'walk_away';
    because.push(reason('vetting.why.tooManyNegotiables', { count: negotiables, limit: settings.maxNegotiablesForTrial }));
  } else if (negotiables > settings.maxNegotiablesForGoodFit) {
    recommendation = 'trial_first';
    because.push(reason('vetting.why.severalNegotiables', { count: negotiables, limit: settings.maxNegotiablesForGoodFit }));
  } else {
    recommendation = 'good_fit';
    because.push(reason('vetting.why.fewNegotiables', { count: negotiables }));
  }

  switch (gut.feeling) {
    case 'uneasy':
      if (recommendation === 'good_fit') recommendation = 'trial_first';
      because.push(reason('vetting.why.uneasyGut', {}));
      break;
    case 'unsure':
      because.push(reason('vetting.why.unsureGut', {}));
      break;
    case 'at_ease':
      break;
  }

  const unanswered = count('unknown');
  if (unanswered > 0) because.push(reason('vetting.why.unanswered', { count: unanswered }));
  return { recommendation, because };
}
