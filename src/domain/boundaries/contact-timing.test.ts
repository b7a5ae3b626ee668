import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { madridWriter } from '../health/test-support.ts';
import { emptyWeeklyHours, sameHoursOn, type WeeklyHours } from '../time/weekly-hours.ts';
import { weekdays } from '../time/weekdays.ts';
import { classifyContactTime, classifyWallTime } from './contact-timing.ts';
import { officeCalendar, type OfficeCalendar } from './office-calendar.ts';

const madrid = officeCalendar(madridWriter(), ['2026-12-08']);
const instant = (text: string) => Temporal.Instant.from(text);
const inZone = (wall: string, zone: string, disambiguation: 'earlier' | 'later' = 'earlier') =>
  Temporal.PlainDateTime.from(wall).toZonedDateTime(zone, { disambiguation }).toInstant();

/** A freelancer who works every day of the week, weekends and holidays included, with one range a day. */
function everyDay(timeZone: string, start: string, end: string): OfficeCalendar {
  return { timeZone, weekly: sameHoursOn(weekdays, [{ start, end }]), isWeekendOff: false, isPublicHolidayOff: false, publicHolidays: [], blockedDays: [] };
}

describe('when a client got in touch, on the freelancer’s wall clock', () => {
  it('a Monday-morning email in Madrid arrives inside office hours; lunch and 18:00 sharp are outside them', () => {
    expect(classifyContactTime(inZone('2026-02-02T10:15', 'Europe/Madrid'), madrid)).toBe('inside_hours');
    expect(classifyContactTime(inZone('2026-02-02T13:30', 'Europe/Madrid'), madrid)).toBe('outside_hours');
    expect(classifyContactTime(inZone('2026-02-02T18:00', 'Europe/Madrid'), madrid)).toBe('outside_hours');
    expect(classifyContactTime(inZone('2026-02-02T17:59', 'Europe/Madrid'), madrid)).toBe('inside_hours');
  });

  it('a Saturday is a day off; a Sunday, blocked for faith, is a blocked day, which outranks a day off', () => {
    expect(classifyContactTime(inZone('2026-02-07T11:00', 'Europe/Madrid'), madrid)).toBe('day_off');
    expect(classifyContactTime(inZone('2026-02-08T11:00', 'Europe/Madrid'), madrid)).toBe('blocked_day');
  });

  it('a birthday that falls on a weekday is blocked all day, even during what would be office hours', () => {
    expect(classifyContactTime(inZone('2026-05-14T10:00', 'Europe/Madrid'), madrid)).toBe('blocked_day');
  });

  it('a public holiday is a day off when the freelancer takes holidays off, and a working day when they do not', () => {
    expect(classifyContactTime(inZone('2026-12-08T10:00', 'Europe/Madrid'), madrid)).toBe('day_off');
    expect(classifyContactTime(inZone('2026-12-08T10:00', 'Europe/Madrid'), { ...madrid, isPublicHolidayOff: false })).toBe('inside_hours');
  });

  it('with weekends ticked off, hours left on a Saturday do not make it a working day', () => {
    const weekly: WeeklyHours = { ...emptyWeeklyHours(), saturday: [{ start: '09:00', end: '12:00' }] };
    expect(classifyContactTime(inZone('2026-02-07T10:00', 'Europe/Madrid'), { ...madrid, weekly, isWeekendOff: true })).toBe('day_off');
    expect(classifyContactTime(inZone('2026-02-07T10:00', 'Europe/Madrid'), { ...madrid, weekly, isWeekendOff: false, blockedDays: [] })).toBe('inside_hours');
  });

  it('the same UTC time is outside hours the Monday before Madrid springs forward and inside them the Monday after', () => {
    expect(classifyContactTime(instant('2026-03-23T07:30:00Z'), madrid)).toBe('outside_hours'); // 08:30 in Madrid (UTC+1)
    expect(classifyContactTime(instant('2026-03-30T07:30:00Z'), madrid)).toBe('inside_hours'); // 09:30 in Madrid (UTC+2)
  });

  it('a Sunday-night message in Los Angeles is a Sunday contact, even though it is already Monday in UTC', () => {
    const la = { ...everyDay('America/Los_Angeles', '09:00', '17:00'), isWeekendOff: true };
    expect(classifyContactTime(instant('2026-02-09T05:00:00Z'), la)).toBe('day_off'); // Sunday 21:00 in LA
  });

  describe('on the days the clocks change', () => {
    const cases = [
      ['Europe/Madrid', '2026-03-29'],
      ['Europe/Madrid', '2026-10-25'],
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
      ['America/Los_Angeles', '2026-03-08'],
      ['America/Los_Angeles', '2026-11-01'],
    ] as const;

    it.each(cases)('in %s on %s, a minute before 09:00 is outside hours and 09:00 itself is inside', (zone, date) => {
      const calendar = everyDay(zone, '09:00', '17:00');
      const start = inZone(`${date}T09:00`, zone);
      expect(classifyContactTime(start.subtract({ minutes: 1 }), calendar)).toBe('outside_hours');
      expect(classifyContactTime(start, calendar)).toBe('inside_hours');
      expect(classifyContactTime(start.add({ minutes: 1 }), calendar)).toBe('inside_hours');
    });

    it('hours that start inside the skipped hour begin when the clock jumps: 01:59 is outside, the next minute (03:00) is inside', () => {
      const calendar = everyDay('America/New_York', '02:30', '06:00');
      const lastMinuteBefore = inZone('2026-03-08T01:59', 'America/New_York');
      expect(classifyContactTime(lastMinuteBefore, calendar)).toBe('outside_hours');
      expect(classifyContactTime(lastMinuteBefore.add({ minutes: 1 }), calendar)).toBe('inside_hours');
    });

    it('hours that start inside the repeated hour start on both passes of the clock', () => {
      const calendar = everyDay('Europe/Madrid', '02:30', '06:00');
      for (const pass of ['earlier', 'later'] as const) {
        const start = inZone('2026-10-25T02:30', 'Europe/Madrid', pass);
        expect(classifyContactTime(start.subtract({ minutes: 1 }), calendar), pass).toBe('outside_hours');
        expect(classifyContactTime(start.add({ minutes: 1 }), calendar), pass).toBe('inside_hours');
      }
    });

    it('hours that start at the last minute of the repeated hour follow the wall clock: inside at the first 02:59, outside when it turns back to 02:00, inside again at the second 02:59', () => {
      const calendar = everyDay('Europe/Madrid', '02:59', '06:00');
      const first = inZone('2026-10-25T02:59', 'Europe/Madrid', 'earlier');
      expect(classifyContactTime(first, calendar)).toBe('inside_hours');
      expect(classifyContactTime(first.add({ minutes: 1 }), calendar)).toBe('outside_hours');
      expect(classifyContactTime(inZone('2026-10-25T02:59', 'Europe/Madrid', 'later'), calendar)).toBe('inside_hours');
    });
  });
});

