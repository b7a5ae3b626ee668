// Contracts for the freelancer's profile (DOMAIN.md section 1); they mirror src/domain/profile exactly.
import { z } from 'zod';
import { flexibilities } from '../domain/profile/flexibility.ts';
import { pricingModels } from '../domain/profile/pricing-models.ts';
import { redFlagSuggestions } from '../domain/profile/red-flags.ts';
import { replyWindowUnits } from '../domain/profile/reply-window.ts';
import { rushFrequencies } from '../domain/profile/rush-frequency.ts';
import { contactChannels } from '../domain/events/event-types.ts';
import { fundSides, otherStreamKinds } from '../domain/readiness/finances.ts';
import { weekdays } from '../domain/time/weekdays.ts';
import type { FreelancerProfile } from '../domain/profile/profile.ts';
import { Currency, TimeZone } from './common.ts';

const flexible = { flexibility: z.enum(flexibilities).describe('non_negotiable or willing_to_compromise') };
const label = z.string().trim().min(1, 'Write something, or remove the empty item.').max(200, 'Keep each item under 200 characters.');
const labels = z.array(label).max(100, 'At most 100 items.');
const count = (max: number) => z.number().int('Use a whole number.').min(0, 'Use 0 or more.').max(max, `Use at most ${max}.`);
const amount = z.number().int('Money is a whole number of cents (minor units).').min(0, 'Use 0 or more.').max(Number.MAX_SAFE_INTEGER);

export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use a 24-hour time like 09:00 or 17:30.');
export const TimeRange = z.object({ start: ClockTime, end: ClockTime });
export const WeeklyHours = z.object(Object.fromEntries(weekdays.map((day) => [day, z.array(TimeRange).max(6, 'At most 6 ranges a day.')])) as Record<(typeof weekdays)[number], z.ZodArray<typeof TimeRange>>);

export const Weekday = z.enum(weekdays);
export const ContactChannel = z.enum(contactChannels);
export const PricingModel = z.enum(pricingModels);
export const RushFrequency = z.enum(rushFrequencies);
export const ReplyWindow = z.object({ amount: z.number().int().min(1, 'Use at least 1.').max(720), unit: z.enum(replyWindowUnits) });
export const RedFlag = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('suggested'), key: z.enum(redFlagSuggestions) }),
  z.object({ kind: z.literal('own'), text: label }),
]);

export const BlockedDay = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekly'), weekday: Weekday, coreValue: z.string().trim().max(100), label: z.string().trim().max(200) }),
  z.object({ kind: z.literal('yearly'), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31), coreValue: z.string().trim().max(100), label: z.string().trim().max(200) }),
]);

export const Finances = z.object({
  monthlyExpenses: z.object(Object.fromEntries(fundSides.map((side) => [side, amount])) as Record<(typeof fundSides)[number], typeof amount>),
  emergencyFunds: z.object(Object.fromEntries(fundSides.map((side) => [side, amount])) as Record<(typeof fundSides)[number], typeof amount>),
  otherStreams: z.array(z.object({ id: z.string().min(1).max(64), name: label, kind: z.enum(otherStreamKinds) })).max(50),
});

export const Profile = z
  .object({
    timeZone: TimeZone,
    currency: Currency,
    dreamBusiness: z.object({
      officeHours: z.object({ ...flexible, weekly: WeeklyHours }),
      weekends: z.object({ ...flexible, isOff: z.boolean() }),
      publicHolidays: z.object({ ...flexible, isOff: z.boolean() }),
      blockedDays: z.array(BlockedDay).max(60),
      travel: z.object({ ...flexible, tripsPerYear: count(365) }),
    }),
    communication: z.object({
      channels: z.object({ ...flexible, ranked: z.array(ContactChannel).min(1, 'Keep at least one channel.').max(contactChannels.length) }),
      calls: z.object({ ...flexible, maxPerWeek: count(50) }),
      replyWindow: z.object({ ...flexible, ...ReplyWindow.shape }),
      rushWork: z.object({ ...flexible, acceptedAtMost: RushFrequency }),
    }),
    idealClient: z.object({
      workKinds: labels,
      industries: z.object({ ...flexible, wanted: labels }),
      budgetFloor: z.object({ ...flexible, perModel: z.partialRecord(PricingModel, amount) }),
      pricingModels: z.object({ ...flexible, preferred: z.array(PricingModel).max(pricingModels.length) }),
    }),
    avoid: z.object({
      workKinds: z.object({ ...flexible, items: labels }),
      redFlags: z.object({ ...flexible, items: z.array(RedFlag).max(100) }),
    }),
    skills: z.object({ strengths: labels, dontWant: labels, willingToLearn: labels }),
    finances: Finances.nullable(),
  })
  .strict()
  .meta({ id: 'Profile', description: "The freelancer's profile: dream business, communication, ideal client, what to avoid, skills, finances." });

// The contract must describe exactly the domain's profile; this line fails to compile if they drift apart.
export const profileMatchesDomain: (value: z.infer<typeof Profile>) => FreelancerProfile = (value) => value;

export const ProfileResponse = z.object({
  profile: Profile,
  isComplete: z.boolean().describe('false until the freelancer saves their profile once (the wizard then offers to finish it).'),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});

export const SaveProfileBody = z.object({ profile: Profile, version: z.number().int().min(0).describe('The version you read (0 before the first save).') }).strict();
