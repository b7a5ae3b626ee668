import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { RelationshipEvent } from '../health/relationship-events.ts';
import { call, daysAgo, madridWriter, received, rush } from '../health/test-support.ts';
import { boundaryEvents } from './boundary-events.ts';
import { defaultBoundarySettings } from './boundary-settings.ts';
import { suggestFriendlyReminder } from './friendly-reminder.ts';

// Thursday 12 February 2026, 10:00 in Madrid.
const now = Temporal.Instant.from('2026-02-12T09:00:00Z');
const profile = madridWriter();

function remind(events: RelationshipEvent[], lastRemindedAt: Temporal.Instant | null = null) {
  return suggestFriendlyReminder({
    boundaryEvents: boundaryEvents({ events, profile }),
    now,
    lastRemindedAt,
    callsPerWeekLimit: profile.communication.calls.maxPerWeek,
    settings: defaultBoundarySettings,
  });
}

const lateEmail = (id: string, daysBack: number) => received(id, daysAgo(now, daysBack, -12)); // 22:00 in Madrid

describe('a friendly reminder of the agreement', () => {
  it('three outside-hours messages in two weeks suggest a friendly reminder, citing them', () => {
    const reminder = remind([lateEmail('a', 1), lateEmail('b', 3), lateEmail('c', 8)]);
    expect(reminder?.topics).toEqual([{ topic: 'office_hours', eventIds: ['c', 'b', 'a'] }]);
    expect(reminder?.evidence).toEqual(['c', 'b', 'a']);
    expect(reminder?.because).toEqual([{ key: 'health.reminder.outsideHours', params: { count: 3, days: 14 } }]);
  });

  it('two late messages are not yet a pattern', () => {
    expect(remind([lateEmail('a', 1), lateEmail('b', 3)])).toBeNull();
  });

  it('a late message from three weeks ago is outside the window and does not count', () => {
    expect(remind([lateEmail('a', 1), lateEmail('b', 3), lateEmail('old', 21)])).toBeNull();
  });

  it('true emergencies are not breaches, so they never push toward a reminder', () => {
    const emergencies = [1, 2, 3].map((d) => rush(`fire-${d}`, daysAgo(now, d, -12), { isTrueEmergency: true }));
    expect(remind(emergencies)).toBeNull();
  });

  it('contacts from before the last reminder were already addressed', () => {
    const events = [lateEmail('a', 1), lateEmail('b', 3), lateEmail('c', 8)];
    expect(remind(events, Temporal.Instant.from(daysAgo(now, 5)))).toBeNull();
  });

  it('contacts on blocked days are mentioned, because those days protect a core value', () => {
    const sunday = received('sunday', '2026-02-08T10:00:00Z');
    const reminder = remind([lateEmail('a', 1), lateEmail('b', 3), sunday]);
    expect(reminder?.because).toContainEqual({ key: 'health.reminder.onBlockedDays', params: { count: 1 } });
  });

  it('two calls over the weekly limit in two weeks put the call limit on the reminder', () => {
    const calls = [call('w1a', '2026-02-02T10:00:00Z'), call('w1b', '2026-02-03T10:00:00Z'), call('w2a', '2026-02-09T10:00:00Z'), call('w2b', '2026-02-10T10:00:00Z')];
    const reminder = remind(calls);
    expect(reminder?.topics).toEqual([{ topic: 'call_limit', eventIds: ['w1b', 'w2b'] }]);
    expect(reminder?.because).toEqual([{ key: 'health.reminder.callsOverLimit', params: { count: 2, limit: 1 } }]);
  });

  it('three messages on chat, the channel ranked last, put channels on the reminder', () => {
    const chats = [1, 2, 3].map((d) => received(`chat-${d}`, daysAgo(now, d), { channel: 'chat' }));
    expect(remind(chats)?.topics.map((t) => t.topic)).toEqual(['channels']);
  });

  it('more breaches never take a reminder away', () => {
    const breach = fc.record({ daysBack: fc.integer({ min: 0, max: 20 }), hour: fc.integer({ min: 0, max: 23 }), channel: fc.constantFrom('email' as const, 'chat' as const, 'phone' as const) });
    fc.assert(
      fc.property(fc.array(breach, { maxLength: 8 }), fc.array(breach, { minLength: 1, maxLength: 5 }), (base, more) => {
        const toEvents = (list: typeof base, prefix: string) =>
          list.map((b, i) => received(`${prefix}${i}`, daysAgo(now, b.daysBack, b.hour), { channel: b.channel }));
        const before = remind(toEvents(base, 'b'));
        const after = remind([...toEvents(base, 'b'), ...toEvents(more, 'm')]);
        if (before !== null) {
          expect(after).not.toBeNull();
          for (const topic of before.topics) expect(after?.topics.map((t) => t.topic)).toContain(topic.topic);
        }
      }),
      { numRuns: 200 },
    );
  });
});
