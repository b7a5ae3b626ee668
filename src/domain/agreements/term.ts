// A contract's term: when it ends and when the renegotiation reminder is due (DOMAIN.md: at most 12 months, reminded before it ends).
import { Temporal } from 'temporal-polyfill';

/** The last day of a term that starts on `startDate` and runs `termMonths` months. */
export function termEndDate(startDate: string, termMonths: number): string {
  return Temporal.PlainDate.from(startDate).add({ months: termMonths }).subtract({ days: 1 }).toString();
}

/** The day the freelancer is reminded to renegotiate: `daysBefore` the end, but never before the term starts. */
export function renegotiationReminderDate(startDate: string, termMonths: number, daysBefore: number): string {
  const end = Temporal.PlainDate.from(termEndDate(startDate, termMonths));
  const reminder = end.subtract({ days: daysBefore });
  return Temporal.PlainDate.compare(reminder, Temporal.PlainDate.from(startDate)) < 0 ? startDate : reminder.toString();
}

/** Whether the reminder is due on `today` (a date in the freelancer's zone) and the term has not ended yet. */
export function isRenegotiationDue(startDate: string, termMonths: number, daysBefore: number, today: string): boolean {
  return today >= renegotiationReminderDate(startDate, termMonths, daysBefore) && today <= termEndDate(startDate, termMonths);
}
