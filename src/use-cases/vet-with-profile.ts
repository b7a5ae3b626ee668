// Runs the domain's vetting against the workspace's profile and income; shared by interviews, gut checks and intake.
import type { Db } from '../db/connect.ts';
import type { Clock } from '../clock.ts';
import { vetProspect, type Vetting } from '../domain/vetting/vet-prospect.ts';
import { assessFit } from '../domain/vetting/fit.ts';
import { desperationCheck } from '../domain/vetting/desperation-check.ts';
import { defaultVettingSettings } from '../domain/vetting/settings.ts';
import type { InterviewAnswers } from '../domain/vetting/interview.ts';
import type { GutCheck } from '../domain/vetting/gut-check.ts';
import type { Finances, IncomeEntry } from '../domain/readiness/finances.ts';
import type { FreelancerProfile } from '../domain/profile/profile.ts';
import type { StoredVetting } from '../db/repositories/interviews.ts';
import { loadProfile } from './get-profile.ts';
import { loadCountedIncome, loadFundBalances, windowStart } from './load-readiness.ts';
import { loadReadinessSettings } from './get-readiness-settings.ts';

/**
 * The money picture the desperation check reads: the profile's expenses with the funds as last recorded, and the
 * income received over the trailing year, the same figures the readiness page shows.
 */
async function moneyPicture(db: Db, workspaceId: string, profile: FreelancerProfile, clock: Clock): Promise<{ finances: Finances | null; income: IncomeEntry[] }> {
  if (!profile.finances) return { finances: null, income: [] };
  const today = clock.now().toZonedDateTimeISO(profile.timeZone).toPlainDate();
  const balances = await loadFundBalances(db, workspaceId, profile.finances);
  // Payments recorded on invoices count as the readiness page counts them, so both show the same runway.
  const received = await loadCountedIncome(db, workspaceId, windowStart(today), today.toString(), profile.currency);
  return {
    finances: { ...profile.finances, emergencyFunds: { business: balances.business.balance, personal: balances.personal.balance } },
    income: received.entries.map((entry) => ({ source: entry.source, amount: entry.amount, receivedOn: entry.receivedOn })),
  };
}

export async function vetWithProfile(db: Db, workspaceId: string, clock: Clock, answers: InterviewAnswers, gut: GutCheck): Promise<Vetting> {
  const { profile } = await loadProfile(db, workspaceId);
  const { finances, income } = await moneyPicture(db, workspaceId, profile, clock);
  return vetProspect({
    profile: { ...profile, finances },
    answers,
    gut,
    income,
    now: clock.now(),
    vettingSettings: defaultVettingSettings,
    readinessSettings: (await loadReadinessSettings(db, workspaceId)).settings,
  });
}

/** Fit without a recommendation, for answers a prospect sent through the intake link before any gut check. */
export async function assessWithoutGut(db: Db, workspaceId: string, clock: Clock, answers: InterviewAnswers): Promise<StoredVetting> {
  const { profile } = await loadProfile(db, workspaceId);
  const now = clock.now();
  const today = now.toZonedDateTimeISO(profile.timeZone).toPlainDate();
  const { finances, income } = await moneyPicture(db, workspaceId, profile, clock);
  return {
    fit: assessFit({ profile, answers, now, settings: defaultVettingSettings }),
    desperation: desperationCheck({ finances, income, today, settings: (await loadReadinessSettings(db, workspaceId)).settings }),
    recommendation: null,
  };
}
