// Cancels a client's open exit plan (the freelancer changed their mind); the timeline keeps that it happened.
import { AppError, notFound } from '../errors.ts';
import { exitPlansRepository } from '../db/repositories/exit-plans.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';

export async function cancelExitPlan({ ctx, clientId }: { ctx: WorkspaceContext; clientId: string }): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const plans = exitPlansRepository(trx, ctx.workspaceId);
    const plan = await plans.findOpenForClient(clientId);
    if (!plan) throw notFound('An open exit plan for this client');
    const now = ctx.clock.nowIso();
    if (!(await plans.updateIfVersion(plan.id, plan.version, { status: 'cancelled', closedAt: now }, now))) {
      throw new AppError('version_conflict', 'This exit plan changed just now. Reload and try again.');
    }
    await eventsRepository(trx, ctx.workspaceId).append({ clientId, type: 'exit_plan_cancelled', occurredAt: now, payload: { targetDate: plan.targetDate }, isConfidential: false }, now);
  });
}
