// A client's health as one number over time, for the overview's small trend chart: 0 when all five reasons are ok,
// 10 when all five call for action.
import { Temporal } from 'temporal-polyfill';
import { healthStatusRank, type HealthStatus } from './health-status.ts';

export function healthScore(reasons: readonly { status: HealthStatus }[]): number {
  return reasons.reduce((sum, reason) => sum + healthStatusRank(reason.status), 0);
}

/**
 * The instants the trend is sampled at: the last moment of each of the `months` months before `now`'s month, in the
 * freelancer's time zone, oldest first, then `now` itself.
 */
export function trendSamples(now: Temporal.Instant, timeZone: string, months: number): { on: string; at: Temporal.Instant }[] {
  const today = now.toZonedDateTimeISO(timeZone).toPlainDate();
  const firstOfMonth = today.with({ day: 1 });
  const samples: { on: string; at: Temporal.Instant }[] = [];
  for (let back = months; back >= 1; back--) {
    const nextMonthStart = firstOfMonth.subtract({ months: back - 1 });
    const lastDay = nextMonthStart.subtract({ days: 1 });
    const at = nextMonthStart.toZonedDateTime({ timeZone }).toInstant().subtract({ nanoseconds: 1 });
    samples.push({ on: lastDay.toString(), at });
  }
  samples.push({ on: today.toString(), at: now });
  return samples;
}
