// Contracts for the client portal: the freelancer's links, and what a client with a link may read and send.
import { z } from 'zod';
import { contactChannels } from '../domain/events/event-types.ts';
import { portalSections } from '../domain/portal/sections.ts';
import { replyWindowUnits } from '../domain/profile/reply-window.ts';
import { rushFrequencies } from '../domain/profile/rush-frequency.ts';
import { weekdays } from '../domain/time/weekdays.ts';
import type { WorkingTogether as WorkingTogetherView } from '../domain/portal/working-together.ts';
import { Id, Language } from './common.ts';

export const PortalLinkParams = z.object({ id: Id, linkId: Id });

export const PortalLink = z
  .object({
    id: Id,
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    lastOpenedAt: z.string().nullable().describe('When the client last opened the portal with this link.'),
    status: z.enum(['active', 'expired', 'revoked']),
  })
  .meta({ id: 'PortalLink' });
export type PortalLink = z.infer<typeof PortalLink>;

export const CreatedPortalLink = PortalLink.extend({ url: z.string().describe('Shown once: copy it now. Only its hash is kept.') });
export type CreatedPortalLink = z.infer<typeof CreatedPortalLink>;

export const PortalLinkList = z.object({ items: z.array(PortalLink) });

/** A portal token is a 256-bit secret in base64url; the bounds only keep absurd input away from the database. */
export const PortalParams = z.object({ token: z.string().min(20).max(200) });

export const PortalSection = z.enum(portalSections);

export const PortalHome = z.object({
  freelancerName: z.string(),
  workspaceName: z.string(),
  clientName: z.string(),
  language: Language.describe("The client's language: the portal opens in it."),
  sections: z.array(PortalSection),
  expiresAt: z.string(),
});
export type PortalHome = z.infer<typeof PortalHome>;

const WallClock = z.object({ date: z.string(), time: z.string() });
const SharedRange = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  freelancer: z.object({ start: WallClock, end: WallClock }),
  client: z.object({ start: WallClock, end: WallClock }),
});
const Weekday = z.enum(weekdays);
const OfficeDay = z.discriminatedUnion('status', [
  z.object({ date: z.string(), weekday: Weekday, status: z.literal('working'), ranges: z.array(SharedRange) }),
  z.object({ date: z.string(), weekday: Weekday, status: z.literal('day_off'), reason: z.enum(['weekend', 'holiday', 'no_hours']) }),
  z.object({ date: z.string(), weekday: Weekday, status: z.literal('unavailable') }),
]);
const Channel = z.enum(contactChannels);
const Agreement = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('office_hours') }),
  z.object({ kind: z.literal('weekends_off') }),
  z.object({ kind: z.literal('holidays_off') }),
  z.object({ kind: z.literal('blocked_days') }),
  z.object({ kind: z.literal('channels'), channels: z.array(Channel) }),
  z.object({ kind: z.literal('calls'), maxPerWeek: z.number().int() }),
  z.object({ kind: z.literal('reply_window'), amount: z.number().int(), unit: z.enum(replyWindowUnits) }),
  z.object({ kind: z.literal('rush_work'), acceptedAtMost: z.enum(rushFrequencies) }),
  z.object({ kind: z.literal('travel'), tripsPerYear: z.number().int() }),
]);

export const WorkingTogether = z
  .object({
    freelancerName: z.string(),
    freelancerTimeZone: z.string(),
    clientTimeZone: z.string(),
    week: z.array(OfficeDay),
    channels: z.array(Channel),
    callsPerWeek: z.number().int(),
    replyWindow: z.object({ amount: z.number().int(), unit: z.enum(replyWindowUnits) }),
    daysOff: z.object({ isWeekendOff: z.boolean(), isPublicHolidayOff: z.boolean(), hasBlockedDays: z.boolean() }),
    agreements: z.array(Agreement),
  })
  .meta({ id: 'WorkingTogether' });
export type WorkingTogether = z.infer<typeof WorkingTogether>;

// The contract must carry exactly what the domain computes; this line fails to compile if they drift apart.
export const workingTogetherMatchesDomain: (value: WorkingTogetherView) => Omit<WorkingTogether, 'freelancerName'> = (value) => value;

export const TestimonialSubmission = z
  .object({
    text: z.string().trim().min(1, 'Write a few words about working together.').max(5000, 'Keep it under 5,000 characters.'),
    name: z.string().trim().max(200, 'Keep the name under 200 characters.').default(''),
    role: z.string().trim().max(200, 'Keep the role under 200 characters.').default(''),
    canPublish: z.boolean().default(false).describe('true when the client agrees that the freelancer may publish it.'),
  })
  .strict();
export type TestimonialSubmission = z.infer<typeof TestimonialSubmission>;

export const TestimonialRequested = z.object({ portalLinkId: Id, to: z.string(), language: Language });
