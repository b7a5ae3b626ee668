// The waitlist of warm leads: list (all, or due for follow-up by today in the freelancer's zone), reschedule, close.
import { notFound } from '../errors.ts';
import { waitlistRepository, type WaitlistEntry } from '../db/repositories/waitlist.ts';
import { loadProfile } from './get-profile.ts';
import type { WorkspaceContext } from './context.ts';

export async function listWaitlist({ ctx, isDueOnly }: { ctx: WorkspaceContext; isDueOnly: boolean }): Promise<{ items: WaitlistEntry[]; today: string }> {
  const { profile } = await loadProfile(ctx.db, ctx.workspaceId);
  // "Due" is judged by the freelancer's own calendar day, not UTC's.
  const today = ctx.clock.now().toZonedDateTimeISO(profile.timeZone).toPlainDate().toString();
  return { items: await waitlistRepository(ctx.db, ctx.workspaceId).listOpen(isDueOnly ? today : undefined), today };
}

export async function rescheduleWaitlistEntry({ ctx, entryId, followUpOn }: { ctx: WorkspaceContext; entryId: string; followUpOn: string }): Promise<void> {
  if (!(await waitlistRepository(ctx.db, ctx.workspaceId).reschedule(entryId, followUpOn))) throw notFound('This waitlist entry');
}

export async function closeWaitlistEntry({ ctx, entryId }: { ctx: WorkspaceContext; entryId: string }): Promise<void> {
  if (!(await waitlistRepository(ctx.db, ctx.workspaceId).close(entryId, ctx.clock.nowIso()))) throw notFound('This waitlist entry');
}
