// The one source of "now": every use case and job asks this clock, so SANA_NOW can pin time for demos and tests.
import { Temporal } from 'temporal-polyfill';

export type Clock = {
  now(): Temporal.Instant;
  /** Millisecond ISO string (always 3 fraction digits) so stored timestamps sort as text. */
  nowIso(): string;
};

export function toIso(instant: Temporal.Instant): string {
  return instant.toString({ fractionalSecondDigits: 3 });
}

export function createClock(pinnedAt?: string): Clock {
  if (pinnedAt) {
    const pinned = Temporal.Instant.from(pinnedAt);
    return { now: () => pinned, nowIso: () => toIso(pinned) };
  }
  return {
    now: () => Temporal.Now.instant(),
    nowIso: () => toIso(Temporal.Now.instant()),
  };
}

/** The process-wide clock; SANA_NOW=2027-03-01T09:00:00Z pins it. */
export const clock: Clock = createClock(process.env.SANA_NOW || undefined);
