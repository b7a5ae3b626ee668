// What the profile PDF says, in the freelancer's language: sections, entries and lines, before any layout decision.
import type { TFunction } from 'i18next';
import type { Temporal } from 'temporal-polyfill';
import { minorUnitDigits } from '../../domain/money/currency.ts';
import type { BlockedDay } from '../../domain/profile/blocked-days.ts';
import type { Flexibility } from '../../domain/profile/flexibility.ts';
import { isSameLabel } from '../../domain/profile/labels.ts';
import { isDiscouragedPricingModel, pricingModels } from '../../domain/profile/pricing-models.ts';
import type { FreelancerProfile } from '../../domain/profile/profile.ts';
import type { RedFlag } from '../../domain/profile/red-flags.ts';
import { weekdays, type Weekday } from '../../domain/time/weekdays.ts';
import type { WeeklyHours } from '../../domain/time/weekly-hours.ts';
import type { TemplateLanguage } from '../../domain/vetting/reason-templates.ts';
import { translatorFor } from '../../i18n/server.ts';
import type { ProfilePdfTextKey } from './profile-pdf-text.ts';

export type ProfilePdfLanguage = TemplateLanguage;

/** A list is shortened with "+N more" when the page runs out of room; `bullets` puts one item per line, `inline` runs them together. */
export type ProfileBlock =
  | { kind: 'text'; text: string; isMuted: boolean }
  | { kind: 'rows'; rows: { left: string; right: string; isMuted: boolean }[] }
  | { kind: 'list'; style: 'bullets' | 'inline'; items: string[]; emptyText: string };

export type ProfileEntry = { label: string; marker: Flexibility | null; blocks: ProfileBlock[] };
export type ProfileSection = { title: string; entries: ProfileEntry[] };

export type ProfilePdfContent = {
  language: ProfilePdfLanguage;
  title: string;
  subtitle: string;
  markers: Record<Flexibility, string>;
  legend: Record<Flexibility, string>;
  /** Left column, then right column. */
  columns: [ProfileSection[], ProfileSection[]];
  footerLeft: string;
  footerRight: string;
  moreText: (count: number) => string;
};

export type ProfilePdfInput = {
  profile: FreelancerProfile;
  language: ProfilePdfLanguage;
  freelancerName: string;
  workspaceName: string;
  /** The day the PDF is made, given by the caller (the renderer never reads the clock). */
  generatedOn: Temporal.PlainDate;
};

function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** UTC noon of a calendar date, so Intl prints that date whatever the server's zone (no clock is read). */
function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, 12));
}

function weekdayName(day: Weekday, locale: string): string {
  // 1 January 2024 was a Monday.
  const date = utcDate(2024, 1, 1 + weekdays.indexOf(day));
  return capitalize(new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date), locale);
}

export function formatMoney(minorUnits: number, currency: string, locale: string): string {
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    minorUnits / 10 ** digits,
  );
}

function officeHoursRows(weekly: WeeklyHours, locale: string, t: TFunction): { left: string; right: string; isMuted: boolean }[] {
  return weekdays.map((day) => {
    const ranges = weekly[day];
    const right = ranges.length === 0 ? t('pdf.profile.dayOff') : ranges.map((range) => `${range.start}–${range.end}`).join(', ');
    return { left: weekdayName(day, locale), right, isMuted: ranges.length === 0 };
  });
}

function blockedDayText(blocked: BlockedDay, locale: string, t: TFunction): string {
  const day =
    blocked.kind === 'weekly'
      ? capitalize(t(`vetting.weekdays.${blocked.weekday}`), locale)
      : // 2000 is a leap year, so 29 February prints too.
        new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(utcDate(2000, blocked.month, blocked.day));
  const label = blocked.label.trim();
  const hasOwnLabel = label !== '' && !isSameLabel(label, day) && !(blocked.kind === 'weekly' && isSameLabel(label, blocked.weekday));
  if (blocked.coreValue.trim() === '') return hasOwnLabel ? `${day} (${label})` : day;
  return hasOwnLabel
    ? t('pdf.profile.blockedDayLabelled', { day, label, value: blocked.coreValue })
    : t('pdf.profile.blockedDay', { day, value: blocked.coreValue });
}

