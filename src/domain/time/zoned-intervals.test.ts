import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { sameHoursOn } from './weekly-hours.ts';
import { intersectIntervals, mergeIntervals, overlapMilliseconds, workingIntervals } from './zoned-intervals.ts';

const hour = 3_600_000;
const day = (text: string) => Temporal.PlainDate.from(text);

describe('working hours placed on real dates', () => {
  it('a night shift 00:00–04:00 in Madrid lasts 3 real hours on the night the clocks go forward, 5 when they go back', () => {
    const nights = sameHoursOn(['sunday'], [{ start: '00:00', end: '04:00' }]);
    const [spring] = workingIntervals(nights, 'Europe/Madrid', day('2026-03-29'), day('2026-03-29'));
    const [autumn] = workingIntervals(nights, 'Europe/Madrid', day('2026-10-25'), day('2026-10-25'));
    expect(spring && spring.end - spring.start).toBe(3 * hour);
    expect(autumn && autumn.end - autumn.start).toBe(5 * hour);
  });

  it('an evening until 24:00 ends at the next midnight', () => {
    const [evening] = workingIntervals(sameHoursOn(['friday'], [{ start: '20:00', end: '24:00' }]), 'UTC', day('2026-01-02'), day('2026-01-02'));
    expect(evening).toEqual({ start: Date.UTC(2026, 0, 2, 20), end: Date.UTC(2026, 0, 3, 0) });
  });

  it('overlap counts only time inside the window', () => {
    expect(overlapMilliseconds([{ start: 0, end: 10 }], [{ start: 5, end: 20 }], { start: 0, end: 8 })).toBe(3);
  });

  it('merges overlapping ranges before intersecting, so nothing is counted twice', () => {
    expect(mergeIntervals([{ start: 5, end: 9 }, { start: 0, end: 6 }, { start: 9, end: 12 }, { start: 20, end: 21 }])).toEqual([{ start: 0, end: 12 }, { start: 20, end: 21 }]);
    expect(intersectIntervals([{ start: 0, end: 10 }, { start: 5, end: 15 }], [{ start: 8, end: 30 }])).toEqual([{ start: 8, end: 15 }]);
  });
});
