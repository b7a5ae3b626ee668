// Weekly hours placed on real dates in a real time zone, as instants, so overlaps and DST shifts are exact.
import { Temporal } from 'temporal-polyfill';
import { weekdayOf } from './weekdays.ts';
import { clockTimeToMinutes, type WeeklyHours } from './weekly-hours.ts';

/** Half-open span of time in epoch milliseconds: [start, end). */
export type Interval = { start: number; end: number };

function instantAt(date: Temporal.PlainDate, minutes: number, timeZone: string): number {
  // 24:00 is the next day's midnight; Temporal's PlainTime stops at 23:59.
  const day = minutes >= 24 * 60 ? date.add({ days: 1 }) : date;
  const rest = minutes >= 24 * 60 ? minutes - 24 * 60 : minutes;
  const plainTime = new Temporal.PlainTime(Math.floor(rest / 60), rest % 60);
  // 'compatible' (Temporal's default): a start inside the spring-forward gap moves later, as a wall clock would.
  return day.toZonedDateTime({ timeZone, plainTime }).epochMilliseconds;
}

/**
 * The working intervals on every local date from `firstDate` to `lastDate` (both included) in `timeZone`.
 * Invalid or empty ranges are skipped: validation is weeklyHoursProblems' job, not this one's.
 */
export function workingIntervals(hours: WeeklyHours, timeZone: string, firstDate: Temporal.PlainDate, lastDate: Temporal.PlainDate): Interval[] {
  const intervals: Interval[] = [];
  for (let date = firstDate; Temporal.PlainDate.compare(date, lastDate) <= 0; date = date.add({ days: 1 })) {
    for (const range of hours[weekdayOf(date)]) {
      const start = clockTimeToMinutes(range.start);
      const end = clockTimeToMinutes(range.end);
      if (start === null || end === null || end <= start || start >= 24 * 60) continue;
      const interval = { start: instantAt(date, start, timeZone), end: instantAt(date, end, timeZone) };
      if (interval.end > interval.start) intervals.push(interval);
    }
  }
  return intervals;
}

/** The same time as a sorted list without overlaps: overlapping or touching intervals become one. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** When both sides are working: the intersection of two sets of intervals, sorted (one pass over both lists). */
export function intersectIntervals(ours: readonly Interval[], theirs: readonly Interval[]): Interval[] {
  const a = mergeIntervals(ours);
  const b = mergeIntervals(theirs);
  const shared: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) shared.push({ start, end });
    // Move past whichever interval finishes first; the other may still meet the next one.
    if (x.end < y.end) i++;
    else j++;
  }
  return shared;
}

/** Milliseconds of `intervals` that fall inside `window`. */
export function millisecondsWithin(intervals: readonly Interval[], window: Interval): number {
  let total = 0;
  for (const interval of intervals) {
    const start = Math.max(interval.start, window.start);
    const end = Math.min(interval.end, window.end);
    if (end > start) total += end - start;
  }
  return total;
}

/** Milliseconds during which both sides are working, within `window`. */
export function overlapMilliseconds(ours: readonly Interval[], theirs: readonly Interval[], window: Interval): number {
  return millisecondsWithin(intersectIntervals(ours, theirs), window);
}
