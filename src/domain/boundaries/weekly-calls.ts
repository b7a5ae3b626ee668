// Calls and meetings counted per week (Monday to Sunday on the freelancer's calendar), and which ones went over the weekly limit.
import { Temporal } from 'temporal-polyfill';
import type { Call, Meeting } from '../health/relationship-events.ts';
import { localDateTime, type OfficeCalendar } from './office-calendar.ts';

/** The Monday that starts the week `date` is in. */
export function weekStartOf(date: Temporal.PlainDate): Temporal.PlainDate {
  return date.subtract({ days: date.dayOfWeek - 1 });
}

export type CallWeek = { weekStart: string; callIds: string[]; overLimitIds: string[] };

/**
 * Within each week the calls keep the order they happened in; the first `maxPerWeek` are within the limit and every
 * later one is over it. Weeks follow the freelancer's zone, so a Sunday-night call in Madrid stays in that week even
 * when it is already Monday in UTC.
 */
export function callWeeks(calls: readonly (Call | Meeting)[], calendar: OfficeCalendar, maxPerWeek: number): CallWeek[] {
  const placed = calls
    .map((call) => {
      const instant = Temporal.Instant.from(call.occurredAt);
      return { id: call.id, at: instant.epochMilliseconds, weekStart: weekStartOf(localDateTime(instant, calendar).toPlainDate()).toString() };
    })
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const weeks = new Map<string, CallWeek>();
  for (const call of placed) {
    const week = weeks.get(call.weekStart) ?? { weekStart: call.weekStart, callIds: [], overLimitIds: [] };
    if (week.callIds.length >= maxPerWeek) week.overLimitIds.push(call.id);
    week.callIds.push(call.id);
    weeks.set(call.weekStart, week);
  }
  return [...weeks.values()].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
}
