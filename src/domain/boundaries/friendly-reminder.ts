// Past a threshold of boundary breaches, a suggestion to remind the client, kindly, of how you agreed to work together.
import type { Temporal } from 'temporal-polyfill';
import { healthText, type HealthText } from '../health/health-text.ts';
import { eventsWithin, lastDays } from '../health/time-window.ts';
import type { BoundaryEvent, BoundaryFlag } from './boundary-events.ts';
import type { BoundarySettings } from './boundary-settings.ts';

export const reminderTopics = ['office_hours', 'call_limit', 'channels'] as const;
export type ReminderTopic = (typeof reminderTopics)[number];

export type FriendlyReminder = {
  /** What the reminder should cover, each with the contacts that crossed that line. */
  topics: { topic: ReminderTopic; eventIds: string[] }[];
  /** Every contact behind the suggestion, oldest first. */
  evidence: string[];
  because: HealthText[];
};

export type FriendlyReminderInput = {
  boundaryEvents: readonly BoundaryEvent[];
  now: Temporal.Instant;
  /** When the last reminder went out: contacts before it were already addressed and do not count again. */
  lastRemindedAt: Temporal.Instant | null;
  /** The profile's most calls a week, quoted back in the reminder. */
  callsPerWeekLimit: number;
  settings: BoundarySettings;
};

function topicOf(flag: BoundaryFlag): ReminderTopic {
  switch (flag) {
    case 'outside_hours':
    case 'day_off':
    case 'blocked_day':
      return 'office_hours';
    case 'calls_over_limit':
      return 'call_limit';
    case 'channel_ranked_last':
    case 'channel_not_offered':
      return 'channels';
  }
}

/** Null while every count is below its threshold. */
export function suggestFriendlyReminder(input: FriendlyReminderInput): FriendlyReminder | null {
  const { settings } = input;
  const lastWeeks = lastDays(input.now, settings.reminderWindowDays);
  const window = input.lastRemindedAt === null ? lastWeeks : { ...lastWeeks, start: Math.max(lastWeeks.start, input.lastRemindedAt.epochMilliseconds) };
  const recent = eventsWithin(input.boundaryEvents, window);
  const withTopic = (topic: ReminderTopic) => recent.filter((event) => event.flags.some((flag) => topicOf(flag) === topic));

  const outsideHours = withTopic('office_hours');
  const overLimit = withTopic('call_limit');
  const wrongChannel = withTopic('channels');
  const topics: FriendlyReminder['topics'] = [];
  const because: HealthText[] = [];
  if (outsideHours.length >= settings.outsideHoursContactsForReminder) {
    topics.push({ topic: 'office_hours', eventIds: outsideHours.map((event) => event.eventId) });
    because.push(healthText('health.reminder.outsideHours', { count: outsideHours.length, days: settings.reminderWindowDays }));
    const onBlockedDays = outsideHours.filter((event) => event.flags.includes('blocked_day')).length;
    if (onBlockedDays > 0) because.push(healthText('health.reminder.onBlockedDays', { count: onBlockedDays }));
  }
  if (overLimit.length >= settings.callsOverLimitForReminder) {
    topics.push({ topic: 'call_limit', eventIds: overLimit.map((event) => event.eventId) });
    because.push(healthText('health.reminder.callsOverLimit', { count: overLimit.length, limit: input.callsPerWeekLimit }));
  }
  if (wrongChannel.length >= settings.wrongChannelContactsForReminder) {
    topics.push({ topic: 'channels', eventIds: wrongChannel.map((event) => event.eventId) });
    because.push(healthText('health.reminder.wrongChannel', { count: wrongChannel.length }));
  }
  if (topics.length === 0) return null;
  const cited = new Set(topics.flatMap((topic) => topic.eventIds));
  return { topics, evidence: recent.filter((event) => cited.has(event.eventId)).map((event) => event.eventId), because };
}
