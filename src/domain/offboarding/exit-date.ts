// When to let a client go (DOMAIN.md section 9): never sooner than the notice period, and not before the runway allows it.
import type { Temporal } from 'temporal-polyfill';
import type { OffboardingSettings } from './offboarding-settings.ts';

/**
 * Why that date, so the freelancer reads it in words:
 * - `notice`: the runway without this client is comfortable (or unlimited), so only the notice period counts;
 * - `runway`: funds would last `runwayMonths` without them, so keep them `monthsToKeep` more months to line up other income;
 * - `runway_unknown`: Sana does not know the finances yet, so only the notice period counts.
 */
export type ExitDateReason =
  | { kind: 'notice'; noticeDays: number; runwayMonths: number | null }
  | { kind: 'runway'; noticeDays: number; runwayMonths: number; monthsToKeep: number; safeRunwayMonths: number }
  | { kind: 'runway_unknown'; noticeDays: number };

export type ExitDateSuggestion = { date: Temporal.PlainDate; reason: ExitDateReason };

export type SuggestExitDateInput = {
  /** The freelancer's calendar day. */
  today: Temporal.PlainDate;
  settings: Pick<OffboardingSettings, 'noticeDays' | 'safeRunwayMonths'>;
  /** Months the funds last without this client: null is unlimited (no shortfall), undefined is not known. */
  runwayIfLost: number | null | undefined;
};

export function suggestExitDate({ today, settings, runwayIfLost }: SuggestExitDateInput): ExitDateSuggestion {
  const { noticeDays, safeRunwayMonths } = settings;
  const afterNotice = today.add({ days: noticeDays });
  if (runwayIfLost === undefined) return { date: afterNotice, reason: { kind: 'runway_unknown', noticeDays } };
  if (runwayIfLost === null || runwayIfLost >= safeRunwayMonths) return { date: afterNotice, reason: { kind: 'notice', noticeDays, runwayMonths: runwayIfLost } };
  // Whole months, rounded up: the client's income keeps coming while the freelancer saves or finds other work.
  const monthsToKeep = Math.ceil(safeRunwayMonths - runwayIfLost);
  const afterRunway = today.add({ months: monthsToKeep });
  const date = afterRunway.since(afterNotice).sign > 0 ? afterRunway : afterNotice;
  return { date, reason: { kind: 'runway', noticeDays, runwayMonths: runwayIfLost, monthsToKeep, safeRunwayMonths } };
}

/** The day to tell the client, so they get the full notice before the target date. */
export function noticeDate(targetDate: Temporal.PlainDate, noticeDays: number): Temporal.PlainDate {
  return targetDate.subtract({ days: noticeDays });
}
