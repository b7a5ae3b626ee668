// The freelancer's non-negotiables, worded as what the two of them agree to, never as private reasons.
import type { ContactChannel } from '../events/event-types.ts';
import { isNonNegotiable, type Flexible } from '../profile/flexibility.ts';
import type { FreelancerProfile } from '../profile/profile.ts';
import type { ReplyWindowUnit } from '../profile/reply-window.ts';
import type { RushFrequency } from '../profile/rush-frequency.ts';

export type Agreement =
  | { kind: 'office_hours' }
  | { kind: 'weekends_off' }
  | { kind: 'holidays_off' }
  | { kind: 'blocked_days' }
  | { kind: 'channels'; channels: ContactChannel[] }
  | { kind: 'calls'; maxPerWeek: number }
  | { kind: 'reply_window'; amount: number; unit: ReplyWindowUnit }
  | { kind: 'rush_work'; acceptedAtMost: RushFrequency }
  | { kind: 'travel'; tripsPerYear: number };

export const agreementKinds = ['office_hours', 'weekends_off', 'holidays_off', 'blocked_days', 'channels', 'calls', 'reply_window', 'rush_work', 'travel'] as const satisfies readonly Agreement['kind'][];

/**
 * Only preferences marked non-negotiable become agreements; the rest are shown as how things usually go.
 * "Weekends: I work them" is not something to agree to, so a day-off rule counts only when the day is off.
 * Blocked days carry no flexibility (they are non-negotiable by definition); only their existence is shared.
 */
export function agreementsFrom(profile: FreelancerProfile): Agreement[] {
  const { dreamBusiness, communication } = profile;
  const isFirm = (preference: Flexible) => isNonNegotiable(preference.flexibility);
  const agreements: Agreement[] = [];
  if (isFirm(dreamBusiness.officeHours)) agreements.push({ kind: 'office_hours' });
  if (isFirm(dreamBusiness.weekends) && dreamBusiness.weekends.isOff) agreements.push({ kind: 'weekends_off' });
  if (isFirm(dreamBusiness.publicHolidays) && dreamBusiness.publicHolidays.isOff) agreements.push({ kind: 'holidays_off' });
  if (dreamBusiness.blockedDays.length > 0) agreements.push({ kind: 'blocked_days' });
  if (isFirm(communication.channels)) agreements.push({ kind: 'channels', channels: [...communication.channels.ranked] });
  if (isFirm(communication.calls)) agreements.push({ kind: 'calls', maxPerWeek: communication.calls.maxPerWeek });
  if (isFirm(communication.replyWindow)) agreements.push({ kind: 'reply_window', amount: communication.replyWindow.amount, unit: communication.replyWindow.unit });
  if (isFirm(communication.rushWork)) agreements.push({ kind: 'rush_work', acceptedAtMost: communication.rushWork.acceptedAtMost });
  if (isFirm(dreamBusiness.travel)) agreements.push({ kind: 'travel', tripsPerYear: dreamBusiness.travel.tripsPerYear });
  return agreements;
}
