// Hours of work on each day of the week as local wall-clock ranges (Mon 09:00–13:00 and 15:00–18:00), in no particular zone.
import { weekdays, type Weekday } from './weekdays.ts';

/** "HH:MM" on a 24-hour clock; "24:00" is allowed as an end, meaning midnight at the end of the day. */
export type ClockTime = string;

/** Half-open: work starts at `start` and stops at `end`, so 09:00–13:00 and 13:00–17:00 touch without overlapping. */
export type TimeRange = { start: ClockTime; end: ClockTime };

/** Every weekday is present; a day off has no ranges. Ranges never cross midnight: split them at 24:00 instead. */
export type WeeklyHours = Record<Weekday, TimeRange[]>;

export type WeeklyHoursProblem =
  | { kind: 'invalid_time'; day: Weekday; index: number }
  | { kind: 'empty_range'; day: Weekday; index: number }
  | { kind: 'overlapping_ranges'; day: Weekday; index: number };

const clockTimePattern = /^(\d{2}):(\d{2})$/;

/** Minutes after local midnight (0–1440), or null when the text is not a clock time. */
export function clockTimeToMinutes(time: ClockTime): number | null {
  const match = clockTimePattern.exec(time);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59) return null;
  if (hours === 24 && minutes === 0) return 24 * 60;
  if (hours > 23) return null;
  return hours * 60 + minutes;
}

export function emptyWeeklyHours(): WeeklyHours {
  return { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] };
}

/** The same ranges on each of the given days (a Monday-to-Friday 09:00–17:00 week in one call). */
export function sameHoursOn(days: readonly Weekday[], ranges: readonly TimeRange[]): WeeklyHours {
  const hours = emptyWeeklyHours();
  for (const day of days) hours[day] = ranges.map((range) => ({ ...range }));
  return hours;
}

/** Everything wrong with a week of hours, so a form can point at the exact range. Empty means valid. */
export function weeklyHoursProblems(hours: WeeklyHours): WeeklyHoursProblem[] {
  const problems: WeeklyHoursProblem[] = [];
  for (const day of weekdays) {
    const ranges = hours[day].map((range, index) => ({ index, start: clockTimeToMinutes(range.start), end: clockTimeToMinutes(range.end) }));
    const valid: { index: number; start: number; end: number }[] = [];
    for (const range of ranges) {
      // 24:00 only makes sense as an end; as a start it would be an empty range on the next day.
      if (range.start === null || range.end === null || range.start === 24 * 60) problems.push({ kind: 'invalid_time', day, index: range.index });
      else if (range.end <= range.start) problems.push({ kind: 'empty_range', day, index: range.index });
      else valid.push({ index: range.index, start: range.start, end: range.end });
    }
    valid.sort((a, b) => a.start - b.start);
    for (let i = 1; i < valid.length; i++) {
      const previous = valid[i - 1];
      const current = valid[i];
      if (previous && current && current.start < previous.end) problems.push({ kind: 'overlapping_ranges', day, index: current.index });
    }
  }
  return problems;
}

/** Days on which any work happens, Monday first. */
export function workingWeekdays(hours: WeeklyHours): Weekday[] {
  return weekdays.filter((day) => hours[day].length > 0);
}

/** Scheduled minutes in a week on the wall clock (a DST night does not change what the freelancer planned). */
export function weeklyMinutes(hours: WeeklyHours): number {
  let total = 0;
  for (const day of weekdays) {
    for (const range of hours[day]) {
      const start = clockTimeToMinutes(range.start);
      const end = clockTimeToMinutes(range.end);
      if (start !== null && end !== null && end > start) total += end - start;
    }
  }
  return total;
}
