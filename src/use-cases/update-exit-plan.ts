// Edits an exit plan's date and steps (ticking them off) only if nobody saved since the version the editor read.
import { AppError, invalidField, notFound } from '../errors.ts';
import { exitPlansRepository } from '../db/repositories/exit-plans.ts';
import { cleanSteps } from '../domain/offboarding/exit-plan.ts';
import type { ExitPlan, UpdateExitPlanBody } from '../schemas/exit-plans.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { presentExitPlan } from './get-exit-plan.ts';
import { freelancerToday } from './offboarding-support.ts';

export async function updateExitPlan({ ctx, clientId, input }: { ctx: WorkspaceContext; clientId: string; input: UpdateExitPlanBody }): Promise<ExitPlan> {
  return inTransaction(ctx, async (trx) => {
    const plans = exitPlansRepository(trx, ctx.workspaceId);
    const plan = await plans.findOpenForClient(clientId);
    if (!plan) throw notFound('An open exit plan for this client');
    const stale = () => new AppError('version_conflict', 'This exit plan was saved elsewhere after you opened it. Reload to see that version, then apply your change again.', { currentVersion: plan.version });
    if (plan.version !== input.version) throw stale();
    // Moving the date is judged against today; an unchanged past date (a plan running late) may stay.
    if (input.targetDate !== undefined && input.targetDate !== plan.targetDate) {
      const today = (await freelancerToday(trx, ctx.workspaceId, ctx.clock.now())).toString();
      if (input.targetDate < today) throw invalidField('targetDate', `Pick today (${today}) or a later date.`);
    }
    const now = ctx.clock.nowIso();
    const isWritten = await plans.updateIfVersion(plan.id, plan.version, { targetDate: input.targetDate, steps: input.steps ? cleanSteps(input.steps) : undefined }, now);
    if (!isWritten) throw stale();
    const after = await plans.findOpenForClient(clientId);
    if (!after) throw notFound('An open exit plan for this client');
    return presentExitPlan(trx, ctx.workspaceId, after, ctx.clock.now());
  });
}
