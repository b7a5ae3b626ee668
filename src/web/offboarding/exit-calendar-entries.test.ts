import { describe, expect, test } from 'vitest';
import { calendarEntries } from './exit-calendar-entries.ts';

const plan = { id: 'p', clientId: 'c1', clientName: 'Brightside', clientCompany: '', status: 'open' as const, targetDate: '2027-04-30', noticeOn: '2027-03-31', stepsDone: 1, stepsTotal: 4 };

describe('exit calendar entries', () => {
  test('a plan shows its notice day and last day; a rest block its range, soonest first', () => {
    const entries = calendarEntries({ today: '2027-03-01', items: [plan], restBlocks: [{ clientId: 'c2', clientName: 'Stormy', restStart: '2027-03-08', restEnd: '2027-03-14' }] });
    expect(entries.map((e) => [e.kind, e.date, e.endDate])).toEqual([
      ['rest', '2027-03-08', '2027-03-14'],
      ['notice', '2027-03-31', undefined],
      ['last_day', '2027-04-30', undefined],
    ]);
  });

  test('a notice day already behind is dropped, and a passed last day is flagged late', () => {
    const entries = calendarEntries({ today: '2027-05-02', items: [plan], restBlocks: [{ clientId: 'c2', clientName: 'Stormy', restStart: '2027-05-01', restEnd: '2027-05-03' }] });
    expect(entries).toEqual([
      expect.objectContaining({ kind: 'last_day', isPast: true }),
      // A rest block already under way starts "today" on the calendar.
      expect.objectContaining({ kind: 'rest', date: '2027-05-02', endDate: '2027-05-03' }),
    ]);
  });
});
