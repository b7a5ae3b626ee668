import { describe, expect, test } from 'vitest';
import { addDays } from './local-dates.ts';
import { lastWorkingDayOf, retainerInvoiceDayOf, retainerInvoiceDue, standardWorkDays, workDaysOf, type RetainerFacts } from './retainer-schedule.ts';
import type { WeeklyHours } from '../time/weekly-hours.ts';

const nine = [{ start: '09:00', end: '17:00' }];
const hours = (days: (keyof WeeklyHours)[]): WeeklyHours => ({ monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [], ...Object.fromEntries(days.map((d) => [d, nine])) });

describe('the last working day of a month', () => {
  test('a month ending on a weekday ends its working days that day (Wednesday 31 March 2027)', () => {
    expect(lastWorkingDayOf('2027-03', standardWorkDays)).toBe('2027-03-31');
  });

  test('a month ending on a Sunday or a Saturday goes back to the Friday', () => {
    expect(lastWorkingDayOf('2027-02', standardWorkDays)).toBe('2027-02-26'); // Sunday 28 February
    expect(lastWorkingDayOf('2027-07', standardWorkDays)).toBe('2027-07-30'); // Saturday 31 July
    expect(lastWorkingDayOf('2028-02', standardWorkDays)).toBe('2028-02-29'); // a leap year's Tuesday
  });

  test('daylight-saving changes do not move it: plain dates, no clock times (Europe changes on 28 March and 31 October 2027)', () => {
    expect(lastWorkingDayOf('2027-10', standardWorkDays)).toBe('2027-10-29');
    expect(lastWorkingDayOf('2027-03', standardWorkDays)).toBe('2027-03-31');
  });

  test("the profile's own working days count when it has office hours; weekly blocked days do not", () => {
    // Works Tuesday to Saturday: July 2027 ends on a Saturday, a working day.
    expect(lastWorkingDayOf('2027-07', workDaysOf({ weekly: hours(['tuesday', 'wednesday', 'thursday', 'friday', 'saturday']), blockedWeekdays: [] }))).toBe('2027-07-31');
    // Works Monday to Friday but keeps Fridays free: April 2027 ends on a Friday, so Thursday the 29th.
    expect(lastWorkingDayOf('2027-04', workDaysOf({ weekly: hours(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']), blockedWeekdays: ['friday'] }))).toBe('2027-04-29');
    // No office hours at all, or no profile: Monday to Friday.
    expect(workDaysOf({ weekly: hours([]), blockedWeekdays: [] })).toEqual(standardWorkDays);
    expect(workDaysOf(null)).toEqual(standardWorkDays);
  });

  test('a fixed day of the month is that day, whatever the weekday', () => {
    expect(retainerInvoiceDayOf('2027-02', 28, standardWorkDays)).toBe('2027-02-28');
    expect(retainerInvoiceDayOf('2027-05', 1, standardWorkDays)).toBe('2027-05-01');
  });
});

describe('which retainer invoice is due', () => {
  const facts = (over: Partial<RetainerFacts> = {}): RetainerFacts => ({ today: '2027-03-31', setting: 'last_working_day', workDays: standardWorkDays, isBilledInAdvance: true, startDate: '2027-03-01', termMonths: 6, ...over });

  test('in advance: on the last working day of March, April is invoiced, due on 1 April', () => {
    expect(retainerInvoiceDue(facts())).toEqual({ billingPeriod: '2027-04', runOn: '2027-03-31', dueOn: '2027-04-01' });
  });

  test('in arrears: on the same day, March is invoiced and the payment terms set the due date', () => {
    expect(retainerInvoiceDue(facts({ isBilledInAdvance: false }))).toEqual({ billingPeriod: '2027-03', runOn: '2027-03-31', dueOn: null });
  });

  test('between two runs the latest one still stands, so a missed day is caught up (the server was off on 31 March)', () => {
    expect(retainerInvoiceDue(facts({ today: '2027-04-12' }))).toEqual({ billingPeriod: '2027-04', runOn: '2027-03-31', dueOn: '2027-04-12' });
    expect(retainerInvoiceDue(facts({ today: '2027-04-29' }))?.billingPeriod).toBe('2027-04');
    expect(retainerInvoiceDue(facts({ today: '2027-04-30' }))?.billingPeriod).toBe('2027-05');
  });

  test('a contract signed after the run before its first month still gets that month, due the day it is issued', () => {
    expect(retainerInvoiceDue(facts({ today: '2027-03-10' }))).toEqual({ billingPeriod: '2027-03', runOn: '2027-02-26', dueOn: '2027-03-10' });
  });

  test('six months of term are six invoices: March to August, nothing for September', () => {
    const billed = new Set<string>();
    for (let today = '2027-02-01'; today <= '2027-10-31'; today = addDays(today, 1)) {
      const due = retainerInvoiceDue(facts({ today }));
      if (due) billed.add(due.billingPeriod);
    }
    expect([...billed]).toEqual(['2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08']);
  });

  test('a term starting mid-month bills that month first, then the following ones', () => {
    expect(retainerInvoiceDue(facts({ today: '2027-02-26', startDate: '2027-03-15', termMonths: 2 }))?.billingPeriod).toBe('2027-03');
    expect(retainerInvoiceDue(facts({ today: '2027-04-30', startDate: '2027-03-15', termMonths: 2 }))).toBeNull();
  });

  test('with a fixed day, the run is on that day each month (the 25th)', () => {
    expect(retainerInvoiceDue(facts({ setting: 25, today: '2027-03-24' }))?.billingPeriod).toBe('2027-03');
    expect(retainerInvoiceDue(facts({ setting: 25, today: '2027-03-25' }))).toEqual({ billingPeriod: '2027-04', runOn: '2027-03-25', dueOn: '2027-04-01' });
  });

  test('a run on the first of January bills February of the same year; one at the end of December bills January of the next', () => {
    expect(retainerInvoiceDue(facts({ today: '2027-12-31', startDate: '2027-10-01' }))?.billingPeriod).toBe('2028-01');
    expect(retainerInvoiceDue(facts({ setting: 1, today: '2028-01-01', startDate: '2027-10-01' }))?.billingPeriod).toBe('2028-02');
  });
});