const zones = ['Europe/Madrid', 'America/New_York', 'America/Los_Angeles'] as const;

/** Every DST change date of a zone from 2020 to 2035, as the local date of the transition. */
function transitionDates(zone: string): Temporal.PlainDate[] {
  const dates: Temporal.PlainDate[] = [];
  let moment: Temporal.ZonedDateTime | null = Temporal.ZonedDateTime.from({ timeZone: zone, year: 2020, month: 1, day: 1 });
  while (moment && moment.year < 2036) {
    moment = moment.getTimeZoneTransition('next');
    if (moment && moment.year < 2036) dates.push(moment.toPlainDate());
  }
  return dates;
}

const transitions = zones.flatMap((zone) => transitionDates(zone).map((date) => ({ zone, date })));
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

describe('properties across DST changes in Madrid, New York and Los Angeles, 2020–2035', () => {
  it('covers every change: two a year in each zone', () => {
    expect(transitions).toHaveLength(3 * 16 * 2);
  });

  it('on a DST-change day, an instant a minute before office hours start is outside them and a minute after is inside', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...transitions),
        fc.integer({ min: 1, max: 22 * 60 }),
        fc.integer({ min: 60, max: 8 * 60 }),
        ({ zone, date }, startMinutes, length) => {
          const endMinutes = Math.min(startMinutes + length, 24 * 60);
          const calendar = everyDay(zone, clock(startMinutes), clock(endMinutes));
          const wall = date.toPlainDateTime(Temporal.PlainTime.from(clock(startMinutes)));
          // Office hours start the first time the wall clock shows the start time (the earlier pass of a repeated hour).
          const start = wall.toZonedDateTime(zone, { disambiguation: 'earlier' });
          // A start inside the skipped hour has no instant of its own; the explicit example above covers it.
          fc.pre(start.toPlainDateTime().equals(wall));
          // Two wall-clock edge cases where "a minute later" leaves the range by design: hours like 01:59–02:59 on the
          // spring-forward night last one real minute (the next is 03:00), and a start at 02:59 on the fall-back night is
          // followed by 02:00 again, before the start. Both are covered by the explicit examples above.
          const minuteAfter = start.add({ minutes: 1 }).toPlainDateTime();
          fc.pre(Temporal.PlainDateTime.compare(minuteAfter, wall) > 0);
          fc.pre(minuteAfter.toPlainDate().equals(date) && minuteAfter.hour * 60 + minuteAfter.minute < endMinutes);
          expect(classifyContactTime(start.toInstant().subtract({ minutes: 1 }), calendar)).toBe('outside_hours');
          expect(classifyContactTime(start.toInstant().add({ minutes: 1 }), calendar)).toBe('inside_hours');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('classification depends only on the local wall time: a wall time in any of the three zones classifies like the same wall time in UTC', () => {
    const weeklyHours = fc.constantFrom(
      madridWriter().dreamBusiness.officeHours.weekly,
      sameHoursOn(weekdays, [{ start: '01:30', end: '03:30' }, { start: '08:00', end: '20:00' }]),
      sameHoursOn(['saturday', 'sunday'], [{ start: '00:00', end: '24:00' }]),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...transitions.map((t) => t.date)),
        fc.integer({ min: -1, max: 1 }),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        weeklyHours,
        fc.boolean(),
        (zone, changeDate, dayShift, minutes, weekly, isWeekendOff) => {
          const wall = changeDate.add({ days: dayShift }).toPlainDateTime(Temporal.PlainTime.from(clock(minutes)));
          const zoned = wall.toZonedDateTime(zone);
          fc.pre(zoned.toPlainDateTime().equals(wall));
          const calendar: OfficeCalendar = { ...madrid, timeZone: zone, weekly, isWeekendOff };
          const expected = classifyContactTime(wall.toZonedDateTime('UTC').toInstant(), { ...calendar, timeZone: 'UTC' });
          expect(classifyContactTime(zoned.toInstant(), calendar)).toBe(expected);
          expect(classifyWallTime(wall, calendar)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
