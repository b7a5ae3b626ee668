// Contracts for exit plans (DOMAIN.md section 9): steps, a target date and why Sana suggests it.
import { z } from 'zod';
import { exitPlanOrigins, exitPlanStatuses } from '../domain/offboarding/exit-plan.ts';
import { Id } from './common.ts';

export const PlainDate = z.iso.date({ message: 'Use a date like 2027-05-14.' }).describe('A calendar date, YYYY-MM-DD.');
const StepTitle = z.string().trim().min(1, 'Give the step a few words.').max(200, 'Keep a step under 200 characters.');

export const CreateExitPlanBody = z
  .object({
    origin: z.enum(exitPlanOrigins).describe('health when it comes from the health card\'s "plan the exit", manual otherwise.'),
    targetDate: PlainDate.optional().describe('The last day with this client; defaults to the date Sana suggests.'),
    steps: z.array(z.object({ title: StepTitle }).strict()).max(30, 'At most 30 steps.').optional().describe('Defaults to the usual steps, in your language.'),
  })
  .strict();
export type CreateExitPlanBody = z.infer<typeof CreateExitPlanBody>;

export const ExitPlanStep = z.object({ title: StepTitle, isDone: z.boolean().default(false) }).strict();

export const UpdateExitPlanBody = z
  .object({
    version: z.number().int().min(1).describe('The version you read; a stale version answers 409 and nothing changes.'),
    targetDate: PlainDate.optional(),
    steps: z.array(ExitPlanStep).max(30, 'At most 30 steps.').optional(),
  })
  .strict();
export type UpdateExitPlanBody = z.infer<typeof UpdateExitPlanBody>;

export const ExitDateReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('notice'), noticeDays: z.number().int(), runwayMonths: z.number().nullable() }),
  z.object({ kind: z.literal('runway'), noticeDays: z.number().int(), runwayMonths: z.number(), monthsToKeep: z.number().int(), safeRunwayMonths: z.number() }),
  z.object({ kind: z.literal('runway_unknown'), noticeDays: z.number().int() }),
]);

export const ExitDateSuggestion = z
  .object({ date: z.string(), noticeOn: z.string().describe('When to tell the client so they get the full notice.'), reason: ExitDateReason, today: z.string() })
  .meta({ id: 'ExitDateSuggestion' });
export type ExitDateSuggestion = z.infer<typeof ExitDateSuggestion>;

export const ExitPlan = z
  .object({
    id: Id,
    clientId: Id,
    origin: z.enum(exitPlanOrigins),
    status: z.enum(exitPlanStatuses),
    targetDate: z.string(),
    noticeOn: z.string().describe('The day to tell the client, the notice period before the target date.'),
    steps: z.array(z.object({ title: z.string(), isDone: z.boolean() })),
    suggestion: ExitDateSuggestion,
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ExitPlan' });
export type ExitPlan = z.infer<typeof ExitPlan>;

export const SuggestedExitPlan = z.object({ suggestion: ExitDateSuggestion, steps: z.array(z.string()) }).meta({ id: 'SuggestedExitPlan' });
export type SuggestedExitPlan = z.infer<typeof SuggestedExitPlan>;

export const ExitCalendarPlan = z.object({ id: Id, clientId: Id, clientName: z.string(), clientCompany: z.string(), status: z.enum(exitPlanStatuses), targetDate: z.string(), noticeOn: z.string(), stepsDone: z.number().int(), stepsTotal: z.number().int() });
export const RestBlock = z.object({ clientId: Id, clientName: z.string(), restStart: z.string(), restEnd: z.string() });
export const ExitCalendar = z.object({ today: z.string(), items: z.array(ExitCalendarPlan), restBlocks: z.array(RestBlock) }).meta({ id: 'ExitCalendar' });
export type ExitCalendar = z.infer<typeof ExitCalendar>;

export const OffboardingSettings = z
  .object({
    noticeDays: z.number().int('Use whole days.').min(0, 'Use 0 days or more.').max(365, 'Use at most 365 days.'),
    safeRunwayMonths: z.number().int('Use whole months.').min(0, 'Use 0 months or more.').max(24, 'Use at most 24 months.'),
    hardPeriodDays: z.number().int('Use whole days.').min(1, 'Use at least 1 day.').max(730, 'Use at most 730 days.'),
  })
  .strict();
export const SaveOffboardingSettingsBody = OffboardingSettings.extend({ version: z.number().int().min(0).describe('The version you read (0 when never saved).') }).strict();
export const OffboardingSettingsView = z.object({ settings: OffboardingSettings, version: z.number().int() }).meta({ id: 'OffboardingSettings' });
