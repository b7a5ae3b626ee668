// A prospect's answers to the interview guide (DOMAIN.md section 2), filled in by the freelancer or by the prospect through the intake link.
import type { ContactChannel } from '../events/event-types.ts';
import type { PricingModel } from '../profile/pricing-models.ts';
import type { RedFlag } from '../profile/red-flags.ts';
import type { ReplyWindow } from '../profile/reply-window.ts';
import type { RushFrequency } from '../profile/rush-frequency.ts';
import type { WeeklyHours } from '../time/weekly-hours.ts';

export const taskSizes = ['small', 'medium', 'large', 'ongoing'] as const;
export type TaskSize = (typeof taskSizes)[number];

/** One piece of work they need: what (`description`), what kind of work it is (matched against the freelancer's lists), how big. */
export type InterviewTask = { description: string; kind: string; size: TaskSize };

/** `amount` in minor units of `currency`. */
export type ProspectBudget = { amount: number; currency: string; pricingModel: PricingModel };

/** Null (or an empty list) means "not answered yet": vetting says so instead of guessing. */
export type InterviewAnswers = {
  tasks: InterviewTask[];
  skillsNeeded: string[];
  industry: string | null;
  /** Their favourite first. */
  preferredChannels: ContactChannel[];
  /** Calls or meetings (phone, video, in person) they expect in a week. */
  callsPerWeek: number | null;
  /** Times a year they would want the freelancer to travel to meet them. */
  tripsPerYear: number | null;
  expectedReplyWithin: ReplyWindow | null;
  expectsRepliesOutsideOfficeHours: boolean | null;
  expectsWeekendWork: boolean | null;
  expectsHolidayWork: boolean | null;
  /** Dates they named (a launch, an event), ISO YYYY-MM-DD, checked against the freelancer's blocked days. */
  keyDates: string[];
  budget: ProspectBudget | null;
  timeZone: string | null;
  workingHours: WeeklyHours | null;
  rushFrequency: RushFrequency | null;
  /** Red flags the freelancer noticed during the interview (never shown to the prospect). */
  redFlagsSeen: RedFlag[];
  notes: string;
};

/** A fresh interview with nothing answered. */
export function blankInterview(): InterviewAnswers {
  return {
    tasks: [],
    skillsNeeded: [],
    industry: null,
    preferredChannels: [],
    callsPerWeek: null,
    tripsPerYear: null,
    expectedReplyWithin: null,
    expectsRepliesOutsideOfficeHours: null,
    expectsWeekendWork: null,
    expectsHolidayWork: null,
    keyDates: [],
    budget: null,
    timeZone: null,
    workingHours: null,
    rushFrequency: null,
    redFlagsSeen: [],
    notes: '',
  };
}
