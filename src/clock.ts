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
    const pinnedIso = toIso(pinned);
    return { now: () => pinned, nowIso: () => pinnedIso };
  }
  let lastMs = Number.NaN;
  let lastIso = '';
  return {
    now: () => Temporal.Now.instant(),
    // Same text as toIso(now()) for any real date (years 0000–9999), without Temporal's formatting, which costs 10+ µs per call
    // on hot paths; a busy server asks many times within one millisecond, so the last text is reused until the millisecond changes.
    nowIso: () => {
      const ms = Date.now();
      if (ms !== lastMs) {
        lastMs = ms;
        lastIso = new Date(ms).toISOString();
      }
      return lastIso;
    },
  };
}

/** The process-wide clock; SANA_NOW=2027-03-01T09:00:00Z pins it. */
export const clock: Clock = createClock(process.env.SANA_NOW || undefined);
