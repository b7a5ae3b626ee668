// The desperation check: when runway is short, say so beside the decision, so fear does not pick the client.
import type { Temporal } from 'temporal-polyfill';
import { totalMonthlyExpenses, type Finances, type IncomeEntry } from '../readiness/finances.ts';
import { currentRunway, isRunwayComfortable } from '../readiness/runway.ts';
import type { ReadinessSettings } from '../readiness/settings.ts';
import { reason, type Reason } from './reason.ts';

export const desperationStatuses = ['unknown', 'short_runway', 'comfortable'] as const;
export type DesperationStatus = (typeof desperationStatuses)[number];

/** `runwayMonths`: one decimal, rounded down; null when unknown or when income covers expenses (unlimited). */
export type DesperationCheck = { status: DesperationStatus; runwayMonths: number | null; message: Reason };

export type DesperationCheckOptions = {
  finances: Finances | null;
  income: readonly IncomeEntry[];
  /** The freelancer's local date, from `now` in their time zone. */
  today: Temporal.PlainDate;
  settings: ReadinessSettings;
};

/** No finances, or expenses left at zero (nobody lives on nothing), means unknown: the UI invites adding them. */
export function desperationCheck({ finances, income, today, settings }: DesperationCheckOptions): DesperationCheck {
  if (finances === null || totalMonthlyExpenses(finances) === 0) return { status: 'unknown', runwayMonths: null, message: reason('vetting.desperation.unknown', {}) };
  const months = currentRunway(finances, income, today);
  if (months === null) return { status: 'comfortable', runwayMonths: null, message: reason('vetting.desperation.noShortfall', {}) };
  if (!isRunwayComfortable(months, settings)) {
    return { status: 'short_runway', runwayMonths: months, message: reason('vetting.desperation.shortRunway', { months, threshold: settings.shortRunwayMonths }) };
  }
  return { status: 'comfortable', runwayMonths: months, message: reason('vetting.desperation.comfortable', { months }) };
}
