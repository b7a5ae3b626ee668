import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { healthCard, type HealthCard } from './health-card.ts';
import { defaultHealthSettings } from './health-settings.ts';
import { healthStatusRank } from './health-status.ts';
import type { InvoicePayment } from './invoice-payments.ts';
import { healthRecommendationRank } from './recommendation.ts';
import type { RelationshipEvent } from './relationship-events.ts';
import { budgetCut, daysAgo, excuse, expectation, goodwill, incident, madridWriter, missed, openConcern, received, rush, sent } from './test-support.ts';

const now = Temporal.Instant.from('2026-06-15T10:00:00Z');
const profile = madridWriter();
const hoursAgo = (hours: number) => daysAgo(now, 0, hours);

/** Things that go wrong: each one is a breach for exactly one of the five reasons. */
const breachKinds = ['unanswered', 'rush', 'emergency', 'missed', 'incident', 'excuse', 'budget_cut', 'expectation'] as const;
type BreachKind = (typeof breachKinds)[number];

function breach(kind: BreachKind, id: string, at: string): RelationshipEvent {
  switch (kind) {
    case 'unanswered':
      return sent(id, at);
    case 'rush':
      return rush(id, at);
    case 'emergency':
      return rush(id, at, { isTrueEmergency: true });
    case 'missed':
      return missed(id, at);
    case 'incident':
      return incident(id, at);
    case 'excuse':
      return excuse(id, at);
    case 'budget_cut':
      return budgetCut(id, at);
    case 'expectation':
      return expectation(id, at);
  }
}

/** Up to 200 days back, by the hour: both trend windows and a little before. */
const recentHours = fc.integer({ min: 0, max: 200 * 24 });
const breachSpec = fc.record({ kind: fc.constantFrom(...breachKinds), hoursBack: recentHours });

/** A realistic mix: answered and unanswered messages, breaches, goodwill and chatter that should never matter. */
const baseEvents = fc
  .array(
    fc.oneof(
      breachSpec.map((b) => ({ ...b, type: 'breach' as const })),
      fc.record({ type: fc.constant('answered' as const), hoursBack: recentHours, replyHours: fc.integer({ min: 0, max: 120 }) }),
      fc.record({ type: fc.constantFrom('goodwill' as const, 'received' as const, 'concern' as const), hoursBack: recentHours }),
    ),
    { maxLength: 30 },
  )
  .map((specs) =>
    specs.map((spec, i): RelationshipEvent => {
      const id = `base-${i}`;
      const at = hoursAgo(spec.hoursBack);
      switch (spec.type) {
        case 'breach':
          return breach(spec.kind, id, at);
        case 'answered':
          return sent(id, at, { repliedAt: hoursAgo(Math.max(0, spec.hoursBack - spec.replyHours)) });
        case 'goodwill':
          return goodwill(id, at);
        case 'received':
          return received(id, at);
        case 'concern':
          return openConcern(id, at);
      }
    }),
  );

const invoiceSpec = fc.record({ dueDaysBack: fc.integer({ min: -10, max: 200 }), paidDaysAfterDue: fc.option(fc.integer({ min: -5, max: 30 }), { nil: null }) });
const today = Temporal.PlainDate.from('2026-06-15');
const toInvoice = (spec: { dueDaysBack: number; paidDaysAfterDue: number | null }, id: string): InvoicePayment => {
  const due = today.subtract({ days: spec.dueDaysBack });
  return { invoiceId: id, dueOn: due.toString(), paidOn: spec.paidDaysAfterDue === null ? null : due.add({ days: spec.paidDaysAfterDue }).toString() };
};
const lateInvoice = fc.integer({ min: 1, max: 200 }).map((dueDaysBack) => ({ dueDaysBack, paidDaysAfterDue: null }));

const card = (events: RelationshipEvent[], invoices: InvoicePayment[] | null): HealthCard => healthCard({ profile, events, invoices, now, settings: defaultHealthSettings });
const statusRanks = (result: HealthCard) => result.reasons.map((r) => healthStatusRank(r.status));

describe('health card invariants', () => {
  it('more breaches (and more late invoices) never improve a status or the recommendation', () => {
    fc.assert(
      fc.property(baseEvents, fc.array(invoiceSpec, { maxLength: 6 }), fc.array(breachSpec, { minLength: 1, maxLength: 8 }), fc.array(lateInvoice, { maxLength: 3 }), (base, invoices, more, late) => {
        const baseInvoices = invoices.map((spec, i) => toInvoice(spec, `inv-${i}`));
        const before = card(base, baseInvoices);
        const after = card(
          [...base, ...more.map((b, i) => breach(b.kind, `more-${i}`, hoursAgo(b.hoursBack)))],
          [...baseInvoices, ...late.map((spec, i) => toInvoice(spec, `late-${i}`))],
        );
        statusRanks(after).forEach((rank, i) => expect(rank, before.reasons[i]?.reason).toBeGreaterThanOrEqual(statusRanks(before)[i] as number));
        expect(healthRecommendationRank(after.recommendation.recommendation)).toBeGreaterThanOrEqual(healthRecommendationRank(before.recommendation.recommendation));
      }),
      { numRuns: 300 },
    );
  });

  it('an event dated after now never counts, whatever its kind', () => {
    fc.assert(
      fc.property(baseEvents, baseEvents, (base, later) => {
        const future = later.map((event, i) => ({ ...event, id: `future-${i}`, occurredAt: daysAgo(now, -1 - i) }));
        expect(card([...base, ...future], null)).toEqual(card(base, null));
      }),
      { numRuns: 150 },
    );
  });

  it('a breach older than every window (the year integrity looks back, and both 90-day trend windows) never counts', () => {
    const ancient = fc.array(fc.record({ kind: fc.constantFrom(...breachKinds), daysBack: fc.integer({ min: 366, max: 3000 }) }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(baseEvents, ancient, (base, old) => {
        const before = card(base, null);
        const after = card([...base, ...old.map((b, i) => breach(b.kind, `old-${i}`, daysAgo(now, b.daysBack)))], null);
        expect(after.reasons).toEqual(before.reasons);
        expect(after.recommendation.recommendation).toBe(before.recommendation.recommendation);
      }),
      { numRuns: 150 },
    );
  });

  it('a breach older than the 90-day window changes only trends, never the status of communication, panic or decline', () => {
    const earlier = fc.array(fc.record({ kind: fc.constantFrom('unanswered' as const, 'rush' as const, 'missed' as const, 'excuse' as const, 'budget_cut' as const), daysBack: fc.integer({ min: 91, max: 400 }) }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(baseEvents, earlier, (base, old) => {
        const before = card(base, null);
        const after = card([...base, ...old.map((b, i) => breach(b.kind, `old-${i}`, daysAgo(now, b.daysBack)))], null);
        for (const reason of ['communication', 'panic', 'decline'] as const) {
          const find = (result: HealthCard) => result.reasons.find((r) => r.reason === reason);
          expect(find(after)?.status, reason).toBe(find(before)?.status);
          expect(find(after)?.evidence, reason).toEqual(find(before)?.evidence);
        }
      }),
      { numRuns: 150 },
    );
  });
});
