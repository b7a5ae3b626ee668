// Adds the freelancer's gut check to an interview (one a prospect filled in through the intake link), which completes the recommendation.
import { notFound } from '../errors.ts';
import { interviewsRepository, type StoredInterview } from '../db/repositories/interviews.ts';
import type { GutCheck } from '../domain/vetting/gut-check.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { vetWithProfile } from './vet-with-profile.ts';

export async function recordGutCheck({ ctx, clientId, interviewId, gut }: { ctx: WorkspaceContext; clientId: string; interviewId: string; gut: GutCheck }): Promise<StoredInterview> {
  return inTransaction(ctx, async (trx) => {
    const interviews = interviewsRepository(trx, ctx.workspaceId);
    const interview = await interviews.findById(clientId, interviewId);
    if (!interview) throw notFound('This interview');
    const vetting = await vetWithProfile(trx, ctx.workspaceId, ctx.clock, interview.answers, gut);
    await interviews.updateGutAndVetting(interviewId, gut, vetting);
    const updated = await interviews.findById(clientId, interviewId);
    if (!updated) throw notFound('This interview');
    return updated;
  });
}
