// Days blocked by a non-negotiable, each tied to the core value it protects: every Sunday (faith), a child's birthday (family).
import type { Temporal } from 'temporal-polyfill';
import { weekdayOf, type Weekday } from '../time/weekdays.ts';

/**
 * `coreValue` is the freelancer's own word for why ("faith", "family"); `label` names the day ("Leo's birthday").
 * Blocked days carry no flexibility: by definition they are non-negotiable.
 */
export type BlockedDay =
  | { kind: 'weekly'; weekday: Weekday; coreValue: string; label: string }
  | { kind: 'yearly'; month: number; day: number; coreValue: string; label: string };

function isLeapDayBirthdayInCommonYear(blocked: { month: number; day: number }, date: Temporal.PlainDate): boolean {
  // Someone born on 29 February still has a birthday in common years; it is kept on 28 February.
  return blocked.month === 2 && blocked.day === 29 && !date.inLeapYear && date.month === 2 && date.day === 28;
}

export function isBlockedOn(blocked: BlockedDay, date: Temporal.PlainDate): boolean {
  switch (blocked.kind) {
    case 'weekly':
      return weekdayOf(date) === blocked.weekday;
    case 'yearly':
      return (date.month === blocked.month && date.day === blocked.day) || isLeapDayBirthdayInCommonYear(blocked, date);
  }
}

/** Every blocked day that falls on `date` (a birthday can fall on a blocked Sunday: both are reported). */
export function blockedDaysOn(blockedDays: readonly BlockedDay[], date: Temporal.PlainDate): BlockedDay[] {
  return blockedDays.filter((blocked) => isBlockedOn(blocked, date));
}
