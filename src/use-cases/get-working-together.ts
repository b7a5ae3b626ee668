// The portal's "how we work together" page: the freelancer's profile as the client may see it, in the client's zone.
import { workingTogether } from '../domain/portal/working-together.ts';
import type { WorkingTogether } from '../schemas/portal.ts';
import type { AppDeps } from './context.ts';
import { loadProfile } from './get-profile.ts';
import { openPortal } from './open-portal.ts';

export async function getWorkingTogether({ deps, token }: { deps: AppDeps; token: string }): Promise<WorkingTogether> {
  const portal = await openPortal(deps, token);
  const { profile } = await loadProfile(deps.db, portal.workspaceId);
  return { freelancerName: portal.freelancerName, ...workingTogether(profile, portal.client.timeZone, deps.clock.now()) };
}
