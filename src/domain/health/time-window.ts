// Spans of recent time ("the last 14 days", "the 90 days before that") that decide which events count.
import type { Temporal } from 'temporal-polyfill';
import { epochMs, type IsoInstant } from './relationship-events.ts';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Half-open at the start, closed at the end: (start, end] in epoch milliseconds, so an event logged exactly at `now`
 * counts and back-to-back windows never share an event. Days are 24 elapsed hours: a DST night does not stretch a window.
 */
export type TimeWindow = { start: number; end: number };

/** The `days` days up to and including `now`. */
export function lastDays(now: Temporal.Instant, days: number): TimeWindow {
  const end = now.epochMilliseconds;
  return { start: end - days * dayMs, end };
}

/** Everything up to and including `now`: the whole relationship so far. */
export function allUntil(now: Temporal.Instant): TimeWindow {
  return { start: -Infinity, end: now.epochMilliseconds };
}

/** A window of the same length that ends where `window` starts: the period a trend compares against. */
export function windowBefore(window: TimeWindow): TimeWindow {
  return { start: window.start - (window.end - window.start), end: window.start };
}

export function isWithin(instant: IsoInstant | number, window: TimeWindow): boolean {
  const at = typeof instant === 'number' ? instant : epochMs(instant);
  return at > window.start && at <= window.end;
}

/** The events that happened in `window`, oldest first. */
export function eventsWithin<T extends { occurredAt: IsoInstant }>(events: readonly T[], window: TimeWindow): T[] {
  return events
    .map((event) => ({ event, at: epochMs(event.occurredAt) }))
    .filter(({ at }) => isWithin(at, window))
    .sort((a, b) => a.at - b.at)
    .map(({ event }) => event);
}

/** Whole days elapsed from `from` to `now` (71 hours is 2 days); negative when `from` is in the future. */
export function wholeDaysBetween(from: IsoInstant, now: Temporal.Instant): number {
  return Math.floor((now.epochMilliseconds - epochMs(from)) / dayMs);
}
