// What is wrong with a profile beyond its shape (that is the API schema's job): rules that span fields, named by path.
import { Temporal } from 'temporal-polyfill';
import { isCurrencyCode } from '../money/currency.ts';
import { fundSides } from '../readiness/finances.ts';
import { isTimeZone } from '../time/time-zone.ts';
import { weeklyHoursProblems } from '../time/weekly-hours.ts';
import { normalizeLabel } from './labels.ts';
import type { FreelancerProfile } from './profile.ts';

export type ProfileProblemKind =
  | 'unknown_time_zone'
  | 'unknown_currency'
  | 'invalid_time'
  | 'empty_range'
  | 'overlapping_ranges'
  | 'not_a_count'
  | 'not_an_amount'
  | 'not_a_date'
  | 'listed_twice';

/** `path` uses dots and list indexes (`dreamBusiness.officeHours.weekly.monday.1`), so a form can point at the field. */
export type ProfileProblem = { path: string; kind: ProfileProblemKind };

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

function isAmount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function isCalendarDay(month: number, day: number): boolean {
  // 2024 is a leap year, so 29 February counts as a real birthday.
  try {
    Temporal.PlainDate.from({ year: 2024, month, day }, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/** Labels that appear in more than one of the given lists (a skill cannot be both a strength and a "don't want"). */
function labelsInSeveralLists(lists: Record<string, readonly string[]>): ProfileProblem[] {
  const firstSeen = new Map<string, string>();
  const problems: ProfileProblem[] = [];
  for (const [path, items] of Object.entries(lists)) {
    items.forEach((item, index) => {
      const label = normalizeLabel(item);
      const seenIn = firstSeen.get(label);
      if (seenIn === undefined) firstSeen.set(label, path);
      else problems.push({ path: `${path}.${index}`, kind: 'listed_twice' });
    });
  }
  return problems;
}

export function profileProblems(profile: FreelancerProfile): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  if (!isTimeZone(profile.timeZone)) problems.push({ path: 'timeZone', kind: 'unknown_time_zone' });
  if (!isCurrencyCode(profile.currency)) problems.push({ path: 'currency', kind: 'unknown_currency' });

  const { dreamBusiness, communication, idealClient, avoid, skills, finances } = profile;
  for (const problem of weeklyHoursProblems(dreamBusiness.officeHours.weekly)) {
    problems.push({ path: `dreamBusiness.officeHours.weekly.${problem.day}.${problem.index}`, kind: problem.kind });
  }
  dreamBusiness.blockedDays.forEach((blocked, index) => {
    if (blocked.kind === 'yearly' && !isCalendarDay(blocked.month, blocked.day)) problems.push({ path: `dreamBusiness.blockedDays.${index}`, kind: 'not_a_date' });
  });
  if (!isCount(dreamBusiness.travel.tripsPerYear)) problems.push({ path: 'dreamBusiness.travel.tripsPerYear', kind: 'not_a_count' });

  if (new Set(communication.channels.ranked).size !== communication.channels.ranked.length) problems.push({ path: 'communication.channels.ranked', kind: 'listed_twice' });
  if (!isCount(communication.calls.maxPerWeek)) problems.push({ path: 'communication.calls.maxPerWeek', kind: 'not_a_count' });
  // A reply window of zero would promise instant answers, which is exactly the habit Sana helps unlearn.
  if (!isCount(communication.replyWindow.amount) || communication.replyWindow.amount === 0) problems.push({ path: 'communication.replyWindow.amount', kind: 'not_a_count' });

  for (const [model, amount] of Object.entries(idealClient.budgetFloor.perModel)) {
    if (amount !== undefined && !isAmount(amount)) problems.push({ path: `idealClient.budgetFloor.perModel.${model}`, kind: 'not_an_amount' });
  }
  problems.push(...labelsInSeveralLists({ 'idealClient.workKinds': idealClient.workKinds, 'avoid.workKinds.items': avoid.workKinds.items }));
  problems.push(...labelsInSeveralLists({ 'skills.strengths': skills.strengths, 'skills.dontWant': skills.dontWant, 'skills.willingToLearn': skills.willingToLearn }));

  if (finances) {
    for (const side of fundSides) {
      if (!isAmount(finances.monthlyExpenses[side])) problems.push({ path: `finances.monthlyExpenses.${side}`, kind: 'not_an_amount' });
      if (!isAmount(finances.emergencyFunds[side])) problems.push({ path: `finances.emergencyFunds.${side}`, kind: 'not_an_amount' });
    }
  }
  return problems;
}
