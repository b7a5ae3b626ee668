import { describe, expect, test } from 'vitest';
import { defaultReminderDays, reminderDue, type ReminderFacts } from './reminders.ts';
import { promiseOutcome } from './promises.ts';
import { paymentBehaviour } from './payment-behaviour.ts';

const facts = (over: Partial<ReminderFacts> = {}): ReminderFacts => ({ dueOn: '2027-03-10', today: '2027-03-01', balance: 100, recordedSteps: new Set(), pausedRanges: [], ...over });

describe('reminder schedule', () => {
  test('by default: 3 days before, on the day, then 3, 7, 14 and 30 days late', () => {
    const sent: string[] = [];
    const recorded = new Set<string>();
    for (let day = 1; day <= 30 + 12; day++) {
      const today = new Date(Date.UTC(2027, 2, day)).toISOString().slice(0, 10);
      const decision = reminderDue(defaultReminderDays, facts({ today, recordedSteps: recorded }));
      if (decision.action === 'send') {
        sent.push(`${decision.step}@${today}`);
        recorded.add(decision.step);
      }
    }
    expect(sent).toEqual(['d-3@2027-03-07', 'd0@2027-03-10', 'd+3@2027-03-13', 'd+7@2027-03-17', 'd+14@2027-03-24', 'd+30@2027-04-09']);
  });

  test('after days without a run, only the latest step goes out; the missed ones are recorded as passed over', () => {
    expect(reminderDue(defaultReminderDays, facts({ today: '2027-03-18' }))).toEqual({ action: 'send', step: 'd+7', offsetDays: 7, passedOver: ['d-3', 'd0', 'd+3'] });
  });

  test('payment stops them, a promise pauses them until its date', () => {
    expect(reminderDue(defaultReminderDays, facts({ today: '2027-03-13', balance: 0 }))).toEqual({ action: 'none', reason: 'paid' });
    const promised = { pausedRanges: [{ from: '2027-03-11', to: '2027-03-20' }] };
    expect(reminderDue(defaultReminderDays, facts({ today: '2027-03-17', ...promised }))).toEqual({ action: 'none', reason: 'paused' });
    expect(reminderDue(defaultReminderDays, facts({ today: '2027-03-21', ...promised }))).toMatchObject({ action: 'send', step: 'd+7' });
  });

  test('a client schedule replaces the default', () => {
    expect(reminderDue([1], facts({ today: '2027-03-10' }))).toEqual({ action: 'none', reason: 'not_yet' });
    expect(reminderDue([1], facts({ today: '2027-03-11' }))).toMatchObject({ step: 'd+1' });
  });
});

describe('promises to pay', () => {
  const promise = { recordedOn: '2027-03-12', promisedOn: '2027-03-20' };
  test('kept when paid in full by the date, broken once the date passes unpaid', () => {
    expect(promiseOutcome(promise, '2027-03-20', '2027-03-25')).toBe('kept');
    expect(promiseOutcome(promise, null, '2027-03-20')).toBe('pending');
    expect(promiseOutcome(promise, null, '2027-03-21')).toBe('broken');
    expect(promiseOutcome(promise, '2027-03-22', '2027-03-25')).toBe('broken');
  });
});

describe('payment behaviour', () => {
  const paid = (dueOn: string, paidInFullOn: string) => ({ dueOn, paidInFullOn });
  test('on-time rate, average days late and the trend of the last three against the three before', () => {
    const behaviour = paymentBehaviour(
      [paid('2027-01-10', '2027-01-20'), paid('2027-02-10', '2027-02-22'), paid('2027-03-10', '2027-03-18'), paid('2027-04-10', '2027-04-10'), paid('2027-05-10', '2027-05-12'), paid('2027-06-10', '2027-06-09')],
      ['kept', 'broken', 'kept', 'pending'],
    );
    expect(behaviour).toEqual({
      paidInvoices: 6,
      onTimeRate: 0.333,
      averageDaysLate: 5.3,
      trend: 'improving',
      recentAverageDaysLate: 0.7,
      previousAverageDaysLate: 10,
      promisesKept: 2,
      promisesBroken: 1,
      promisesPending: 1,
    });
  });
  test('with fewer than six paid invoices there is no trend yet', () => {
    expect(paymentBehaviour([paid('2027-01-10', '2027-01-20')], []).trend).toBe('not_enough_data');
    expect(paymentBehaviour([], []).onTimeRate).toBeNull();
  });
});
