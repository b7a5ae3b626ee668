// Fit: every interview answer compared with the profile, dimension by dimension, each with its reasons.
import type { Temporal } from 'temporal-polyfill';
import type { FreelancerProfile } from '../profile/profile.ts';
import type { DimensionFit } from './dimension-fit.ts';
import { fitAfterHours, fitCalls, fitChannels, fitReplyWindow } from './fit-communication.ts';
import { fitBlockedDays, fitHolidays, fitRush, fitTravel, fitWeekends } from './fit-days.ts';
import { fitBudget, fitPricingModel } from './fit-money.ts';
import type { FitStatus } from './fit-status.ts';
import { fitTimeZone, prospectOverlap } from './fit-time-zone.ts';
import { fitIndustry, fitRedFlags, fitSkills, fitWorkKinds } from './fit-work.ts';
import type { InterviewAnswers } from './interview.ts';
import type { VettingSettings } from './settings.ts';
import type { TimeZoneOverlap } from './time-zone-overlap.ts';

export type FitAssessment = {
  /** One entry per dimension, in the order of fitDimensions. */
  dimensions: DimensionFit[];
  /** Per-week shared hours behind the time_zone dimension, for a chart; null until their zone and hours are known. */
  timeZoneOverlap: TimeZoneOverlap | null;
  /** Dimensions per status. */
  counts: Record<FitStatus, number>;
};

export type AssessFitOptions = {
  profile: FreelancerProfile;
  answers: InterviewAnswers;
  now: Temporal.Instant;
  settings: VettingSettings;
};

export function countStatuses(dimensions: readonly { status: FitStatus }[]): Record<FitStatus, number> {
  const counts: Record<FitStatus, number> = { fits: 0, negotiable: 0, conflict: 0, unknown: 0 };
  for (const dimension of dimensions) counts[dimension.status] += 1;
  return counts;
}

export function assessFit({ profile, answers, now, settings }: AssessFitOptions): FitAssessment {
  const overlap = prospectOverlap(profile, answers, now, settings);
  const dimensions = [
    fitCalls(profile, answers),
    fitChannels(profile, answers),
    fitReplyWindow(profile, answers),
    fitAfterHours(profile, answers),
    fitWeekends(profile, answers),
    fitHolidays(profile, answers),
    fitBlockedDays(profile, answers),
    fitTravel(profile, answers),
    fitBudget(profile, answers),
    fitPricingModel(profile, answers),
    fitTimeZone(profile, overlap, settings),
    fitRush(profile, answers),
    fitWorkKinds(profile, answers),
    fitIndustry(profile, answers),
    fitSkills(profile, answers),
    fitRedFlags(profile, answers),
  ];
  return { dimensions, timeZoneOverlap: overlap, counts: countStatuses(dimensions) };
}
