// Saves the whole profile: rules that span fields are checked by the domain, and a stale version is refused.
import { AppError } from '../errors.ts';
import { profilesRepository } from '../db/repositories/profiles.ts';
import { profileProblems, type ProfileProblemKind } from '../domain/profile/profile-problems.ts';
import type { FreelancerProfile } from '../domain/profile/profile.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadProfile, type ProfileView } from './get-profile.ts';

const problemMessages: Record<ProfileProblemKind, string> = {
  unknown_time_zone: 'Use an IANA time zone such as Europe/Madrid.',
  unknown_currency: 'Use a three-letter ISO 4217 code such as EUR.',
  invalid_time: 'Use a 24-hour time like 09:00; 24:00 only as an end.',
  empty_range: 'The end must come after the start.',
  overlapping_ranges: 'This range overlaps another one on the same day; merge or move them.',
  not_a_count: 'Use a whole number, 0 or more.',
  not_an_amount: 'Use a whole amount in cents (minor units), 0 or more.',
  not_a_date: 'This day does not exist in that month.',
  listed_twice: 'This item is already in another list; keep it in one place.',
};

export type SaveProfileOptions = { ctx: WorkspaceContext; profile: FreelancerProfile; expectedVersion?: number };

export async function saveProfile({ ctx, profile, expectedVersion }: SaveProfileOptions): Promise<ProfileView> {
  const problems = profileProblems(profile);
  if (problems.length > 0) {
    const errors = problems.map((p) => ({ field: `profile.${p.path}`, message: problemMessages[p.kind] }));
    throw new AppError('validation_failed', `Fix these parts of the profile and save again. ${errors.map((e) => `${e.field}: ${e.message}`).join(' ')}`, { errors });
  }
  return inTransaction(ctx, async (trx) => {
    const current = await loadProfile(trx, ctx.workspaceId);
    const version = expectedVersion ?? current.version;
    if (version !== current.version) {
      throw new AppError('version_conflict', 'Your profile was saved elsewhere after you opened it. Reload to see that version, then apply your changes again.', { currentVersion: current.version });
    }
    if (!(await profilesRepository(trx, ctx.workspaceId).saveIfVersion(profile, version, ctx.clock.nowIso()))) {
      throw new AppError('version_conflict', 'Your profile was saved elsewhere just now. Reload, then apply your changes again.');
    }
    return loadProfile(trx, ctx.workspaceId);
  });
}
