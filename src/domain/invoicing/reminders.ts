// Automatic, impersonal payment reminders: a schedule of days around the due date, stopped by payment, paused by a promise.
import { addDays, dayNumber } from './local-dates.ts';
import type { DateRange } from './late-fees.ts';

/** Days relative to the due date: 3 before, on the day, then 3, 7, 14 and 30 days late. */
export const defaultReminderDays = [-3, 0, 3, 7, 14, 30] as const;

/** The unique key of a step: "d-3", "d0", "d+7". A step is sent at most once per invoice. */
export function reminderStepKey(offsetDays: number): string {
  return offsetDays > 0 ? `d+${offsetDays}` : `d${offsetDays}`;
}

export type ReminderFacts = {
  dueOn: string;
  today: string;
  balance: number;
  /** Steps already recorded for this invoice (sent or passed over). */
  recordedSteps: ReadonlySet<string>;
  /** A promise to pay covering today pauses reminders. */
  pausedRanges: readonly DateRange[];
};

export type ReminderDecision =
  | { action: 'none'; reason: 'paid' | 'paused' | 'not_yet' | 'already_sent' }
  /** Send `step`; `passedOver` are earlier steps that fell due while the job was not running or a promise ran: recorded, not sent, so the client gets one notice, not a pile. */
  | { action: 'send'; step: string; offsetDays: number; passedOver: string[] };

export function isValidSchedule(days: readonly number[]): boolean {
  return days.length >= 1 && days.length <= 12 && days.every((d) => Number.isInteger(d) && d >= -60 && d <= 365) && new Set(days).size === days.length;
}

export function reminderDue(schedule: readonly number[], facts: ReminderFacts): ReminderDecision {
  if (facts.balance <= 0) return { action: 'none', reason: 'paid' };
  const today = dayNumber(facts.today);
  if (facts.pausedRanges.some((range) => dayNumber(range.from) <= today && today <= dayNumber(range.to))) return { action: 'none', reason: 'paused' };
  const due = [...schedule].sort((a, b) => a - b).filter((offset) => dayNumber(addDays(facts.dueOn, offset)) <= today);
  if (due.length === 0) return { action: 'none', reason: 'not_yet' };
  const latest = due[due.length - 1] as number;
  const step = reminderStepKey(latest);
  if (facts.recordedSteps.has(step)) return { action: 'none', reason: 'already_sent' };
  const passedOver = due.slice(0, -1).map(reminderStepKey).filter((key) => !facts.recordedSteps.has(key));
  return { action: 'send', step, offsetDays: latest, passedOver };
}
