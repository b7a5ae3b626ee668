import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { daysAgo, extra, goodwill, testimonial } from '../health/test-support.ts';
import { classifyExtra } from './extra-classification.ts';
import { extrasAdvice } from './extras-advice.ts';
import { defaultExtrasSettings } from './extras-settings.ts';
import { goodwillLedger } from './goodwill-ledger.ts';

const now = Temporal.Instant.from('2026-06-15T10:00:00Z');
const advise = (...events: Parameters<typeof extrasAdvice>[0]) => extrasAdvice(events, now, defaultExtrasSettings);

describe('favors versus scope creep', () => {
  it('an unpaid one-time request is a favor, an unpaid recurring duty is scope creep, and anything paid is a paid extra', () => {
    expect(classifyExtra(extra('a', daysAgo(now, 1)))).toBe('favor');
    expect(classifyExtra(extra('b', daysAgo(now, 1), { extent: 'recurring' }))).toBe('scope_creep');
    expect(classifyExtra(extra('c', daysAgo(now, 1), { extent: 'recurring', isPaid: true }))).toBe('paid_extra');
  });

  it('a big one-time favor for a client who shows goodwill needs no advice', () => {
    expect(advise(extra('stats', daysAgo(now, 10), { hours: 12 }), goodwill('offer', daysAgo(now, 11), 'offered_to_pay_unasked'))).toEqual([]);
  });

  it('a small recurring duty done for free is scope creep: propose an amendment or a rate rise', () => {
    const duty = extra('upload', daysAgo(now, 200), { extent: 'recurring', description: 'Upload each episode to YouTube', hours: 0.5 });
    expect(advise(duty)).toEqual([
      {
        kind: 'propose_amendment_or_raise',
        eventIds: ['upload'],
        because: [{ key: 'health.extras.recurringUnpaid', params: { description: 'Upload each episode to YouTube', hours: 0.5 } }],
      },
    ]);
  });

  it('a recurring duty the client pays for is simply more work', () => {
    expect(advise(extra('upload', daysAgo(now, 20), { extent: 'recurring', isPaid: true }))).toEqual([]);
  });

  it('three unpaid extras in 90 days warn that working for free is becoming the norm', () => {
    const favors = [80, 40, 5].map((d) => extra(`f${d}`, daysAgo(now, d)));
    expect(advise(...favors)).toEqual([
      { kind: 'unpaid_extras_piling_up', eventIds: ['f80', 'f40', 'f5'], because: [{ key: 'health.extras.pilingUp', params: { count: 3, days: 90 } }] },
    ]);
  });

  it('favors older than 90 days no longer count toward the warning, and future-dated ones not yet', () => {
    expect(advise(extra('old', daysAgo(now, 95)), extra('a', daysAgo(now, 40)), extra('b', daysAgo(now, 5)), extra('later', daysAgo(now, -2)))).toEqual([]);
  });
});

describe('the goodwill ledger', () => {
  it('shows favors given and goodwill received side by side, over the whole relationship', () => {
    const ledger = goodwillLedger(
      [
        extra('stats', daysAgo(now, 400), { hours: 12 }),
        extra('upload', daysAgo(now, 100), { extent: 'recurring', hours: 0.5 }),
        extra('paid', daysAgo(now, 30), { isPaid: true, hours: 2 }),
        goodwill('bonus', daysAgo(now, 300), 'bonus'),
        goodwill('flowers', daysAgo(now, 20)),
        testimonial('quote', daysAgo(now, 10)),
      ],
      now,
    );
    expect(ledger.given).toEqual({
      favor: { count: 1, hours: 12, eventIds: ['stats'] },
      scope_creep: { count: 1, hours: 0.5, eventIds: ['upload'] },
      paid_extra: { count: 1, hours: 2, eventIds: ['paid'] },
    });
    expect(ledger.received.goodwill).toEqual({ count: 2, byKind: { offered_to_pay_unasked: 0, bonus: 1, kindness: 1 }, eventIds: ['bonus', 'flowers'] });
    expect(ledger.received.testimonials).toEqual({ count: 1, eventIds: ['quote'] });
    expect(ledger.balance).toBe('reciprocated');
  });

  it('unpaid extras with no goodwill in return read as one-sided; no unpaid extras means nothing to weigh', () => {
    expect(goodwillLedger([extra('a', daysAgo(now, 3))], now).balance).toBe('one_sided');
    expect(goodwillLedger([goodwill('g', daysAgo(now, 3))], now).balance).toBe('no_unpaid_extras');
  });

  it('ignores events dated after now', () => {
    expect(goodwillLedger([extra('later', daysAgo(now, -1))], now).given.favor.count).toBe(0);
  });
});
