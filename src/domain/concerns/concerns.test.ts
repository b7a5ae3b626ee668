import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { daysAgo, openConcern } from '../health/test-support.ts';
import type { Concern } from '../health/relationship-events.ts';
import { resolveConcern } from './concern-lifecycle.ts';
import { defaultConcernSettings } from './concern-settings.ts';
import { concernNudges } from './short-accounts.ts';

const now = Temporal.Instant.from('2026-06-15T10:00:00Z');
const nudges = (...events: Concern[]) => concernNudges(events, now, defaultConcernSettings);

describe('keeping short accounts', () => {
  it('an open concern three days old gets a nudge to raise it, saying how long it has waited', () => {
    expect(nudges(openConcern('late-feedback', daysAgo(now, 3, 2)))).toEqual([
      {
        eventId: 'late-feedback',
        ageDays: 3,
        action: 'raise_it',
        because: [{ key: 'health.concern.raiseIt', params: { summary: 'Feedback arrives a day before the deadline', days: 3 } }],
        template: null,
      },
    ]);
  });

  it('a concern two days old can still wait', () => {
    expect(nudges(openConcern('fresh', daysAgo(now, 2, 23)))).toEqual([]);
  });

  it('"something feels off" gets a kind check-in with a message to start from, not a raised issue', () => {
    const [nudge] = nudges(openConcern('quiet', daysAgo(now, 5), { isVague: true, summary: 'Short replies lately' }));
    expect(nudge?.action).toBe('check_in');
    expect(nudge?.template).toEqual({ key: 'health.concern.checkInMessage', params: {} });
  });

  it('resolved concerns are never nudged, and the oldest open one comes first', () => {
    const resolved: Concern = { ...openConcern('done', daysAgo(now, 30)), status: 'resolved', resolvedAt: daysAgo(now, 25), resolutionNotes: 'Agreed on Monday briefs' };
    expect(nudges(openConcern('newer', daysAgo(now, 4)), resolved, openConcern('older', daysAgo(now, 9))).map((n) => [n.eventId, n.ageDays])).toEqual([
      ['older', 9],
      ['newer', 4],
    ]);
  });
});

describe('resolving a concern', () => {
  const concern = openConcern('c', '2026-06-01T10:00:00Z');

  it('records when and how it was resolved', () => {
    const result = resolveConcern(concern, Temporal.Instant.from('2026-06-03T10:00:00Z'), '  Talked it through; briefs now come on Mondays ');
    expect(result).toEqual({ kind: 'resolved', concern: { ...concern, status: 'resolved', resolvedAt: '2026-06-03T10:00:00Z', resolutionNotes: 'Talked it through; briefs now come on Mondays' } });
  });

  it('refuses to resolve twice, before it was opened, or without notes', () => {
    const resolved = resolveConcern(concern, Temporal.Instant.from('2026-06-03T10:00:00Z'), 'ok');
    if (resolved.kind !== 'resolved') throw new Error('expected resolved');
    expect(resolveConcern(resolved.concern, Temporal.Instant.from('2026-06-04T10:00:00Z'), 'again')).toEqual({ kind: 'rejected', problem: 'already_resolved' });
    expect(resolveConcern(concern, Temporal.Instant.from('2026-05-30T10:00:00Z'), 'early')).toEqual({ kind: 'rejected', problem: 'resolved_before_opened' });
    expect(resolveConcern(concern, Temporal.Instant.from('2026-06-03T10:00:00Z'), '   ')).toEqual({ kind: 'rejected', problem: 'notes_missing' });
  });
});
