// What to do about extras: turn recurring unpaid duties into an amendment or a raise, and warn when unpaid extras pile up.
import type { Temporal } from 'temporal-polyfill';
import { healthText, type HealthText } from '../health/health-text.ts';
import { eventsOfKind, type RelationshipEvent } from '../health/relationship-events.ts';
import { allUntil, eventsWithin, lastDays } from '../health/time-window.ts';
import { classifyExtra, isUnpaidExtra } from './extra-classification.ts';
import type { ExtrasSettings } from './extras-settings.ts';

export const extrasSuggestionKinds = ['propose_amendment_or_raise', 'unpaid_extras_piling_up'] as const;
export type ExtrasSuggestionKind = (typeof extrasSuggestionKinds)[number];

export type ExtrasSuggestion = { kind: ExtrasSuggestionKind; eventIds: string[]; because: HealthText[] };

/**
 * Recurring unpaid duties are scope creep however long ago they began, as long as they stay unpaid: one suggestion
 * lists them all, since they belong in one amendment. One-time favors on their own call for nothing.
 */
export function extrasAdvice(events: readonly RelationshipEvent[], now: Temporal.Instant, settings: ExtrasSettings): ExtrasSuggestion[] {
  const extras = eventsWithin(eventsOfKind(events, 'extra_request'), allUntil(now));
  const suggestions: ExtrasSuggestion[] = [];

  const creeping = extras.filter((extra) => classifyExtra(extra) === 'scope_creep');
  if (creeping.length > 0) {
    suggestions.push({
      kind: 'propose_amendment_or_raise',
      eventIds: creeping.map((extra) => extra.id),
      because: creeping.map((extra) => healthText('health.extras.recurringUnpaid', { description: extra.description, hours: extra.hours })),
    });
  }

  const unpaid = eventsWithin(extras.filter(isUnpaidExtra), lastDays(now, settings.unpaidExtrasWindowDays));
  if (unpaid.length >= settings.unpaidExtrasForWarning) {
    suggestions.push({
      kind: 'unpaid_extras_piling_up',
      eventIds: unpaid.map((extra) => extra.id),
      because: [healthText('health.extras.pilingUp', { count: unpaid.length, days: settings.unpaidExtrasWindowDays })],
    });
  }
  return suggestions;
}
