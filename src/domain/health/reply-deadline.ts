// When an answer to a message is due: so many elapsed hours, or so many of the freelancer's working days later.
import { Temporal } from 'temporal-polyfill';
import type { ReplyWindow } from '../profile/reply-window.ts';
import { hasWorkingWeekdays, isWorkingDay, type OfficeCalendar } from '../boundaries/office-calendar.ts';

const hourMs = 60 * 60 * 1000;

/**
 * Working days follow the freelancer's calendar, wall clock kept: asked on Friday at 16:00 with one working day to
 * answer, the reply is due on Monday at 16:00, and on Tuesday when Monday is a holiday. A calendar without any working
 * day (everything blocked) counts every day, so a deadline always exists.
 */
export function replyDeadline(sentAt: Temporal.Instant, window: ReplyWindow, calendar: OfficeCalendar): Temporal.Instant {
  switch (window.unit) {
    case 'hours':
      return Temporal.Instant.fromEpochMilliseconds(sentAt.epochMilliseconds + Math.round(window.amount * hourMs));
    case 'working_days': {
      const isEveryDayCounted = !hasWorkingWeekdays(calendar);
      let moment = sentAt.toZonedDateTimeISO(calendar.timeZone);
      // Yearly blocked days and holidays can only remove a few days a year, so this loop ends within about a week per day.
      for (let counted = 0; counted < Math.ceil(window.amount); ) {
        moment = moment.add({ days: 1 });
        if (isEveryDayCounted || isWorkingDay(moment.toPlainDate(), calendar)) counted++;
      }
      return moment.toInstant();
    }
  }
}
