// Reason 2, persistent panic mode: rush and emergency requests that keep coming, and the other clients they hurt.
import type { Temporal } from 'temporal-polyfill';
import type { HealthSettings } from './health-settings.ts';
import { statusFromCount, trendOf, worstStatus } from './health-status.ts';
import { healthText, type HealthText } from './health-text.ts';
import type { ReasonAssessment } from './health-reasons.ts';
import { eventsOfKind, type RelationshipEvent } from './relationship-events.ts';
import { eventsWithin, lastDays, windowBefore, type TimeWindow } from './time-window.ts';

export type PanicInput = { events: readonly RelationshipEvent[]; now: Temporal.Instant; settings: HealthSettings };

function panicIn(events: readonly RelationshipEvent[], window: TimeWindow) {
  // True emergencies are included on purpose: excused as boundary breaches, they still cost the freelancer a day.
  return { requests: eventsWithin(eventsOfKind(events, 'rush_request'), window), missed: eventsWithin(eventsOfKind(events, 'missed_commitment'), window) };
}

export function assessPanic(input: PanicInput): ReasonAssessment {
  const { settings } = input;
  const recent = lastDays(input.now, settings.windowDays);
  const current = panicIn(input.events, recent);
  const previous = panicIn(input.events, windowBefore(recent));
  const { watchRequests, actRequests, watchMissedCommitments, actMissedCommitments } = settings.panic;
  const status = worstStatus(
    statusFromCount(current.requests.length, { watch: watchRequests, act: actRequests }),
    statusFromCount(current.missed.length, { watch: watchMissedCommitments, act: actMissedCommitments }),
  );
  const trueEmergencies = current.requests.filter((request) => request.isTrueEmergency).length;
  const because: HealthText[] = [healthText('health.panic.requests', { count: current.requests.length, days: settings.windowDays })];
  if (trueEmergencies > 0) because.push(healthText('health.panic.trueEmergencies', { count: trueEmergencies }));
  if (current.missed.length > 0) because.push(healthText('health.panic.missedCommitments', { count: current.missed.length }));
  const signals = { current: current.requests.length + current.missed.length, previous: previous.requests.length + previous.missed.length };
  return {
    reason: 'panic',
    status,
    trend: trendOf(signals.current, signals.previous),
    signals,
    evidence: { eventIds: eventsWithin([...current.requests, ...current.missed], recent).map((event) => event.id), invoiceIds: [] },
    because,
    agendaItem:
      current.missed.length > 0
        ? healthText('health.agenda.panicHurtsOthers', { count: current.requests.length, missed: current.missed.length })
        : healthText('health.agenda.panic', { count: current.requests.length }),
  };
}
