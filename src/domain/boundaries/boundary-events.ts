// Every inbound contact classified from its timestamp and channel, with the boundaries it crossed (DOMAIN.md section 5).
import { Temporal } from 'temporal-polyfill';
import type { ContactChannel } from '../events/event-types.ts';
import type { FreelancerProfile } from '../profile/profile.ts';
import { isInboundContact, type InboundContact, type IsoInstant, type RelationshipEvent } from '../health/relationship-events.ts';
import { channelStanding, type ChannelStanding } from './channel-standing.ts';
import { classifyWallTime, type ContactTiming } from './contact-timing.ts';
import { blockedOn, localDateTime, officeCalendar } from './office-calendar.ts';
import { callWeeks } from './weekly-calls.ts';

export const boundaryFlags = ['outside_hours', 'day_off', 'blocked_day', 'calls_over_limit', 'channel_ranked_last', 'channel_not_offered'] as const;
export type BoundaryFlag = (typeof boundaryFlags)[number];

export type BoundaryEvent = {
  eventId: string;
  kind: InboundContact['kind'];
  occurredAt: IsoInstant;
  /** The freelancer's wall clock at that moment ("2026-03-02T21:40:00"), to show what the timing was judged on. */
  localDateTime: string;
  channel: ContactChannel;
  timing: ContactTiming;
  channelStanding: ChannelStanding;
  /** The blocked days it fell on, with the core value each protects, so a reminder can name what the day is for. */
  blockedFor: { label: string; coreValue: string }[];
  isTrueEmergency: boolean;
  isPlanned: boolean;
  /** Empty when no boundary was crossed. */
  flags: BoundaryFlag[];
};

export type BoundaryEventsInput = {
  events: readonly RelationshipEvent[];
  profile: FreelancerProfile;
  /** Public holiday dates ("2026-12-25") where the freelancer lives. */
  publicHolidays?: readonly string[];
};

function timingFlag(timing: ContactTiming): BoundaryFlag | null {
  switch (timing) {
    case 'inside_hours':
      return null;
    case 'outside_hours':
    case 'day_off':
    case 'blocked_day':
      return timing;
  }
}

function channelFlag(standing: ChannelStanding): BoundaryFlag | null {
  switch (standing) {
    case 'preferred':
    case 'offered':
      return null;
    case 'ranked_last':
      return 'channel_ranked_last';
    case 'not_offered':
      return 'channel_not_offered';
  }
}

function isTrueEmergency(contact: InboundContact): boolean {
  return contact.kind === 'rush_request' && contact.isTrueEmergency;
}

function isPlanned(contact: InboundContact): boolean {
  return (contact.kind === 'call' || contact.kind === 'meeting') && contact.isPlanned;
}

/**
 * Oldest first. A true emergency crosses no boundary (it still counts toward panic, on the health card). A planned call
 * was agreed by both, so its time and channel are not held against the client; it still uses up the week's calls.
 */
export function boundaryEvents(input: BoundaryEventsInput): BoundaryEvent[] {
  const calendar = officeCalendar(input.profile, input.publicHolidays);
  const communication = input.profile.communication;
  const contacts = input.events.filter(isInboundContact);
  const calls = contacts.filter((contact) => contact.kind === 'call' || contact.kind === 'meeting');
  const overLimit = new Set(callWeeks(calls, calendar, communication.calls.maxPerWeek).flatMap((week) => week.overLimitIds));

  return contacts
    .map((contact) => {
      const wallTime = localDateTime(Temporal.Instant.from(contact.occurredAt), calendar);
      const timing = classifyWallTime(wallTime, calendar);
      const standing = channelStanding(contact.channel, communication.channels.ranked);
      const isExcused = isTrueEmergency(contact);
      const isAgreed = isPlanned(contact);
      const flags: BoundaryFlag[] = [];
      if (!isExcused && !isAgreed) {
        const byTime = timingFlag(timing);
        if (byTime) flags.push(byTime);
      }
      if (!isExcused && overLimit.has(contact.id)) flags.push('calls_over_limit');
      if (!isExcused && !isAgreed) {
        const byChannel = channelFlag(standing);
        if (byChannel) flags.push(byChannel);
      }
      return {
        event: {
          eventId: contact.id,
          kind: contact.kind,
          occurredAt: contact.occurredAt,
          localDateTime: wallTime.toString({ smallestUnit: 'second' }),
          channel: contact.channel,
          timing,
          channelStanding: standing,
          blockedFor: blockedOn(wallTime.toPlainDate(), calendar).map(({ label, coreValue }) => ({ label, coreValue })),
          isTrueEmergency: isExcused,
          isPlanned: isAgreed,
          flags,
        },
        at: Temporal.Instant.from(contact.occurredAt).epochMilliseconds,
      };
    })
    .sort((a, b) => a.at - b.at || a.event.eventId.localeCompare(b.event.eventId))
    .map(({ event }) => event);
}

export function isBoundaryBreach(event: BoundaryEvent): boolean {
  return event.flags.length > 0;
}
