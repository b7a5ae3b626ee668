// The freelancer's profile (DOMAIN.md section 1): the dream business, how they communicate, who they want to work for, and what to avoid.
import type { ContactChannel } from '../events/event-types.ts';
import type { Finances } from '../readiness/finances.ts';
import type { WeeklyHours } from '../time/weekly-hours.ts';
import type { BlockedDay } from './blocked-days.ts';
import type { Flexible } from './flexibility.ts';
import type { PricingModel } from './pricing-models.ts';
import type { RedFlag } from './red-flags.ts';
import type { ReplyWindow } from './reply-window.ts';
import type { RushFrequency } from './rush-frequency.ts';

export type DreamBusiness = {
  /** Office hours on the wall clock of the profile's time zone; a day without ranges is a day off. */
  officeHours: Flexible & { weekly: WeeklyHours };
  weekends: Flexible & { isOff: boolean };
  publicHolidays: Flexible & { isOff: boolean };
  blockedDays: BlockedDay[];
  travel: Flexible & { tripsPerYear: number };
};

export type CommunicationStyle = {
  /** Channels the freelancer uses, favourite first; a channel not listed is not offered. */
  channels: Flexible & { ranked: ContactChannel[] };
  /** The most calls or meetings (phone, video, in person) in a week. */
  calls: Flexible & { maxPerWeek: number };
  replyWindow: Flexible & ReplyWindow;
  /** The most often the freelancer takes rush work. */
  rushWork: Flexible & { acceptedAtMost: RushFrequency };
};

export type IdealClient = {
  workKinds: string[];
  /** Empty means any industry is welcome. */
  industries: Flexible & { wanted: string[] };
  /** Lowest acceptable amount per pricing model, in minor units of the profile currency; a model without a floor is not checked. */
  budgetFloor: Flexible & { perModel: Partial<Record<PricingModel, number>> };
  pricingModels: Flexible & { preferred: PricingModel[] };
};

export type AvoidLists = {
  workKinds: Flexible & { items: string[] };
  redFlags: Flexible & { items: RedFlag[] };
};

/** "Don't want" parts are disclosed and declined; "willing to learn" parts are disclosed and may be accepted. */
export type Skills = { strengths: string[]; dontWant: string[]; willingToLearn: string[] };

export type FreelancerProfile = {
  /** IANA zone the office hours live in. */
  timeZone: string;
  /** The workspace currency (ISO 4217): budget floors and finances are in it. */
  currency: string;
  dreamBusiness: DreamBusiness;
  communication: CommunicationStyle;
  idealClient: IdealClient;
  avoid: AvoidLists;
  skills: Skills;
  /** Null until the freelancer enters them; the desperation check then says "unknown". */
  finances: Finances | null;
};
