// Contracts for interviews with prospects (DOMAIN.md section 2) and the fit Sana explains for each.
import { z } from 'zod';
import { taskSizes, type InterviewAnswers as DomainAnswers } from '../domain/vetting/interview.ts';
import { gutFeelings } from '../domain/vetting/gut-check.ts';
import { recommendations } from '../domain/vetting/recommendation.ts';
import { fitDimensions } from '../domain/vetting/fit-dimensions.ts';
import { vettingOutcomes } from '../domain/vetting/outcome.ts';
import { desperationStatuses } from '../domain/vetting/desperation-check.ts';
import { Currency, Id, TimeZone } from './common.ts';
import { ContactChannel, PricingModel, RedFlag, ReplyWindow, RushFrequency, WeeklyHours } from './profile.ts';

const shortText = z.string().trim().max(500, 'Keep it under 500 characters.');

export const InterviewAnswers = z.object({
  tasks: z.array(z.object({ description: shortText.min(1, 'Describe the task in a few words.'), kind: z.string().trim().max(200).default(''), size: z.enum(taskSizes) })).max(50).default([]),
  skillsNeeded: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  industry: z.string().trim().min(1).max(200).nullable().default(null),
  preferredChannels: z.array(ContactChannel).max(5).default([]),
  callsPerWeek: z.number().int('Use a whole number.').min(0).max(50).nullable().default(null),
  tripsPerYear: z.number().int().min(0).max(365).nullable().default(null),
  expectedReplyWithin: ReplyWindow.nullable().default(null),
  expectsRepliesOutsideOfficeHours: z.boolean().nullable().default(null),
  expectsWeekendWork: z.boolean().nullable().default(null),
  expectsHolidayWork: z.boolean().nullable().default(null),
  keyDates: z.array(z.iso.date({ message: 'Use a date like 2027-05-14.' })).max(20).default([]),
  budget: z.object({ amount: z.number().int('Money is a whole number of cents (minor units).').min(0).max(Number.MAX_SAFE_INTEGER), currency: Currency, pricingModel: PricingModel }).nullable().default(null),
  timeZone: TimeZone.nullable().default(null),
  workingHours: WeeklyHours.nullable().default(null),
  rushFrequency: RushFrequency.nullable().default(null),
  redFlagsSeen: z.array(RedFlag).max(50).default([]),
  notes: z.string().max(10000).default(''),
}).strict();

// Fails to compile if the contract and the domain's answers drift apart.
export const answersMatchDomain: (value: z.infer<typeof InterviewAnswers>) => DomainAnswers = (value) => value;

export const GutCheck = z.object({
  feeling: z.enum(gutFeelings).describe('at_ease, unsure or uneasy: required before any recommendation.'),
  note: z.string().trim().max(2000).default(''),
}).strict();

export const RecordInterviewBody = z.object({ answers: InterviewAnswers, gut: GutCheck }).strict();
export type RecordInterviewBody = z.infer<typeof RecordInterviewBody>;

export const FitStatus = z.enum(['fits', 'negotiable', 'conflict', 'unknown']);

export const FitItem = z.object({
  dimension: z.enum(fitDimensions),
  result: FitStatus,
  reason: z.string().describe('One line, in the reader’s language, naming both sides.'),
  advice: z.string().nullable(),
  findings: z.array(z.object({ result: FitStatus, reason: z.string(), advice: z.string().nullable() })),
});

export const Fit = z.object({
  recommendation: z.enum(recommendations).nullable().describe('null until the gut check is recorded (an intake answered by the prospect).'),
  because: z.array(z.string()),
  items: z.array(FitItem),
  counts: z.object({ fits: z.number().int(), negotiable: z.number().int(), conflict: z.number().int(), unknown: z.number().int() }),
  timeZoneOverlap: z.object({ weeks: z.array(z.object({ weekStart: z.string(), minutes: z.number().int() })), minimum: z.object({ weekStart: z.string(), minutes: z.number().int() }) }).nullable().describe("Shared working minutes per week with the prospect, DST-correct, and the worst week."),
});

export const Desperation = z.object({ status: z.enum(desperationStatuses), runwayMonths: z.number().nullable(), message: z.string() });

export const Interview = z
  .object({
    id: Id,
    clientId: Id,
    origin: z.enum(['freelancer', 'intake']),
    answers: InterviewAnswers,
    gut: GutCheck.nullable(),
    fit: Fit,
    desperation: Desperation,
    createdAt: z.string(),
  })
  .meta({ id: 'Interview' });
export type Interview = z.infer<typeof Interview>;

export const InterviewParams = z.object({ id: Id, interviewId: Id });

export const waitlistReasons = ['asked_while_busy', 'past_client', 'referral', 'other'] as const;
export const WaitlistReason = z.enum(waitlistReasons);

export const DecideOutcomeBody = z
  .object({
    outcome: z.enum(vettingOutcomes),
    interviewId: Id.optional().describe('The interview the decision is based on.'),
    declineMessage: z.object({ subject: z.string().trim().min(1).max(200), body: z.string().trim().min(1, 'Write the message, or start from the template.').max(10000) }).optional().describe('Required for decline: the polite message queued in the outbox.'),
    waitlist: z.object({ reason: WaitlistReason, followUpOn: z.iso.date({ message: 'Pick a follow-up date like 2027-05-14.' }), note: z.string().trim().max(2000).default('') }).optional().describe('Required for waitlist.'),
  })
  .strict();
export type DecideOutcomeBody = z.infer<typeof DecideOutcomeBody>;

export const DeclineTemplate = z.object({ subject: z.string(), body: z.string(), language: z.enum(['en', 'es']), to: z.string() });
