// Favors given and goodwill received, side by side: the whole relationship decides whether the extra mile is fair.
import type { Temporal } from 'temporal-polyfill';
import { eventsOfKind, goodwillKinds, type GoodwillKind, type RelationshipEvent } from '../health/relationship-events.ts';
import { allUntil, eventsWithin } from '../health/time-window.ts';
import { classifyExtra, type ExtraClass } from './extra-classification.ts';

export type LedgerLine = { count: number; hours: number; eventIds: string[] };

/** No unpaid extras to weigh; unpaid extras met with goodwill; or unpaid extras and nothing logged in return. */
export const ledgerBalances = ['no_unpaid_extras', 'reciprocated', 'one_sided'] as const;
export type LedgerBalance = (typeof ledgerBalances)[number];

export type GoodwillLedger = {
  given: Record<ExtraClass, LedgerLine>;
  received: {
    goodwill: { count: number; byKind: Record<GoodwillKind, number>; eventIds: string[] };
    testimonials: { count: number; eventIds: string[] };
  };
  balance: LedgerBalance;
};

function emptyLine(): LedgerLine {
  return { count: 0, hours: 0, eventIds: [] };
}

/** Over the whole relationship up to `now`, oldest first in each line. Hours of a recurring duty are one occurrence's. */
export function goodwillLedger(events: readonly RelationshipEvent[], now: Temporal.Instant): GoodwillLedger {
  const past = eventsWithin(events, allUntil(now));
  const given: Record<ExtraClass, LedgerLine> = { paid_extra: emptyLine(), favor: emptyLine(), scope_creep: emptyLine() };
  for (const extra of eventsOfKind(past, 'extra_request')) {
    const line = given[classifyExtra(extra)];
    line.count++;
    line.hours += extra.hours;
    line.eventIds.push(extra.id);
  }
  const goodwill = eventsOfKind(past, 'goodwill');
  const byKind = Object.fromEntries(goodwillKinds.map((kind) => [kind, goodwill.filter((event) => event.goodwillKind === kind).length])) as Record<GoodwillKind, number>;
  const testimonials = eventsOfKind(past, 'testimonial');
  const unpaid = given.favor.count + given.scope_creep.count;
  const balance: LedgerBalance = unpaid === 0 ? 'no_unpaid_extras' : goodwill.length > 0 ? 'reciprocated' : 'one_sided';
  return {
    given,
    received: {
      goodwill: { count: goodwill.length, byKind, eventIds: goodwill.map((event) => event.id) },
      testimonials: { count: testimonials.length, eventIds: testimonials.map((event) => event.id) },
    },
    balance,
  };
}
