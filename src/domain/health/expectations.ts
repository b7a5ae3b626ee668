// Reason 5, unrealistic expectations: no room for a mistake, anger at honest estimates, demands far outside the agreement.
import type { Temporal } from 'temporal-polyfill';
import type { HealthSettings } from './health-settings.ts';
import { statusFromCount, trendOf } from './health-status.ts';
import { healthText, type HealthText } from './health-text.ts';
import type { ReasonAssessment } from './health-reasons.ts';
import { eventsOfKind, type RelationshipEvent } from './relationship-events.ts';
import { eventsWithin, lastDays, windowBefore } from './time-window.ts';

export type ExpectationsInput = { events: readonly RelationshipEvent[]; now: Temporal.Instant; settings: HealthSettings };

/**
 * These tend to get worse, so a pattern that was already there in the previous window and is still there now calls
 * for action even below the act threshold. The rule only ever adds weight: an extra incident logged in the earlier
 * window can make the status stricter, never milder (a rule like "more now than before" would let it soften the card).
 */
export function assessExpectations(input: ExpectationsInput): ReasonAssessment {
  const { settings } = input;
  const all = eventsOfKind(input.events, 'unrealistic_expectation');
  const recent = lastDays(input.now, settings.windowDays);
  const current = eventsWithin(all, recent);
  const previous = eventsWithin(all, windowBefore(recent));
  const { watchIncidents, actIncidents } = settings.expectations;
  const isPersisting = current.length > 0 && current.length >= watchIncidents && previous.length >= watchIncidents;
  const because: HealthText[] = [healthText('health.expectations.incidents', { count: current.length, days: settings.windowDays })];
  if (isPersisting) because.push(healthText('health.expectations.persisting', { count: previous.length }));
  return {
    reason: 'expectations',
    status: isPersisting ? 'act' : statusFromCount(current.length, { watch: watchIncidents, act: actIncidents }),
    trend: trendOf(current.length, previous.length),
    signals: { current: current.length, previous: previous.length },
    evidence: { eventIds: current.map((event) => event.id), invoiceIds: [] },
    because,
    agendaItem: healthText('health.agenda.expectations', { count: current.length }),
  };
}
