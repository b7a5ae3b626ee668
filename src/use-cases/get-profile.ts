// Reads the freelancer's profile; before the first save it is the starter profile in the workspace's zone and currency.
import { accountsRepository } from '../db/repositories/accounts.ts';
import { profilesRepository } from '../db/repositories/profiles.ts';
import { starterProfile } from '../domain/profile/starter-profile.ts';
import type { FreelancerProfile } from '../domain/profile/profile.ts';
import { notFound } from '../errors.ts';
import type { Db } from '../db/connect.ts';
import type { WorkspaceContext } from './context.ts';

export type ProfileView = { profile: FreelancerProfile; isComplete: boolean; version: number; updatedAt: string | null };

export async function loadProfile(db: Db, workspaceId: string): Promise<ProfileView> {
  const stored = await profilesRepository(db, workspaceId).find();
  if (stored) return { ...stored, isComplete: true };
  const workspace = await accountsRepository(db).findWorkspace(workspaceId);
  if (!workspace) throw notFound('This workspace');
  return { profile: starterProfile(workspace.time_zone, workspace.currency), isComplete: false, version: 0, updatedAt: null };
}

export function getProfile({ ctx }: { ctx: WorkspaceContext }): Promise<ProfileView> {
  return loadProfile(ctx.db, ctx.workspaceId);
}
