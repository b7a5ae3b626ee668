import { describe, expect, it } from 'vitest';
import { isWeekendDay, weekdayOf } from './weekdays.ts';
import { clockTimeToMinutes, sameHoursOn, weeklyHoursProblems, weeklyMinutes, workingWeekdays } from './weekly-hours.ts';
import { Temporal } from 'temporal-polyfill';

describe('weekly hours', () => {
  it('reads clock times as minutes after midnight, with 24:00 as the end of the day', () => {
    expect(clockTimeToMinutes('09:30')).toBe(570);
    expect(clockTimeToMinutes('24:00')).toBe(1440);
    for (const bad of ['9:30', '24:30', '12:60', 'noon']) expect(clockTimeToMinutes(bad), bad).toBeNull();
  });

  it('a split day (09:00–13:00 and 15:00–18:00) is valid and counts 7 hours', () => {
    const hours = sameHoursOn(['monday'], [
      { start: '09:00', end: '13:00' },
      { start: '15:00', end: '18:00' },
    ]);
    expect(weeklyHoursProblems(hours)).toEqual([]);
    expect(weeklyMinutes(hours)).toBe(7 * 60);
    expect(workingWeekdays(hours)).toEqual(['monday']);
  });

  it('ranges that touch do not overlap; ranges that cross do, whatever order they are typed in', () => {
    expect(weeklyHoursProblems(sameHoursOn(['friday'], [{ start: '13:00', end: '17:00' }, { start: '09:00', end: '13:00' }]))).toEqual([]);
    expect(weeklyHoursProblems(sameHoursOn(['friday'], [{ start: '12:00', end: '17:00' }, { start: '09:00', end: '13:00' }]))).toEqual([
      { kind: 'overlapping_ranges', day: 'friday', index: 0 },
    ]);
  });

  it('24:00 is an end, never a start', () => {
    expect(weeklyHoursProblems(sameHoursOn(['sunday'], [{ start: '24:00', end: '24:00' }]))).toEqual([{ kind: 'invalid_time', day: 'sunday', index: 0 }]);
  });

  it('names dates by weekday, Monday first; Saturday and Sunday are the weekend', () => {
    expect(weekdayOf(Temporal.PlainDate.from('2026-03-08'))).toBe('sunday');
    expect(weekdayOf(Temporal.PlainDate.from('2026-03-09'))).toBe('monday');
    expect(isWeekendDay('saturday')).toBe(true);
    expect(isWeekendDay('friday')).toBe(false);
  });
});
