// The freelancer's coming week of office hours, each range shown on both wall clocks: theirs and the client's (DST-correct).
import { Temporal } from 'temporal-polyfill';
import { blockedOn, isDayOff, type OfficeCalendar } from '../boundaries/office-calendar.ts';
import { isWeekendDay, weekdayOf, type Weekday } from '../time/weekdays.ts';
import { workingIntervals } from '../time/zoned-intervals.ts';

/** A wall-clock moment: local date (YYYY-MM-DD) and time (HH:MM) in one zone. */
export type WallClock = { date: string; time: string };

/** One office-hours range as the same instants read on the freelancer's clock and on the client's. */
export type SharedRange = {
  startsAt: string;
  endsAt: string;
  freelancer: { start: WallClock; end: WallClock };
  client: { start: WallClock; end: WallClock };
};

/**
 * A day of the freelancer's week. Why a day is unavailable is deliberately absent: a blocked day's core value
 * and label ("faith", "Leo's birthday") are the freelancer's own business, so the client only learns the day is out.
 */
export type OfficeDay =
  | { date: string; weekday: Weekday; status: 'working'; ranges: SharedRange[] }
  | { date: string; weekday: Weekday; status: 'day_off'; reason: 'weekend' | 'holiday' | 'no_hours' }
  | { date: string; weekday: Weekday; status: 'unavailable' };

function wallClock(epochMilliseconds: number, timeZone: string): WallClock {
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMilliseconds).toZonedDateTimeISO(timeZone);
  return { date: zoned.toPlainDate().toString(), time: zoned.toPlainTime().toString({ smallestUnit: 'minute' }) };
}

/** The freelancer's 24:00 reads as the next day's 00:00, which is what a clock shows; the range is still the same day's. */
function sharedRange(interval: { start: number; end: number }, freelancerZone: string, clientZone: string): SharedRange {
  return {
    startsAt: Temporal.Instant.fromEpochMilliseconds(interval.start).toString(),
    endsAt: Temporal.Instant.fromEpochMilliseconds(interval.end).toString(),
    freelancer: { start: wallClock(interval.start, freelancerZone), end: wallClock(interval.end, freelancerZone) },
    client: { start: wallClock(interval.start, clientZone), end: wallClock(interval.end, clientZone) },
  };
}

function dayOffReason(date: Temporal.PlainDate, calendar: OfficeCalendar): 'weekend' | 'holiday' | 'no_hours' {
  const weekday = weekdayOf(date);
  if (calendar.isWeekendOff && isWeekendDay(weekday)) return 'weekend';
  if (calendar.weekly[weekday].length === 0) return 'no_hours';
  return 'holiday';
}

/** `days` local dates in the freelancer's zone, starting with the one `now` falls on. */
export function officeWeek(calendar: OfficeCalendar, clientTimeZone: string, now: Temporal.Instant, days = 7): OfficeDay[] {
  const today = now.toZonedDateTimeISO(calendar.timeZone).toPlainDate();
  const week: OfficeDay[] = [];
  for (let offset = 0; offset < days; offset++) {
    const date = today.add({ days: offset });
    const base = { date: date.toString(), weekday: weekdayOf(date) };
    if (isDayOff(date, calendar)) week.push({ ...base, status: 'day_off', reason: dayOffReason(date, calendar) });
    else if (blockedOn(date, calendar).length > 0) week.push({ ...base, status: 'unavailable' });
    else {
      const ranges = workingIntervals(calendar.weekly, calendar.timeZone, date, date).map((interval) => sharedRange(interval, calendar.timeZone, clientTimeZone));
      week.push({ ...base, status: 'working', ranges });
    }
  }
  return week;
}
