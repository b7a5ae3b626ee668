// Reasons as translatable data: a catalog key plus the values that fill it, so the same reason reads well in English and Spanish.
import type { ContactChannel } from '../events/event-types.ts';
import type { PricingModel } from '../profile/pricing-models.ts';
import type { RedFlagSuggestion } from '../profile/red-flags.ts';
import type { ReplyWindowUnit } from '../profile/reply-window.ts';
import type { RushFrequency } from '../profile/rush-frequency.ts';
import type { Weekday } from '../time/weekdays.ts';
import type { FitDimension } from './fit-dimensions.ts';

/**
 * Money params are for display only: `offered` and `floor` are in major units (150050 cents → 1500.5) next to
 * a `currency` code, because i18next's `{{offered, currency}}` formatter takes major units and reads `currency`
 * from the same params. Every decision is made on the integer minor units before this conversion.
 */
type MoneyParams = { offered: number; floor: number; currency: string; model: PricingModel };

/** Every reason Sana can give, with exactly the params its templates in reason-templates.ts use. */
export type ReasonParams = {
  'vetting.reason.notAnswered': { dimension: FitDimension };

  'vetting.reason.callsOverLimit': { expected: number; limit: number };
  'vetting.reason.callsWithinLimit': { expected: number; limit: number };
  'vetting.reason.channelNotOffered': { channel: ContactChannel };
  'vetting.reason.channelOffered': { channel: ContactChannel };
  'vetting.reason.replySlowerThanExpected': { expectedAmount: number; expectedUnit: ReplyWindowUnit; promisedAmount: number; promisedUnit: ReplyWindowUnit };
  'vetting.reason.replyWithinExpected': { expectedAmount: number; expectedUnit: ReplyWindowUnit; promisedAmount: number; promisedUnit: ReplyWindowUnit };
  'vetting.reason.repliesAfterHoursExpected': Record<string, never>;
  'vetting.reason.repliesInOfficeHours': Record<string, never>;

  'vetting.reason.weekendWorkExpected': Record<string, never>;
  'vetting.reason.weekendWorkAccepted': Record<string, never>;
  'vetting.reason.weekendsOffBoth': Record<string, never>;
  'vetting.reason.holidayWorkExpected': Record<string, never>;
  'vetting.reason.holidayWorkAccepted': Record<string, never>;
  'vetting.reason.holidaysOffBoth': Record<string, never>;
  'vetting.reason.blockedWeekdayExpected': { weekday: Weekday; value: string };
  'vetting.reason.blockedWeekdayToMention': { weekday: Weekday; value: string };
  'vetting.reason.keyDateBlocked': { month: number; day: number; value: string };
  'vetting.reason.blockedDaysClear': Record<string, never>;
  'vetting.reason.noBlockedDays': Record<string, never>;
  'vetting.reason.tripsOverLimit': { expected: number; limit: number };
  'vetting.reason.tripsWithinLimit': { expected: number; limit: number };
  'vetting.reason.noTravelNeeded': Record<string, never>;

  'vetting.reason.budgetBelowFloor': MoneyParams;
  'vetting.reason.budgetMeetsFloor': MoneyParams;
  'vetting.reason.budgetOtherCurrency': { theirCurrency: string; yourCurrency: string };
  'vetting.reason.budgetNoFloor': { model: PricingModel };
  'vetting.reason.pricingModelPreferred': { model: PricingModel };
  'vetting.reason.pricingModelNotPreferred': { model: PricingModel };
  'vetting.reason.pricingHourlyAllowed': Record<string, never>;

  'vetting.reason.overlapBelowThreshold': { minimumHours: number; thresholdHours: number };
  'vetting.reason.overlapEnough': { minimumHours: number; thresholdHours: number };

  'vetting.reason.rushMoreThanAccepted': { needed: RushFrequency; acceptedAtMost: RushFrequency };
  'vetting.reason.rushNotTaken': { needed: RushFrequency };
  'vetting.reason.rushWithinAccepted': { needed: RushFrequency; acceptedAtMost: RushFrequency };
  'vetting.reason.rushNeverNeeded': Record<string, never>;

  'vetting.reason.workKindAvoided': { kind: string };
  'vetting.reason.workKindWanted': { kind: string };
  'vetting.reason.workKindNotListed': { kind: string };
  'vetting.reason.industryNotWanted': { industry: string };
  'vetting.reason.industryWanted': { industry: string };
  'vetting.reason.industryAnyWelcome': { industry: string };
  'vetting.reason.skillDontWant': { skill: string };
  'vetting.reason.skillWillingToLearn': { skill: string };
  'vetting.reason.skillStrength': { skill: string };
  'vetting.reason.skillNotListed': { skill: string };
  'vetting.reason.redFlagSeen': { flag: RedFlagSuggestion };
  'vetting.reason.ownRedFlagSeen': { flag: string };
  'vetting.reason.noRedFlagsSeen': Record<string, never>;

  'vetting.advice.discloseAndDecline': { skill: string };
  'vetting.advice.discloseAndLearn': { skill: string };
  'vetting.advice.offerFixedPrice': { model: PricingModel };

  'vetting.why.conflicts': { count: number };
  'vetting.why.tooManyNegotiables': { count: number; limit: number };
  'vetting.why.severalNegotiables': { count: number; limit: number };
  'vetting.why.fewNegotiables': { count: number };
  'vetting.why.uneasyGut': Record<string, never>;
  'vetting.why.unsureGut': Record<string, never>;
  'vetting.why.unanswered': { count: number };

  'vetting.desperation.unknown': Record<string, never>;
  'vetting.desperation.shortRunway': { months: number; threshold: number };
  'vetting.desperation.comfortable': { months: number };
  'vetting.desperation.noShortfall': Record<string, never>;
};

export type ReasonKey = keyof ReasonParams;

/** `{ key: 'vetting.reason.callsOverLimit', params: { expected: 3, limit: 1 } }`: presentation translates it. */
export type Reason = { [K in ReasonKey]: { key: K; params: ReasonParams[K] } }[ReasonKey];

export function reason<K extends ReasonKey>(key: K, params: ReasonParams[K]): Reason {
  return { key, params } as Reason;
}
