// Fit on when work happens: weekends, public holidays, blocked days, travel and rush work.
import { Temporal } from 'temporal-polyfill';
import { blockedDaysOn } from '../profile/blocked-days.ts';
import type { FreelancerProfile } from '../profile/profile.ts';
import { isMoreFrequentRush } from '../profile/rush-frequency.ts';
import { isWeekendDay } from '../time/weekdays.ts';
import { dimensionFit, finding, unanswered, type DimensionFit, type FitFinding } from './dimension-fit.ts';
import { statusWhenCrossed } from './fit-status.ts';
import type { InterviewAnswers } from './interview.ts';
import { reason } from './reason.ts';

export function fitWeekends(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  if (answers.expectsWeekendWork === null) return unanswered('weekends');
  const { isOff, flexibility } = profile.dreamBusiness.weekends;
  if (!answers.expectsWeekendWork) return dimensionFit('weekends', [finding('fits', reason('vetting.reason.weekendsOffBoth', {}))]);
  if (isOff) return dimensionFit('weekends', [finding(statusWhenCrossed(flexibility), reason('vetting.reason.weekendWorkExpected', {}))]);
  return dimensionFit('weekends', [finding('fits', reason('vetting.reason.weekendWorkAccepted', {}))]);
}

export function fitHolidays(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  if (answers.expectsHolidayWork === null) return unanswered('holidays');
  const { isOff, flexibility } = profile.dreamBusiness.publicHolidays;
  if (!answers.expectsHolidayWork) return dimensionFit('holidays', [finding('fits', reason('vetting.reason.holidaysOffBoth', {}))]);
  if (isOff) return dimensionFit('holidays', [finding(statusWhenCrossed(flexibility), reason('vetting.reason.holidayWorkExpected', {}))]);
  return dimensionFit('holidays', [finding('fits', reason('vetting.reason.holidayWorkAccepted', {}))]);
}

function parseDate(text: string): Temporal.PlainDate | null {
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' });
  } catch {
    return null;
  }
}

/**
 * Blocked days are non-negotiable by definition, so touching one is always a conflict. A weekly blocked day is
 * touched when they expect weekend work and it is a weekend day, or when they work that weekday and expect
 * replies outside office hours. If they work that day but accept office-hours replies, it fits: say so up front.
 */
export function fitBlockedDays(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  const blockedDays = profile.dreamBusiness.blockedDays;
  if (blockedDays.length === 0) return dimensionFit('blocked_days', [finding('fits', reason('vetting.reason.noBlockedDays', {}))]);
  const findings: FitFinding[] = [];
  let isMissingAnswers = false;
  for (const blocked of blockedDays) {
    if (blocked.kind !== 'weekly') continue;
    const params = { weekday: blocked.weekday, value: blocked.coreValue };
    if (isWeekendDay(blocked.weekday)) {
      if (answers.expectsWeekendWork === null) isMissingAnswers = true;
      else if (answers.expectsWeekendWork) {
        findings.push(finding('conflict', reason('vetting.reason.blockedWeekdayExpected', params)));
        continue;
      }
    }
    const isTheirWorkday = (answers.workingHours?.[blocked.weekday].length ?? 0) > 0;
    if (!isTheirWorkday) continue;
    if (answers.expectsRepliesOutsideOfficeHours === true) findings.push(finding('conflict', reason('vetting.reason.blockedWeekdayExpected', params)));
    else findings.push(finding('fits', reason('vetting.reason.blockedWeekdayToMention', params)));
  }
  for (const text of answers.keyDates) {
    const date = parseDate(text);
    if (!date) continue;
    for (const blocked of blockedDaysOn(blockedDays, date)) {
      findings.push(finding('conflict', reason('vetting.reason.keyDateBlocked', { month: date.month, day: date.day, value: blocked.coreValue })));
    }
  }
  if (findings.length === 0 && isMissingAnswers) return unanswered('blocked_days');
  if (findings.length === 0) findings.push(finding('fits', reason('vetting.reason.blockedDaysClear', {})));
  return dimensionFit('blocked_days', findings);
}

export function fitTravel(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  const expected = answers.tripsPerYear;
  if (expected === null) return unanswered('travel');
  if (expected === 0) return dimensionFit('travel', [finding('fits', reason('vetting.reason.noTravelNeeded', {}))]);
  const { tripsPerYear: limit, flexibility } = profile.dreamBusiness.travel;
  if (expected > limit) return dimensionFit('travel', [finding(statusWhenCrossed(flexibility), reason('vetting.reason.tripsOverLimit', { expected, limit }))]);
  return dimensionFit('travel', [finding('fits', reason('vetting.reason.tripsWithinLimit', { expected, limit }))]);
}

export function fitRush(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  const needed = answers.rushFrequency;
  if (needed === null) return unanswered('rush');
  if (needed === 'never') return dimensionFit('rush', [finding('fits', reason('vetting.reason.rushNeverNeeded', {}))]);
  const { acceptedAtMost, flexibility } = profile.communication.rushWork;
  if (!isMoreFrequentRush(needed, acceptedAtMost)) return dimensionFit('rush', [finding('fits', reason('vetting.reason.rushWithinAccepted', { needed, acceptedAtMost }))]);
  const why = acceptedAtMost === 'never' ? reason('vetting.reason.rushNotTaken', { needed }) : reason('vetting.reason.rushMoreThanAccepted', { needed, acceptedAtMost });
  return dimensionFit('rush', [finding(statusWhenCrossed(flexibility), why)]);
}
