// The friendly reminder as a draft email in the client's language, built from the freelancer's own profile: only the
// topics the client actually crossed, worded as the agreement rather than as a complaint.
import type { ReminderTopic } from '../../domain/boundaries/friendly-reminder.ts';
import type { FreelancerProfile } from '../../domain/profile/profile.ts';
import { weekdays, type Weekday } from '../../domain/time/weekdays.ts';
import type { TimeRange } from '../../domain/time/weekly-hours.ts';
import { translatorFor } from '../../i18n/server.ts';
import type { Language } from '../../schemas/common.ts';

export type ReminderDraftInput = {
  language: Language;
  clientName: string;
  freelancerName: string;
  profile: FreelancerProfile;
  topics: readonly ReminderTopic[];
};

/** Monday 2027-03-01 onwards: a real week, so Intl names each weekday in the reader's language. */
function weekdayName(day: Weekday, language: Language): string {
  const date = new Date(Date.UTC(2027, 2, 1 + weekdays.indexOf(day)));
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

const rangesText = (ranges: readonly TimeRange[]) => ranges.map((range) => `${range.start}–${range.end}`).join(', ');

/** "Monday to Friday 09:00–17:00; Saturday 10:00–12:00": consecutive days with the same hours read as one span. */
export function officeHoursText(profile: FreelancerProfile, language: Language): string {
  const t = translatorFor(language);
  const spans: { from: Weekday; to: Weekday; ranges: TimeRange[] }[] = [];
  for (const day of weekdays) {
    const ranges = profile.dreamBusiness.officeHours.weekly[day];
    if (ranges.length === 0) continue;
    const last = spans.at(-1);
    const isNextDay = last && weekdays.indexOf(day) === weekdays.indexOf(last.to) + 1;
    if (last && isNextDay && rangesText(last.ranges) === rangesText(ranges)) last.to = day;
    else spans.push({ from: day, to: day, ranges });
  }
  if (spans.length === 0) return t('email.relationship.noHours');
  return spans
    .map((span) => {
      const days = span.from === span.to ? weekdayName(span.from, language) : t('email.relationship.dayRange', { from: weekdayName(span.from, language), to: weekdayName(span.to, language) });
      return `${days} ${rangesText(span.ranges)}`;
    })
    .join('; ');
}

function channelsText(profile: FreelancerProfile, language: Language): string {
  const t = translatorFor(language);
  // The top two ranked channels: naming every channel would dilute the message.
  const names = profile.communication.channels.ranked.slice(0, 2).map((channel) => t(`web.channelPhrases.${channel}`, { defaultValue: channel }));
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(names);
}

export function friendlyReminderDraft(input: ReminderDraftInput): { subject: string; body: string } {
  const { language, profile } = input;
  const t = translatorFor(language);
  const points: string[] = [];
  if (input.topics.includes('office_hours')) points.push(t('email.relationship.officeHours', { hours: officeHoursText(profile, language), zone: profile.timeZone }));
  if (input.topics.includes('call_limit')) points.push(t('email.relationship.callLimit', { count: profile.communication.calls.maxPerWeek }));
  if (input.topics.includes('channels') && profile.communication.channels.ranked.length > 0) points.push(t('email.relationship.channels', { channels: channelsText(profile, language) }));
  points.push(t('email.relationship.emergency'));
  const body = [
    t('email.relationship.greeting', { name: input.clientName }),
    t('email.relationship.intro'),
    points.map((point) => `- ${point}`).join('\n'),
    t('email.relationship.closing'),
    t('email.relationship.signature', { freelancer: input.freelancerName }),
  ].join('\n\n');
  return { subject: t('email.relationship.reminderSubject'), body };
}

/** A kind first sentence for raising a concern while it is small. */
export function concernOpeningLine(language: Language, clientName: string, summary: string): string {
  // The summary sits mid-sentence, so its own closing punctuation would double up.
  return translatorFor(language)('email.relationship.openingLine', { name: clientName, summary: summary.trim().replace(/[.!…]+$/u, '') });
}
