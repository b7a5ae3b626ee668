import { describe, expect, test } from 'vitest';
import { isRenegotiationDue, renegotiationReminderDate, termEndDate } from './term.ts';

describe('contract term', () => {
  test('six months from 1 March end on 31 August; the reminder comes 30 days before', () => {
    expect(termEndDate('2027-03-01', 6)).toBe('2027-08-31');
    expect(renegotiationReminderDate('2027-03-01', 6, 30)).toBe('2027-08-01');
    expect(isRenegotiationDue('2027-03-01', 6, 30, '2027-07-31')).toBe(false);
    expect(isRenegotiationDue('2027-03-01', 6, 30, '2027-08-01')).toBe(true);
    expect(isRenegotiationDue('2027-03-01', 6, 30, '2027-09-01')).toBe(false);
  });

  test('a reminder window longer than the term starts on the first day', () => {
    expect(renegotiationReminderDate('2027-03-01', 1, 60)).toBe('2027-03-01');
  });
});
