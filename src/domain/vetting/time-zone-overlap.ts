// Hours a week when both the freelancer and the prospect are working, per real week ahead, so DST changes show up.
import { Temporal } from 'temporal-polyfill';
import type { WeeklyHours } from '../time/weekly-hours.ts';
import { intersectIntervals, millisecondsWithin, workingIntervals, type Interval } from '../time/zoned-intervals.ts';

export type WorkingWeek = { timeZone: string; hours: WeeklyHours };

/** `weekStart` is the first local date of the week in the freelancer's zone; `minutes` are rounded down. */
export type WeekOverlap = { weekStart: string; minutes: number };

export type TimeZoneOverlap = {
  weeks: WeekOverlap[];
  /** The worst week: what the relationship has to live with. The earliest such week is named. */
  minimum: WeekOverlap;
};

function startOfDay(date: Temporal.PlainDate, timeZone: string): number {
  // Not always 00:00: a few zones skip midnight on their DST day, and Temporal picks the first real instant.
  return date.toZonedDateTime({ timeZone }).epochMilliseconds;
}

function dateIn(epochMilliseconds: number, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(epochMilliseconds).toZonedDateTimeISO(timeZone).toPlainDate();
}

/**
 * Week k covers seven whole local days in the freelancer's zone, starting on the date of `now` plus 7k days.
 * Whole days keep every week made of the same seven weekdays, so weeks can be compared with each other.
 * Each side's hours are placed on its own local dates (Temporal, per actual date), so a DST change in one zone
 * and not yet in the other changes that week's overlap.
 */
export function timeZoneOverlap(ours: WorkingWeek, theirs: WorkingWeek, now: Temporal.Instant, weekCount: number): TimeZoneOverlap {
  const firstDate = now.toZonedDateTimeISO(ours.timeZone).toPlainDate();
  const horizonStart = startOfDay(firstDate, ours.timeZone);
  const windows: { weekStart: Temporal.PlainDate; window: Interval }[] = [];
  let windowStart = horizonStart;
  for (let week = 0; week < Math.max(1, weekCount); week++) {
    const weekStart = firstDate.add({ days: 7 * week });
    const windowEnd = startOfDay(weekStart.add({ days: 7 }), ours.timeZone);
    windows.push({ weekStart, window: { start: windowStart, end: windowEnd } });
    windowStart = windowEnd;
  }
  const horizonEnd = windowStart;
  const lastDate = firstDate.add({ days: 7 * windows.length - 1 });

  const ourIntervals = workingIntervals(ours.hours, ours.timeZone, firstDate, lastDate);
  // Their local dates that can touch the horizon: from the date it starts on, there, to the date it ends on.
  const theirIntervals = workingIntervals(theirs.hours, theirs.timeZone, dateIn(horizonStart, theirs.timeZone), dateIn(horizonEnd, theirs.timeZone));
  const shared = intersectIntervals(ourIntervals, theirIntervals);

  const weeks = windows.map(({ weekStart, window }) => ({ weekStart: weekStart.toString(), minutes: Math.floor(millisecondsWithin(shared, window) / 60_000) }));
  const minimum = weeks.reduce((worst, week) => (week.minutes < worst.minutes ? week : worst));
  return { weeks, minimum };
}
