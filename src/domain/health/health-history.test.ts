import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { healthScore, trendSamples } from './health-history.ts';

describe('health score', () => {
  it('is 0 when every reason is ok and 10 when all five call for action', () => {
    expect(healthScore(Array.from({ length: 5 }, () => ({ status: 'ok' as const })))).toBe(0);
    expect(healthScore(Array.from({ length: 5 }, () => ({ status: 'act' as const })))).toBe(10);
    expect(healthScore([{ status: 'watch' }, { status: 'act' }, { status: 'ok' }])).toBe(3);
  });
});

describe('trend samples', () => {
  it('takes the last moment of each earlier month in the freelancer zone, then today', () => {
    const now = Temporal.Instant.from('2027-03-10T12:00:00Z');
    const samples = trendSamples(now, 'Europe/Madrid', 3);
    expect(samples.map((s) => s.on)).toEqual(['2026-12-31', '2027-01-31', '2027-02-28', '2027-03-10']);
    // Madrid is UTC+1 in winter: the last nanosecond of February there is 22:59:59.999999999 UTC.
    expect(samples[2]!.at.toString()).toBe('2027-02-28T22:59:59.999999999Z');
    expect(samples.at(-1)?.at.equals(now)).toBe(true);
  });

  it('respects daylight saving time at the month boundary', () => {
    // New York is on EDT (UTC-4) at the end of October.
    const samples = trendSamples(Temporal.Instant.from('2027-11-15T12:00:00Z'), 'America/New_York', 1);
    expect(samples[0]).toMatchObject({ on: '2027-10-31' });
    expect(samples[0]!.at.toString()).toBe('2027-11-01T03:59:59.999999999Z');
  });
});
