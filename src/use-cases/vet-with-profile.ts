// Runs the domain's vetting against the workspace's profile and income; shared by interviews, gut checks and intake.
import type { Db } from '../db/connect.ts';
import type { Clock } from '../clock.ts';
import { vetProspect, type Vetting } from '../domain/vetting/vet-prospect.ts';
import { assessFit } from '../domain/vetting/fit.ts';
import { desperationCheck } from '../domain/vetting/desperation-check.ts';
import { defaultVettingSettings } from '../domain/vetting/settings.ts';
import { defaultReadinessSettings } from '../domain/readiness/settings.ts';
import type { InterviewAnswers } from '../domain/vetting/interview.ts';
import type { GutCheck } from '../domain/vetting/gut-check.ts';
import type { IncomeEntry } from '../domain/readiness/finances.ts';
import type { StoredVetting } from '../db/repositories/interviews.ts';
import { loadProfile } from './get-profile.ts';

// Payments arrive with the getting-paid feature; until then the runway rests on funds and expenses alone.
const incomeBeforeInvoicing: IncomeEntry[] = [];

export async function vetWithProfile(db: Db, workspaceId: string, clock: Clock, answers: InterviewAnswers, gut: GutCheck): Promise<Vetting> {
  const { profile } = await loadProfile(db, workspaceId);
  return vetProspect({
    profile,
    answers,
    gut,
    income: incomeBeforeInvoicing,
    now: clock.now(),
    vettingSettings: defaultVettingSettings,
    readinessSettings: defaultReadinessSettings,
  });
}

/** Fit without a recommendation, for answers a prospect sent through the intake link before any gut check. */
export async function assessWithoutGut(db: Db, workspaceId: string, clock: Clock, answers: InterviewAnswers): Promise<StoredVetting> {
  const { profile } = await loadProfile(db, workspaceId);
  const now = clock.now();
  const today = now.toZonedDateTimeISO(profile.timeZone).toPlainDate();
  return {
    fit: assessFit({ profile, answers, now, settings: defaultVettingSettings }),
    desperation: desperationCheck({ finances: profile.finances, income: incomeBeforeInvoicing, today, settings: defaultReadinessSettings }),
    recommendation: null,
  };
}
