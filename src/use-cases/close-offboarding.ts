// Closes an offboarding: the client becomes past (recorded on the timeline), the exit plan is done, and a toxic
// relationship opens a recovery whose hard period ends today.
import { AppError, notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { exitPlansRepository } from '../db/repositories/exit-plans.ts';
import { offboardingsRepository } from '../db/repositories/offboardings.ts';
import { recoveriesRepository } from '../db/repositories/recoveries.ts';
import { emptyReview } from '../domain/recovery/self-review.ts';
import type { CloseOffboardingBody, Offboarding } from '../schemas/offboarding.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadOffboarding } from './get-offboarding.ts';
import { freelancerToday, loadOffboardingSettings, moveClientStage } from './offboarding-support.ts';

export async function closeOffboarding({ ctx, clientId, input }: { ctx: WorkspaceContext; clientId: string; input: CloseOffboardingBody }): Promise<Offboarding> {
  return inTransaction(ctx, async (trx) => {
    const client = await clientsRepository(trx, ctx.workspaceId).findById(clientId);
    if (!client) throw notFound('This client');
    const offboardings = offboardingsRepository(trx, ctx.workspaceId);
    const offboarding = await offboardings.findForClient(clientId);
    if (!offboarding) throw notFound('An offboarding for this client');
    if (offboarding.closedAt) throw new AppError('conflict', 'This offboarding is already closed.');
    const stale = () => new AppError('version_conflict', 'This offboarding was saved elsewhere after you opened it. Reload, then close it again.', { currentVersion: offboarding.version });
    if (offboarding.version !== input.version) throw stale();
    const now = ctx.clock.nowIso();
    if (!(await offboardings.updateIfVersion(clientId, input.version, { isToxic: input.isToxic, closedAt: now }, now))) throw stale();

    const plans = exitPlansRepository(trx, ctx.workspaceId);
    const plan = await plans.findOpenForClient(clientId);
    if (plan) await plans.updateIfVersion(plan.id, plan.version, { status: 'done', closedAt: now }, now);
    await moveClientStage(trx, ctx.workspaceId, client, 'past', now);
    await eventsRepository(trx, ctx.workspaceId).append({ clientId, type: 'client_offboarded', occurredAt: now, payload: { isToxic: input.isToxic }, isConfidential: false }, now);

    if (input.isToxic) {
      const today = await freelancerToday(trx, ctx.workspaceId, ctx.clock.now());
      const { settings } = await loadOffboardingSettings(trx, ctx.workspaceId);
      await recoveriesRepository(trx, ctx.workspaceId).insertOnce(
        { clientId, periodStart: today.subtract({ days: settings.hardPeriodDays }).toString(), periodEnd: today.toString(), review: emptyReview },
        now,
      );
    }
    return loadOffboarding(trx, ctx.workspaceId, clientId);
  });
}
