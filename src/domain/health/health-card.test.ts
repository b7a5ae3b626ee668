import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { healthCard } from './health-card.ts';
import { healthReasonKinds } from './health-reasons.ts';
import { defaultHealthSettings } from './health-settings.ts';
import type { RelationshipEvent } from './relationship-events.ts';
import { daysAgo, expectation, goodwill, incident, madridWriter, openConcern, rush, sent } from './test-support.ts';

const now = Temporal.Instant.from('2026-06-15T10:00:00Z');
const card = (events: RelationshipEvent[]) => healthCard({ profile: madridWriter(), events, invoices: null, now, settings: defaultHealthSettings });

describe('the health card', () => {
  it('a quiet, reliable client gets five ok reasons and a keep', () => {
    const result = card([sent('m', daysAgo(now, 10), { repliedAt: daysAgo(now, 10, -1) })]);
    expect(result.reasons.map((r) => [r.reason, r.status])).toEqual(healthReasonKinds.map((kind) => [kind, 'ok']));
    expect(result.recommendation.recommendation).toBe('keep');
  });

  it('talk comes with an agenda built from the evidence: thanks for goodwill, each reason, open concerns, their side, a next step', () => {
    const events = [
      ...[5, 20, 40, 60, 80, 85].map((d) => rush(`rush-${d}`, daysAgo(now, d))),
      expectation('x1', daysAgo(now, 3)),
      expectation('x2', daysAgo(now, 30)),
      goodwill('flowers', daysAgo(now, 200)),
      openConcern('briefs', daysAgo(now, 2), { summary: 'Briefs arrive late' }),
    ];
    const { recommendation, reasons } = card(events);
    expect(reasons.find((r) => r.reason === 'panic')?.status).toBe('act');
    expect(reasons.find((r) => r.reason === 'expectations')?.status).toBe('watch');
    if (recommendation.recommendation !== 'talk') throw new Error(`expected talk, got ${recommendation.recommendation}`);
    expect(recommendation.drivenBy).toEqual(['panic', 'expectations']);
    expect(recommendation.agenda).toEqual([
      { key: 'health.agenda.opening', params: {} },
      { key: 'health.agenda.thanks', params: { count: 1 } },
      { key: 'health.agenda.panic', params: { count: 6 } },
      { key: 'health.agenda.expectations', params: { count: 2 } },
      { key: 'health.agenda.openConcern', params: { summary: 'Briefs arrive late' } },
      { key: 'health.agenda.theirSide', params: {} },
      { key: 'health.agenda.nextStep', params: {} },
    ]);
  });

  it('two integrity incidents plan the exit, with the incidents as evidence and no agenda', () => {
    const { recommendation, reasons } = card([incident('i1', daysAgo(now, 20)), incident('i2', daysAgo(now, 100))]);
    expect(recommendation).toEqual({ recommendation: 'plan_exit', drivenBy: ['integrity'], because: [{ key: 'health.why.decisive', params: { reason: 'integrity' } }] });
    expect(reasons.find((r) => r.reason === 'integrity')?.evidence).toEqual({ eventIds: ['i2', 'i1'], invoiceIds: [] });
  });

  it('events dated after now are not evidence of anything', () => {
    const future = [incident('i1', daysAgo(now, -1)), incident('i2', daysAgo(now, -2))];
    expect(card(future)).toEqual(card([]));
  });

  it('a stricter reply window in the settings overrides the one the freelancer promises', () => {
    const events = [2, 3, 4].map((d) => sent(`m${d}`, daysAgo(now, 10 + d * 7), { repliedAt: daysAgo(now, 10 + d * 7, -6) }));
    expect(card(events).reasons[0]?.status).toBe('ok');
    const strict = { ...defaultHealthSettings, communication: { ...defaultHealthSettings.communication, replyWindow: { amount: 4, unit: 'hours' as const } } };
    expect(healthCard({ profile: madridWriter(), events, invoices: null, now, settings: strict }).reasons[0]?.status).toBe('watch');
  });
});
