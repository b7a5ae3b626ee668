import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { weekdays } from '../time/weekdays.ts';
import { sameHoursOn, type WeeklyHours } from '../time/weekly-hours.ts';
import { timeZoneOverlap, type WorkingWeek } from './time-zone-overlap.ts';

const monToFri = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const nineToFive = sameHoursOn(monToFri, [{ start: '09:00', end: '17:00' }]);
const madrid: WorkingWeek = { timeZone: 'Europe/Madrid', hours: nineToFive };
const newYork: WorkingWeek = { timeZone: 'America/New_York', hours: nineToFive };

function hoursPerWeek(ours: WorkingWeek, theirs: WorkingWeek, now: string, weeks: number): number[] {
  return timeZoneOverlap(ours, theirs, Temporal.Instant.from(now), weeks).weeks.map((w) => w.minutes / 60);
}

describe('time-zone overlap, DST-correct per actual date', () => {
  it('Madrid and New York share 2 h a day, and 3 h in the weeks when only the US has moved its clocks (March 2026)', () => {
    // US clocks move on 8 March, Spain's on 29 March: for three weeks the gap is 5 hours instead of 6.
    const overlap = timeZoneOverlap(madrid, newYork, Temporal.Instant.from('2026-03-02T08:00:00Z'), 5);
    expect(overlap.weeks).toEqual([
      { weekStart: '2026-03-02', minutes: 10 * 60 },
      { weekStart: '2026-03-09', minutes: 15 * 60 },
      { weekStart: '2026-03-16', minutes: 15 * 60 },
      { weekStart: '2026-03-23', minutes: 15 * 60 },
      { weekStart: '2026-03-30', minutes: 10 * 60 },
    ]);
    expect(overlap.minimum).toEqual({ weekStart: '2026-03-02', minutes: 600 });
  });

  it('in autumn the mismatch is the single week between Spain (25 October) and the US (1 November) going back', () => {
    expect(hoursPerWeek(madrid, newYork, '2026-10-19T08:00:00Z', 3)).toEqual([10, 15, 10]);
  });

  it('split Madrid hours and a Los Angeles day: 2 h a day most of the year, 3 h while only the US is on summer time', () => {
    const split: WorkingWeek = {
      timeZone: 'Europe/Madrid',
      hours: sameHoursOn(monToFri, [
        { start: '09:00', end: '13:00' },
        { start: '15:00', end: '19:00' },
      ]),
    };
    const losAngeles: WorkingWeek = { timeZone: 'America/Los_Angeles', hours: sameHoursOn(monToFri, [{ start: '08:00', end: '16:00' }]) };
    expect(hoursPerWeek(split, losAngeles, '2026-03-02T08:00:00Z', 5)).toEqual([10, 15, 15, 15, 10]);
  });

  it('a week that starts mid-week keeps seven whole local days, and the weekday where the shift happens counts the new offset', () => {
    // From Wednesday 4 March: Wed–Fri at 2 h, then Mon 9 and Tue 10 March at 3 h after the US change on Sunday 8 March.
    expect(hoursPerWeek(madrid, newYork, '2026-03-04T12:00:00Z', 1)).toEqual([3 * 2 + 2 * 3]);
  });

  it('overlap is measured on real instants: a New York evening that is already tomorrow in Madrid still counts', () => {
    const lateNewYork: WorkingWeek = { timeZone: 'America/New_York', hours: sameHoursOn(['sunday'], [{ start: '20:00', end: '24:00' }]) };
    const earlyMadrid: WorkingWeek = { timeZone: 'Europe/Madrid', hours: sameHoursOn(['monday'], [{ start: '00:00', end: '06:00' }]) };
    // Sunday 20:00–24:00 in New York is Monday 02:00–06:00 in Madrid (winter).
    expect(hoursPerWeek(earlyMadrid, lateNewYork, '2026-01-12T10:00:00Z', 1)).toEqual([4]);
  });

  const zones = ['Europe/Madrid', 'America/New_York', 'America/Los_Angeles', 'UTC', 'Asia/Tokyo', 'Australia/Sydney'] as const;
  const clockTime = fc.integer({ min: 0, max: 47 }).map((halfHours) => `${String(Math.floor(halfHours / 2)).padStart(2, '0')}:${halfHours % 2 ? '30' : '00'}`);
  const range = fc.tuple(clockTime, clockTime).filter(([a, b]) => a < b).map(([start, end]) => ({ start, end }));
  const weeklyHours: fc.Arbitrary<WeeklyHours> = fc
    .record(Object.fromEntries(weekdays.map((day) => [day, fc.option(range, { nil: undefined })])) as Record<(typeof weekdays)[number], fc.Arbitrary<{ start: string; end: string } | undefined>>)
    .map((days) => Object.fromEntries(weekdays.map((day) => [day, days[day] ? [days[day]] : []])) as WeeklyHours);
  const workingWeek = fc.record({ timeZone: fc.constantFrom(...zones), hours: weeklyHours });
  // Around the March and November changes of 2025–2027 on both sides of the Atlantic.
  const aroundChanges = fc
    .tuple(fc.constantFrom('2025-03-01', '2025-10-15', '2026-03-01', '2026-10-15', '2027-03-01', '2027-10-15'), fc.integer({ min: 0, max: 30 * 24 }))
    .map(([day, hours]) => Temporal.Instant.from(`${day}T00:00:00Z`).add({ hours }));

  it('is symmetric in minutes when both sides count the same instants (same zone)', () => {
    fc.assert(
      fc.property(weeklyHours, weeklyHours, fc.constantFrom(...zones), aroundChanges, (a, b, zone, now) => {
        const ab = timeZoneOverlap({ timeZone: zone, hours: a }, { timeZone: zone, hours: b }, now, 2);
        const ba = timeZoneOverlap({ timeZone: zone, hours: b }, { timeZone: zone, hours: a }, now, 2);
        expect(ab.weeks).toEqual(ba.weeks);
      }),
      { numRuns: 150 },
    );
  });

  it('never exceeds the time the freelancer works that week, and names seven-day weeks from today', () => {
    fc.assert(
      fc.property(workingWeek, workingWeek, aroundChanges, (ours, theirs, now) => {
        const overlap = timeZoneOverlap(ours, theirs, now, 3);
        const oursAlone = timeZoneOverlap(ours, ours, now, 3);
        overlap.weeks.forEach((week, i) => {
          expect(week.minutes).toBeGreaterThanOrEqual(0);
          expect(week.minutes).toBeLessThanOrEqual(oursAlone.weeks[i]?.minutes ?? 0);
        });
        expect(overlap.minimum.minutes).toBe(Math.min(...overlap.weeks.map((w) => w.minutes)));
        expect(overlap.weeks.map((w) => w.weekStart)).toEqual(
          [0, 1, 2].map((k) => now.toZonedDateTimeISO(ours.timeZone).toPlainDate().add({ days: 7 * k }).toString()),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('two people working 09:00–17:00 in Madrid, New York or Los Angeles share, each weekday, 8 h minus that day\'s offset gap (oracle from UTC offsets)', () => {
    const dstZones = fc.constantFrom('Europe/Madrid', 'America/New_York', 'America/Los_Angeles');
    fc.assert(
      fc.property(dstZones, dstZones, aroundChanges, (ourZone, theirZone, now) => {
        const [week] = timeZoneOverlap({ timeZone: ourZone, hours: nineToFive }, { timeZone: theirZone, hours: nineToFive }, now, 1).weeks;
        const firstDate = now.toZonedDateTimeISO(ourZone).toPlainDate();
        let expectedMinutes = 0;
        for (let i = 0; i < 7; i++) {
          const date = firstDate.add({ days: i });
          if (date.dayOfWeek > 5) continue;
          const offsetAtNoon = (zone: string) => date.toZonedDateTime({ timeZone: zone, plainTime: new Temporal.PlainTime(12) }).offsetNanoseconds / 60e9;
          expectedMinutes += Math.max(0, 8 * 60 - Math.abs(offsetAtNoon(ourZone) - offsetAtNoon(theirZone)));
        }
        expect(week?.minutes).toBe(expectedMinutes);
      }),
      { numRuns: 300 },
    );
  });

  it('zones without DST overlap the same in every week of the year', () => {
    fc.assert(
      fc.property(weeklyHours, weeklyHours, aroundChanges, (a, b, now) => {
        const overlap = timeZoneOverlap({ timeZone: 'UTC', hours: a }, { timeZone: 'Asia/Tokyo', hours: b }, now, 3);
        expect(new Set(overlap.weeks.map((w) => w.minutes)).size).toBe(1);
      }),
      { numRuns: 100 },
    );
  });
});
