// Fit on shared working time: the worst week's overlap of office hours, against a minimum per working day.
import type { Temporal } from 'temporal-polyfill';
import type { FreelancerProfile } from '../profile/profile.ts';
import { isTimeZone } from '../time/time-zone.ts';
import { weeklyHoursProblems, workingWeekdays } from '../time/weekly-hours.ts';
import { dimensionFit, finding, unanswered, type DimensionFit } from './dimension-fit.ts';
import { statusWhenCrossed } from './fit-status.ts';
import type { InterviewAnswers } from './interview.ts';
import { reason } from './reason.ts';
import type { VettingSettings } from './settings.ts';
import { timeZoneOverlap, type TimeZoneOverlap } from './time-zone-overlap.ts';

/** Hours with one decimal, rounded down, so the sentence never claims more shared time than there is. */
function hoursFromMinutes(minutes: number): number {
  return Math.floor(minutes / 6) / 10;
}

/** The overlap the fit is based on, or null while their zone or hours are missing or unusable. */
export function prospectOverlap(profile: FreelancerProfile, answers: InterviewAnswers, now: Temporal.Instant, settings: VettingSettings): TimeZoneOverlap | null {
  const { timeZone, workingHours } = answers;
  if (timeZone === null || workingHours === null || !isTimeZone(timeZone) || !isTimeZone(profile.timeZone)) return null;
  if (workingWeekdays(workingHours).length === 0 || weeklyHoursProblems(workingHours).length > 0) return null;
  return timeZoneOverlap({ timeZone: profile.timeZone, hours: profile.dreamBusiness.officeHours.weekly }, { timeZone, hours: workingHours }, now, settings.overlapWeeks);
}

/** The minimum is per day the freelancer works (2 h × 5 office days = 10 h a week by default); office hours' flexibility decides. */
export function fitTimeZone(profile: FreelancerProfile, overlap: TimeZoneOverlap | null, settings: VettingSettings): DimensionFit {
  if (overlap === null) return unanswered('time_zone');
  const thresholdMinutes = settings.minOverlapHoursPerWorkday * 60 * workingWeekdays(profile.dreamBusiness.officeHours.weekly).length;
  const params = { minimumHours: hoursFromMinutes(overlap.minimum.minutes), thresholdHours: thresholdMinutes / 60 };
  if (overlap.minimum.minutes < thresholdMinutes) {
    return dimensionFit('time_zone', [finding(statusWhenCrossed(profile.dreamBusiness.officeHours.flexibility), reason('vetting.reason.overlapBelowThreshold', params))]);
  }
  return dimensionFit('time_zone', [finding('fits', reason('vetting.reason.overlapEnough', params))]);
}
