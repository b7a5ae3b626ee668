import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { officeCalendar } from '../boundaries/office-calendar.ts';
import { assessCommunication } from './communication.ts';
import { defaultHealthSettings } from './health-settings.ts';
import type { RelationshipEvent } from './relationship-events.ts';
import { replyDeadline } from './reply-deadline.ts';
import { daysAgo, madridWriter, sent } from './test-support.ts';

const now = Temporal.Instant.from('2026-06-15T10:00:00Z'); // Monday, 12:00 in Madrid
const calendar = officeCalendar(madridWriter(), ['2026-06-22']);
const oneWorkingDay = { amount: 1, unit: 'working_days' } as const;

function assess(events: RelationshipEvent[], replyWindow: { amount: number; unit: 'hours' | 'working_days' } = oneWorkingDay) {
  return assessCommunication({ events, calendar, replyWindow, now, settings: defaultHealthSettings });
}

const answered = (id: string, days: number) => sent(id, daysAgo(now, days), { repliedAt: daysAgo(now, days, -2) });
const ignored = (id: string, days: number) => sent(id, daysAgo(now, days));

describe('when a reply is due', () => {
  it('one working day after a Friday 16:00 message is Monday 16:00, wall clock kept', () => {
    const friday = Temporal.Instant.from('2026-06-12T14:00:00Z');
    expect(replyDeadline(friday, oneWorkingDay, calendar).toString()).toBe('2026-06-15T14:00:00Z');
  });

  it('a public holiday on the Monday pushes it to Tuesday', () => {
    const friday = Temporal.Instant.from('2026-06-19T14:00:00Z');
    expect(replyDeadline(friday, oneWorkingDay, calendar).toString()).toBe('2026-06-23T14:00:00Z');
  });

  it('across the night the clocks go back, the deadline keeps the wall-clock time', () => {
    const friday = Temporal.Instant.from('2026-10-23T14:00:00Z'); // 16:00 CEST
    expect(replyDeadline(friday, oneWorkingDay, calendar).toString()).toBe('2026-10-26T15:00:00Z'); // 16:00 CET
  });

  it('a window in hours is elapsed time', () => {
    expect(replyDeadline(Temporal.Instant.from('2026-06-12T14:00:00Z'), { amount: 4, unit: 'hours' }, calendar).toString()).toBe('2026-06-12T18:00:00Z');
  });

  it('a calendar with every working day blocked still has a deadline, counted in calendar days', () => {
    const blocked = { ...calendar, blockedDays: (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((weekday) => ({ kind: 'weekly' as const, weekday, coreValue: 'rest', label: 'Sabbatical' })) };
    expect(replyDeadline(Temporal.Instant.from('2026-06-12T14:00:00Z'), oneWorkingDay, blocked).toString()).toBe('2026-06-13T14:00:00Z');
  });
});

describe('reason 1: inconsistent communication', () => {
  it('one unanswered message is not a pattern', () => {
    const result = assess([ignored('a', 10), answered('b', 20), answered('c', 30)]);
    expect(result.status).toBe('ok');
    expect(result.evidence.eventIds).toEqual(['a']);
  });

  it('two of four important messages left unanswered are worth watching', () => {
    const result = assess([ignored('a', 10), ignored('b', 20), answered('c', 30), answered('d', 40)]);
    expect(result.status).toBe('watch');
    expect(result.because).toEqual([{ key: 'health.communication.unanswered', params: { count: 2, total: 4, days: 90 } }]);
  });

  it('two misses among twenty answered messages are the occasional miss, not a routine', () => {
    const events = [ignored('a', 10), ignored('b', 20), ...Array.from({ length: 18 }, (_, i) => answered(`ok${i}`, 5 + i * 4))];
    expect(assess(events).status).toBe('ok');
  });

  it('four of six unanswered call for action, with the messages as evidence, oldest first', () => {
    const result = assess([ignored('a', 10), ignored('b', 20), ignored('c', 30), ignored('d', 40), answered('e', 50), answered('f', 60)]);
    expect(result.status).toBe('act');
    expect(result.evidence.eventIds).toEqual(['d', 'c', 'b', 'a']);
  });

  it('an answer that came after the window counts as a miss', () => {
    const late = sent('late', daysAgo(now, 20), { repliedAt: daysAgo(now, 12) });
    expect(assess([late]).evidence.eventIds).toEqual(['late']);
  });

  it('a message still inside its reply window is neither a miss nor an answer yet', () => {
    const result = assess([sent('fresh', daysAgo(now, 0, 2))]);
    expect(result.signals.current).toBe(0);
    expect(result.because[0]?.key).toBe('health.communication.nothingDue');
  });

  it('messages that are not important do not count', () => {
    expect(assess([sent('fyi', daysAgo(now, 10), { isImportant: false }), sent('fyi2', daysAgo(now, 11), { isImportant: false })]).status).toBe('ok');
  });

  it('fewer misses now than in the previous 90 days is a better trend', () => {
    const result = assess([ignored('now', 10), ignored('then1', 100), ignored('then2', 120), ignored('then3', 150)]);
    expect(result.signals).toEqual({ current: 1, previous: 3 });
    expect(result.trend).toBe('better');
  });
});
