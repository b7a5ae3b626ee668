// Keep short accounts: open concerns that have waited too long get a nudge to raise them, or to check in when it is only a feeling.
import type { Temporal } from 'temporal-polyfill';
import { healthText, type HealthText } from '../health/health-text.ts';
import { epochMs, eventsOfKind, type OpenConcern, type RelationshipEvent } from '../health/relationship-events.ts';
import { wholeDaysBetween } from '../health/time-window.ts';
import type { ConcernSettings } from './concern-settings.ts';

/** Raise a concrete issue; check in kindly when "something feels off" and there is nothing concrete to name. */
export const concernActions = ['raise_it', 'check_in'] as const;
export type ConcernAction = (typeof concernActions)[number];

export type ConcernNudge = {
  eventId: string;
  /** Whole days since the concern was opened. */
  ageDays: number;
  action: ConcernAction;
  because: HealthText[];
  /** For a check-in, a kind opening line to start from. */
  template: HealthText | null;
};

/** Oldest first. A concern opened after `now` is not due yet. */
export function concernNudges(events: readonly RelationshipEvent[], now: Temporal.Instant, settings: ConcernSettings): ConcernNudge[] {
  return eventsOfKind(events, 'concern')
    .filter((concern): concern is OpenConcern => concern.status === 'open')
    .map((concern) => ({ concern, ageDays: wholeDaysBetween(concern.openedAt, now) }))
    .filter(({ ageDays }) => ageDays >= settings.raiseWithinDays && ageDays >= 0)
    .sort((a, b) => epochMs(a.concern.openedAt) - epochMs(b.concern.openedAt))
    .map(({ concern, ageDays }): ConcernNudge => {
      if (concern.isVague) {
        return {
          eventId: concern.id,
          ageDays,
          action: 'check_in',
          because: [healthText('health.concern.feelsOff', { summary: concern.summary, days: ageDays })],
          template: healthText('health.concern.checkInMessage', {}),
        };
      }
      return { eventId: concern.id, ageDays, action: 'raise_it', because: [healthText('health.concern.raiseIt', { summary: concern.summary, days: ageDays })], template: null };
    });
}
