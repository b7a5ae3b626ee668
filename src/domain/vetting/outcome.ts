// What the freelancer decides after vetting, and where that leaves the client in their lifecycle.
import type { ClientStage } from '../clients/lifecycle.ts';
import type { Recommendation } from './recommendation.ts';

/** The freelancer always decides; the recommendation only advises. A declined prospect gets the polite template. */
export const vettingOutcomes = ['accept', 'trial_project', 'decline', 'waitlist'] as const;
export type VettingOutcome = (typeof vettingOutcomes)[number];

/** Accepting or starting a trial both lead to a proposal: even a small trial has its own what, when, how, cost and terms. */
export function stageAfterOutcome(outcome: VettingOutcome): ClientStage {
  switch (outcome) {
    case 'accept':
    case 'trial_project':
      return 'proposal';
    case 'decline':
      return 'declined';
    case 'waitlist':
      return 'waitlist';
  }
}

/** The outcome a form preselects for a recommendation; waitlist is never preselected, it is for good prospects who came at a busy time. */
export function suggestedOutcome(recommendation: Recommendation): VettingOutcome {
  switch (recommendation) {
    case 'good_fit':
      return 'accept';
    case 'trial_first':
      return 'trial_project';
    case 'walk_away':
      return 'decline';
  }
}

/** True when the decision goes further than the recommendation (accepting a walk-away), so the page can ask "are you sure?". */
export function isAgainstRecommendation(outcome: VettingOutcome, recommendation: Recommendation): boolean {
  switch (recommendation) {
    case 'good_fit':
      return false;
    case 'trial_first':
      return outcome === 'accept';
    case 'walk_away':
      return outcome === 'accept' || outcome === 'trial_project';
  }
}
