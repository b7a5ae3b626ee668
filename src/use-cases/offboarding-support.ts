// What the exit-plan, offboarding and recovery use cases share: settings, the freelancer's today, the suggested date,
// and moving a client's stage with the same timeline events a client edit records.
import { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/connect.ts';
import { AppError } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { workspaceSettingsRepository } from '../db/repositories/workspace-settings.ts';
import { describeClientChanges } from '../domain/clients/changes.ts';
import type { ClientStage } from '../domain/clients/lifecycle.ts';
import { noticeDate, suggestExitDate } from '../domain/offboarding/exit-date.ts';
import { offboardingSettingsFrom, type OffboardingSettings } from '../domain/offboarding/offboarding-settings.ts';
import type { Client } from '../schemas/clients.ts';
import type { ExitDateSuggestion } from '../schemas/exit-plans.ts';
import { loadProfile } from './get-profile.ts';
import { loadReadiness } from './load-readiness.ts';

export const offboardingSettingsSection = 'offboarding';

export async function loadOffboardingSettings(db: Db, workspaceId: string): Promise<{ settings: OffboardingSettings; version: number }> {
  const stored = await workspaceSettingsRepository(db, workspaceId).find(offboardingSettingsSection);
  return { settings: offboardingSettingsFrom(stored?.document), version: stored?.version ?? 0 };
}

/** The freelancer's calendar day: dates in exit plans and rest blocks are theirs, not UTC's. */
export async function freelancerToday(db: Db, workspaceId: string, now: Temporal.Instant): Promise<Temporal.PlainDate> {
  const { profile } = await loadProfile(db, workspaceId);
  return now.toZonedDateTimeISO(profile.timeZone).toPlainDate();
}

/** Months the funds would last without this client, from the readiness report: undefined while Sana knows no finances. */
async function runwayIfLost(db: Db, workspaceId: string, clientId: string, now: Temporal.Instant): Promise<number | null | undefined> {
  const readiness = await loadReadiness(db, workspaceId, now);
  if (!readiness.hasFinances) return undefined;
  const entry = readiness.runwayIfLost.find((r) => r.clientId === clientId);
  // A client who paid nothing in the trailing year takes no income away: the runway stays what it is today.
  return entry ? entry.months : readiness.runwayNow;
}

export async function exitSuggestion(db: Db, workspaceId: string, clientId: string, now: Temporal.Instant): Promise<ExitDateSuggestion> {
  const { settings } = await loadOffboardingSettings(db, workspaceId);
  const today = await freelancerToday(db, workspaceId, now);
  const suggestion = suggestExitDate({ today, settings, runwayIfLost: await runwayIfLost(db, workspaceId, clientId, now) });
  return { date: suggestion.date.toString(), noticeOn: noticeDate(suggestion.date, settings.noticeDays).toString(), reason: suggestion.reason, today: today.toString() };
}

export function noticeOnFor(targetDate: string, noticeDays: number): string {
  return noticeDate(Temporal.PlainDate.from(targetDate), noticeDays).toString();
}

/** Moves the client to `stage` inside the caller's transaction, recording `stage_changed` as a client edit does. */
export async function moveClientStage(trx: Db, workspaceId: string, client: Client, stage: ClientStage, now: string): Promise<Client> {
  if (client.stage === stage) return client;
  const clients = clientsRepository(trx, workspaceId);
  if (!(await clients.updateIfVersion(client.id, client.version, { stage }, now))) {
    throw new AppError('version_conflict', 'This client changed just now. Reload and try again.');
  }
  const after = (await clients.findById(client.id)) ?? client;
  const events = eventsRepository(trx, workspaceId);
  for (const change of describeClientChanges(client, after)) {
    await events.append({ clientId: client.id, type: change.type, occurredAt: now, payload: change.payload, isConfidential: false }, now);
  }
  return after;
}