function redFlagText(flag: RedFlag, locale: string, t: TFunction): string {
  switch (flag.kind) {
    case 'suggested':
      return capitalize(t(`vetting.redFlag.${flag.key}`), locale);
    case 'own':
      return flag.text;
  }
}

function channelsText(profile: FreelancerProfile, locale: string, t: TFunction): string {
  const [first, ...rest] = profile.communication.channels.ranked.map((channel) => t(`vetting.channel.${channel}`));
  if (first === undefined) return t('pdf.profile.channelsNone');
  if (rest.length === 0) return capitalize(t('pdf.profile.channelsOnly', { first }), locale);
  const restText = new Intl.ListFormat(locale, { type: 'conjunction' }).format(rest);
  return capitalize(t('pdf.profile.channelsRanked', { first, rest: restText }), locale);
}

function text(value: string, isMuted = false): ProfileBlock {
  return { kind: 'text', text: value, isMuted };
}

export function profilePdfContent(input: ProfilePdfInput): ProfilePdfContent {
  const { profile, language } = input;
  const t = translatorFor(language);
  const locale = language;
  const key = (k: ProfilePdfTextKey, options?: Record<string, unknown>): string => t(k, options ?? {});
  const notSet = key('pdf.profile.notSet');
  const { dreamBusiness, communication, idealClient, avoid, skills } = profile;

  const howIWork: ProfileSection = {
    title: key('pdf.profile.section.howIWork'),
    entries: [
      {
        label: key('pdf.profile.officeHours'),
        marker: dreamBusiness.officeHours.flexibility,
        blocks: [
          { kind: 'rows', rows: officeHoursRows(dreamBusiness.officeHours.weekly, locale, t) },
          text(key('pdf.profile.timeZone', { zone: profile.timeZone.replaceAll('_', ' ') }), true),
        ],
      },
      {
        label: key('pdf.profile.weekends'),
        marker: dreamBusiness.weekends.flexibility,
        blocks: [text(key(dreamBusiness.weekends.isOff ? 'pdf.profile.weekendsOff' : 'pdf.profile.weekendsOn'))],
      },
      {
        label: key('pdf.profile.publicHolidays'),
        marker: dreamBusiness.publicHolidays.flexibility,
        blocks: [text(key(dreamBusiness.publicHolidays.isOff ? 'pdf.profile.publicHolidaysOff' : 'pdf.profile.publicHolidaysOn'))],
      },
      ...(dreamBusiness.blockedDays.length === 0
        ? []
        : [
            {
              label: key('pdf.profile.blockedDays'),
              // Blocked days are non-negotiable by definition.
              marker: 'non_negotiable' as const,
              blocks: [{ kind: 'list', style: 'bullets', items: dreamBusiness.blockedDays.map((day) => blockedDayText(day, locale, t)), emptyText: notSet } as const],
            },
          ]),
      {
        label: key('pdf.profile.travel'),
        marker: dreamBusiness.travel.flexibility,
        blocks: [text(key('pdf.profile.travelTrips', { count: dreamBusiness.travel.tripsPerYear }))],
      },
      { label: key('pdf.profile.channels'), marker: communication.channels.flexibility, blocks: [text(channelsText(profile, locale, t))] },
      {
        label: key('pdf.profile.calls'),
        marker: communication.calls.flexibility,
        blocks: [text(key('pdf.profile.callsPerWeek', { count: communication.calls.maxPerWeek }))],
      },
      {
        label: key('pdf.profile.replyWindow'),
        marker: communication.replyWindow.flexibility,
        blocks: [text(key('pdf.profile.replyWithin', { amount: communication.replyWindow.amount, unit: communication.replyWindow.unit }))],
      },
      {
        label: key('pdf.profile.rushWork'),
        marker: communication.rushWork.flexibility,
        blocks: [text(capitalize(t(`vetting.rush.${communication.rushWork.acceptedAtMost}`), locale))],
      },
    ],
  };

  const budgetLines = pricingModels.flatMap((model) => {
    const floor = idealClient.budgetFloor.perModel[model];
    return floor === undefined ? [] : [key('pdf.profile.budgetLine', { amount: formatMoney(floor, profile.currency, locale), model })];
  });

  const idealClientSection: ProfileSection = {
    title: key('pdf.profile.section.idealClient'),
    entries: [
      { label: key('pdf.profile.workKinds'), marker: null, blocks: [{ kind: 'list', style: 'inline', items: idealClient.workKinds, emptyText: notSet }] },
      {
        label: key('pdf.profile.industries'),
        marker: idealClient.industries.flexibility,
        blocks: [{ kind: 'list', style: 'inline', items: idealClient.industries.wanted, emptyText: key('pdf.profile.anyIndustry') }],
      },
      {
        label: key('pdf.profile.budgetFloor'),
        marker: idealClient.budgetFloor.flexibility,
        blocks: [{ kind: 'list', style: 'bullets', items: budgetLines, emptyText: key('pdf.profile.noBudgetFloor') }],
      },
      {
        label: key('pdf.profile.pricingModels'),
        marker: idealClient.pricingModels.flexibility,
        blocks: [
          {
            kind: 'list',
            style: 'bullets',
            items: idealClient.pricingModels.preferred.map((model) => {
              const name = capitalize(t(`vetting.pricingModel.${model}`), locale);
              return isDiscouragedPricingModel(model) ? key('pdf.profile.discouraged', { model: name }) : name;
            }),
            emptyText: notSet,
          },
        ],
      },
    ],
  };

  const avoidSection: ProfileSection = {
    title: key('pdf.profile.section.avoid'),
    entries: [
      {
        label: key('pdf.profile.avoidWorkKinds'),
        marker: avoid.workKinds.flexibility,
        blocks: [{ kind: 'list', style: 'inline', items: avoid.workKinds.items, emptyText: notSet }],
      },
      {
        label: key('pdf.profile.redFlags'),
        marker: avoid.redFlags.flexibility,
        blocks: [{ kind: 'list', style: 'bullets', items: avoid.redFlags.items.map((flag) => redFlagText(flag, locale, t)), emptyText: notSet }],
      },
    ],
  };

  const skillsSection: ProfileSection = {
    title: key('pdf.profile.section.skills'),
    entries: [
      { label: key('pdf.profile.strengths'), marker: null, blocks: [{ kind: 'list', style: 'inline', items: skills.strengths, emptyText: notSet }] },
      { label: key('pdf.profile.dontWant'), marker: null, blocks: [{ kind: 'list', style: 'inline', items: skills.dontWant, emptyText: notSet }] },
      { label: key('pdf.profile.willingToLearn'), marker: null, blocks: [{ kind: 'list', style: 'inline', items: skills.willingToLearn, emptyText: notSet }] },
    ],
  };

  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    utcDate(input.generatedOn.year, input.generatedOn.month, input.generatedOn.day),
  );

  return {
    language,
    title: key('pdf.profile.title'),
    subtitle: input.freelancerName,
    markers: { non_negotiable: key('pdf.profile.marker.non_negotiable'), willing_to_compromise: key('pdf.profile.marker.willing_to_compromise') },
    legend: { non_negotiable: key('pdf.profile.legend.nonNegotiable'), willing_to_compromise: key('pdf.profile.legend.flexible') },
    columns: [[howIWork], [idealClientSection, avoidSection, skillsSection]],
    footerLeft: `${input.freelancerName} · ${input.workspaceName}`,
    footerRight: `${key('pdf.profile.generatedOn', { date })} · ${key('pdf.profile.madeWith')}`,
    moreText: (count) => key('pdf.profile.more', { count }),
  };
}
