// Vetting in one call: fit, the recommendation with the gut check, and the desperation check shown beside it.
import type { Temporal } from 'temporal-polyfill';
import type { FreelancerProfile } from '../profile/profile.ts';
import type { IncomeEntry } from '../readiness/finances.ts';
import type { ReadinessSettings } from '../readiness/settings.ts';
import { desperationCheck, type DesperationCheck } from './desperation-check.ts';
import { assessFit, type FitAssessment } from './fit.ts';
import type { GutCheck } from './gut-check.ts';
import type { InterviewAnswers } from './interview.ts';
import { recommend, type RecommendationResult } from './recommendation.ts';
import type { VettingSettings } from './settings.ts';

export type VetProspectOptions = {
  profile: FreelancerProfile;
  answers: InterviewAnswers;
  gut: GutCheck;
  /** Income received (workspace currency), for the runway behind the desperation check. */
  income: readonly IncomeEntry[];
  now: Temporal.Instant;
  vettingSettings: VettingSettings;
  readinessSettings: ReadinessSettings;
};

export type Vetting = { fit: FitAssessment; recommendation: RecommendationResult; desperation: DesperationCheck };

/** The desperation check never changes the recommendation: it sits beside it, so the freelancer sees both. */
export function vetProspect(options: VetProspectOptions): Vetting {
  const { profile, answers, gut, income, now, vettingSettings, readinessSettings } = options;
  const fit = assessFit({ profile, answers, now, settings: vettingSettings });
  const today = now.toZonedDateTimeISO(profile.timeZone).toPlainDate();
  return {
    fit,
    recommendation: recommend(fit.dimensions, gut, vettingSettings),
    desperation: desperationCheck({ finances: profile.finances, income, today, settings: readinessSettings }),
  };
}
