// Quick picks give the wall-clock time in the workspace's zone, the way the datetime field shows it.
import { describe, expect, it } from 'vitest';
import { quickWhenValue, wallTimeIn } from './quick-when.ts';

describe('quick when', () => {
  const now = new Date('2026-03-06T11:05:00Z');

  it('reads the instant on the workspace clock', () => {
    expect(wallTimeIn(now, 'Europe/Madrid')).toBe('2026-03-06T12:05');
    expect(wallTimeIn(now, 'America/New_York')).toBe('2026-03-06T06:05');
    expect(wallTimeIn(new Date('2026-03-06T23:30:00Z'), 'Europe/Madrid')).toBe('2026-03-07T00:30');
  });

  it('"now" leaves the field empty so the server stamps it; the others go back in time', () => {
    expect(quickWhenValue('now', now, 'Europe/Madrid')).toBe('');
    expect(quickWhenValue('hourAgo', now, 'Europe/Madrid')).toBe('2026-03-06T11:05');
    expect(quickWhenValue('yesterday', now, 'Europe/Madrid')).toBe('2026-03-05T12:05');
    expect(quickWhenValue('twoDaysAgo', now, 'Europe/Madrid')).toBe('2026-03-04T12:05');
  });
});
