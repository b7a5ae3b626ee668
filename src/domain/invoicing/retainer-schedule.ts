// Retainers billed in advance (DOMAIN.md sections 3 and 4): on the retainer invoice day of each month (the last working
// day, or a fixed day) next month's fee is invoiced; a retainer billed in arrears invoices the month that is ending.
// Dates are plain calendar dates in the freelancer's zone, so daylight-saving changes never move them.
import { Temporal } from 'temporal-polyfill';
import { isWeekendDay, weekdayOf, weekdays, type Weekday } from '../time/weekdays.ts';
import type { WeeklyHours } from '../time/weekly-hours.ts';
import { daysBetween } from './local-dates.ts';

/** The invoicing setting: the last working day of the month, or a fixed day (1–28, so every month has it). */
export type RetainerInvoiceDay = 'last_working_day' | number;

/** Monday to Friday: the working week when the freelancer has not said otherwise. */
export const standardWorkDays: readonly Weekday[] = weekdays.filter((day) => !isWeekendDay(day));

/**
 * The freelancer's working days: the days their office hours cover, less days blocked every week (a Sunday kept for
 * faith, say). A profile without any office hours falls back to Monday to Friday.
 */
export function workDaysOf(profile: { weekly: WeeklyHours; blockedWeekdays: readonly Weekday[] } | null): readonly Weekday[] {
  if (profile === null) return standardWorkDays;
  const days = weekdays.filter((day) => profile.weekly[day].length > 0 && !profile.blockedWeekdays.includes(day));
  return days.length > 0 ? days : standardWorkDays;
}

/** "2027-03" for any date in March 2027. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, months: number): string {
  return Temporal.PlainYearMonth.from(month).add({ months }).toString();
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

/** The last day of the month that is one of `workDays`; the month's last day when none of its days are. */
export function lastWorkingDayOf(month: string, workDays: readonly Weekday[]): string {
  const yearMonth = Temporal.PlainYearMonth.from(month);
  const last = yearMonth.toPlainDate({ day: yearMonth.daysInMonth });
  for (let day = last; day.month === last.month; day = day.subtract({ days: 1 })) {
    if (workDays.includes(weekdayOf(day))) return day.toString();
  }
  return last.toString();
}

export function retainerInvoiceDayOf(month: string, setting: RetainerInvoiceDay, workDays: readonly Weekday[]): string {
  if (setting === 'last_working_day') return lastWorkingDayOf(month, workDays);
  return Temporal.PlainYearMonth.from(month).toPlainDate({ day: setting }).toString();
}

/** The months a retainer bills: `termMonths` calendar months, the first being the month the work starts. */
export function isRetainerMonth(billingPeriod: string, term: { startDate: string; termMonths: number }): boolean {
  const first = monthOf(term.startDate);
  return billingPeriod >= first && billingPeriod < addMonths(first, term.termMonths);
}

export type RetainerFacts = {
  /** Today's date where the freelancer works. */
  today: string;
  setting: RetainerInvoiceDay;
  workDays: readonly Weekday[];
  isBilledInAdvance: boolean;
  startDate: string;
  termMonths: number;
};

export type RetainerInvoiceDue = {
  /** The month the invoice bills (YYYY-MM): with the contract, the key that makes it once only. */
  billingPeriod: string;
  /** The day of the run this invoice belongs to. */
  runOn: string;
  /** In advance: the first day of the billed month (today when that has passed); in arrears: null, the payment terms decide. */
  dueOn: string | null;
};

/**
 * The retainer invoice due by `today`, if any: the latest run on or before today bills the next month (in advance) or
 * its own month (in arrears), when the term covers that month. Only that latest run counts: after days with the server
 * off the job catches up on the current period, never on older ones (those are invoiced by hand if wanted).
 */
export function retainerInvoiceDue(facts: RetainerFacts): RetainerInvoiceDue | null {
  const thisMonth = monthOf(facts.today);
  const thisRun = retainerInvoiceDayOf(thisMonth, facts.setting, facts.workDays);
  const runMonth = daysBetween(thisRun, facts.today) >= 0 ? thisMonth : addMonths(thisMonth, -1);
  const runOn = runMonth === thisMonth ? thisRun : retainerInvoiceDayOf(runMonth, facts.setting, facts.workDays);
  const billingPeriod = facts.isBilledInAdvance ? addMonths(runMonth, 1) : runMonth;
  if (!isRetainerMonth(billingPeriod, facts)) return null;
  if (!facts.isBilledInAdvance) return { billingPeriod, runOn, dueOn: null };
  const firstDay = firstDayOf(billingPeriod);
  return { billingPeriod, runOn, dueOn: daysBetween(facts.today, firstDay) >= 0 ? firstDay : facts.today };
}
