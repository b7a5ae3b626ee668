// When a client got in touch, seen from the freelancer's wall clock: inside office hours, outside them, on a day off, or on a blocked day.
import type { Temporal } from 'temporal-polyfill';
import { weekdayOf } from '../time/weekdays.ts';
import { clockTimeToMinutes } from '../time/weekly-hours.ts';
import { blockedOn, isDayOff, localDateTime, type OfficeCalendar } from './office-calendar.ts';

/** Worst last: a blocked day protects a core value, so it outranks an ordinary day off. */
export const contactTimings = ['inside_hours', 'outside_hours', 'day_off', 'blocked_day'] as const;
export type ContactTiming = (typeof contactTimings)[number];

function isWithinRanges(wallTime: Temporal.PlainDateTime, calendar: OfficeCalendar): boolean {
  const minute = wallTime.hour * 60 + wallTime.minute;
  return calendar.weekly[weekdayOf(wallTime.toPlainDate())].some((range) => {
    const start = clockTimeToMinutes(range.start);
    const end = clockTimeToMinutes(range.end);
    // Half-open like the ranges themselves: a message at 18:00 sharp arrives after an 09:00–18:00 day has ended.
    return start !== null && end !== null && minute >= start && minute < end;
  });
}

/**
 * Classification by wall-clock time alone. Office hours are promised on the wall clock, so on the morning the clocks
 * change, 09:00 is still when work starts, whatever the offset from UTC.
 */
export function classifyWallTime(wallTime: Temporal.PlainDateTime, calendar: OfficeCalendar): ContactTiming {
  const date = wallTime.toPlainDate();
  if (blockedOn(date, calendar).length > 0) return 'blocked_day';
  if (isDayOff(date, calendar)) return 'day_off';
  return isWithinRanges(wallTime, calendar) ? 'inside_hours' : 'outside_hours';
}

export function classifyContactTime(instant: Temporal.Instant, calendar: OfficeCalendar): ContactTiming {
  return classifyWallTime(localDateTime(instant, calendar), calendar);
}
