import { describe, expect, it } from 'vitest';
import { createClock } from './clock.ts';

describe('the clock', () => {
  it('SANA_NOW-style pinning makes now() fixed', () => {
    const clock = createClock('2027-03-01T09:00:00Z');
    expect(clock.nowIso()).toBe('2027-03-01T09:00:00.000Z');
    expect(clock.now().epochMilliseconds).toBe(Date.parse('2027-03-01T09:00:00Z'));
  });

  it('timestamps always carry milliseconds so they sort as text', () => {
    const real = createClock();
    expect(real.nowIso()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
