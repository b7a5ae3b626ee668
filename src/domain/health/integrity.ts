// Reason 3, lack of integrity: incidents the freelancer logged, against the line they drew themselves.
import type { Temporal } from 'temporal-polyfill';
import type { HealthSettings } from './health-settings.ts';
import { statusFromCount, trendOf } from './health-status.ts';
import { healthText } from './health-text.ts';
import type { ReasonAssessment } from './health-reasons.ts';
import { eventsOfKind, type RelationshipEvent } from './relationship-events.ts';
import { eventsWithin, lastDays, windowBefore } from './time-window.ts';

export type IntegrityInput = { events: readonly RelationshipEvent[]; now: Temporal.Instant; settings: HealthSettings };

/** The status looks back `integrity.windowDays` (a year by default); the trend compares the same windows as every reason. */
export function assessIntegrity(input: IntegrityInput): ReasonAssessment {
  const { settings } = input;
  const incidents = eventsOfKind(input.events, 'integrity_incident');
  const lookback = eventsWithin(incidents, lastDays(input.now, settings.integrity.windowDays));
  const recent = lastDays(input.now, settings.windowDays);
  const signals = { current: eventsWithin(incidents, recent).length, previous: eventsWithin(incidents, windowBefore(recent)).length };
  const { watchIncidents, actIncidents } = settings.integrity;
  return {
    reason: 'integrity',
    status: statusFromCount(lookback.length, { watch: watchIncidents, act: actIncidents }),
    trend: trendOf(signals.current, signals.previous),
    signals,
    evidence: { eventIds: lookback.map((incident) => incident.id), invoiceIds: [] },
    because: [healthText('health.integrity.incidents', { count: lookback.length, days: settings.integrity.windowDays, limit: actIncidents })],
    agendaItem: healthText('health.agenda.integrity', { count: lookback.length }),
  };
}
