// The freelancer's working calendar in their own zone: office hours, days off, public holidays and blocked days.
import { Temporal } from 'temporal-polyfill';
import { blockedDaysOn, type BlockedDay } from '../profile/blocked-days.ts';
import type { FreelancerProfile } from '../profile/profile.ts';
import { isWeekendDay, weekdayOf, type Weekday } from '../time/weekdays.ts';
import { workingWeekdays, type WeeklyHours } from '../time/weekly-hours.ts';

/**
 * What contact times are judged against. Public holiday dates are data ("2026-12-25"), supplied by the caller
 * (the profile only says whether holidays are taken off; which days they are depends on where the freelancer lives).
 */
export type OfficeCalendar = {
  timeZone: string;
  weekly: WeeklyHours;
  isWeekendOff: boolean;
  isPublicHolidayOff: boolean;
  publicHolidays: readonly string[];
  blockedDays: readonly BlockedDay[];
};

export function officeCalendar(profile: FreelancerProfile, publicHolidays: readonly string[] = []): OfficeCalendar {
  const { dreamBusiness, timeZone } = profile;
  return {
    timeZone,
    weekly: dreamBusiness.officeHours.weekly,
    isWeekendOff: dreamBusiness.weekends.isOff,
    isPublicHolidayOff: dreamBusiness.publicHolidays.isOff,
    publicHolidays,
    blockedDays: dreamBusiness.blockedDays,
  };
}

/** The wall-clock date and time in the freelancer's zone at `instant`. */
export function localDateTime(instant: Temporal.Instant, calendar: OfficeCalendar): Temporal.PlainDateTime {
  return instant.toZonedDateTimeISO(calendar.timeZone).toPlainDateTime();
}

export function isPublicHoliday(date: Temporal.PlainDate, calendar: OfficeCalendar): boolean {
  return calendar.publicHolidays.some((holiday) => Temporal.PlainDate.compare(Temporal.PlainDate.from(holiday), date) === 0);
}

/**
 * A day off is a day without office hours, a weekend day when weekends are off, or a public holiday when those are off.
 * (Ticking "weekends off" wins over hours left on a Saturday: the freelancer said it twice, the stricter answer stands.)
 */
export function isDayOff(date: Temporal.PlainDate, calendar: OfficeCalendar): boolean {
  const weekday = weekdayOf(date);
  if (calendar.weekly[weekday].length === 0) return true;
  if (calendar.isWeekendOff && isWeekendDay(weekday)) return true;
  return calendar.isPublicHolidayOff && isPublicHoliday(date, calendar);
}

export function blockedOn(date: Temporal.PlainDate, calendar: OfficeCalendar): BlockedDay[] {
  return blockedDaysOn(calendar.blockedDays, date);
}

export function isWorkingDay(date: Temporal.PlainDate, calendar: OfficeCalendar): boolean {
  return !isDayOff(date, calendar) && blockedOn(date, calendar).length === 0;
}

/** Whether any weekday has office hours at all; without one, "working days" cannot be counted and fall back to calendar days. */
export function hasWorkingWeekdays(calendar: OfficeCalendar): boolean {
  const isBlockedEveryWeek = (day: Weekday) => calendar.blockedDays.some((blocked) => blocked.kind === 'weekly' && blocked.weekday === day);
  return workingWeekdays(calendar.weekly).some((day) => !(calendar.isWeekendOff && isWeekendDay(day)) && !isBlockedEveryWeek(day));
}
