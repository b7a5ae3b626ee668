// "How we work together": what a client may know of the freelancer's profile, in the client's time zone.
import type { Temporal } from 'temporal-polyfill';
import { officeCalendar } from '../boundaries/office-calendar.ts';
import type { ContactChannel } from '../events/event-types.ts';
import type { FreelancerProfile } from '../profile/profile.ts';
import type { ReplyWindow } from '../profile/reply-window.ts';
import { agreementsFrom, type Agreement } from './agreements.ts';
import { officeWeek, type OfficeDay } from './office-week.ts';

export type WorkingTogether = {
  freelancerTimeZone: string;
  clientTimeZone: string;
  week: OfficeDay[];
  /** Favourite first. */
  channels: ContactChannel[];
  callsPerWeek: number;
  replyWindow: ReplyWindow;
  daysOff: { isWeekendOff: boolean; isPublicHolidayOff: boolean; hasBlockedDays: boolean };
  agreements: Agreement[];
};

/** Public holidays are dates the profile does not hold, so the week shows none; daysOff still says whether they are off. */
export function workingTogether(profile: FreelancerProfile, clientTimeZone: string, now: Temporal.Instant): WorkingTogether {
  const { dreamBusiness, communication } = profile;
  return {
    freelancerTimeZone: profile.timeZone,
    clientTimeZone,
    week: officeWeek(officeCalendar(profile), clientTimeZone, now),
    channels: [...communication.channels.ranked],
    callsPerWeek: communication.calls.maxPerWeek,
    replyWindow: { amount: communication.replyWindow.amount, unit: communication.replyWindow.unit },
    daysOff: { isWeekendOff: dreamBusiness.weekends.isOff, isPublicHolidayOff: dreamBusiness.publicHolidays.isOff, hasBlockedDays: dreamBusiness.blockedDays.length > 0 },
    agreements: agreementsFrom(profile),
  };
}
