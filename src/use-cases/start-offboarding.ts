// Starts offboarding a client: the checklist opens, the client moves to the offboarding stage, an open exit plan follows.
import { AppError, notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { exitPlansRepository } from '../db/repositories/exit-plans.ts';
import { offboardingsRepository } from '../db/repositories/offboardings.ts';
import { emptyChecklist } from '../domain/offboarding/checklist.ts';
import { isOpenStage } from '../domain/clients/lifecycle.ts';
import type { Offboarding } from '../schemas/offboarding.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadOffboarding } from './get-offboarding.ts';
import { moveClientStage } from './offboarding-support.ts';

export async function startOffboarding({ ctx, clientId }: { ctx: WorkspaceContext; clientId: string }): Promise<Offboarding> {
  return inTransaction(ctx, async (trx) => {
    const client = await clientsRepository(trx, ctx.workspaceId).findById(clientId);
    if (!client) throw notFound('This client');
    if (!isOpenStage(client.stage)) throw new AppError('conflict', 'This relationship has already ended; there is nothing to offboard.');
    const now = ctx.clock.nowIso();
    if (!(await offboardingsRepository(trx, ctx.workspaceId).insert(clientId, emptyChecklist, now))) {
      throw new AppError('conflict', 'Offboarding for this client has already started. Open it to carry on.');
    }
    const plans = exitPlansRepository(trx, ctx.workspaceId);
    const plan = await plans.findOpenForClient(clientId);
    if (plan && plan.status === 'open') await plans.updateIfVersion(plan.id, plan.version, { status: 'offboarding' }, now);
    await moveClientStage(trx, ctx.workspaceId, client, 'offboarding', now);
    await eventsRepository(trx, ctx.workspaceId).append({ clientId, type: 'offboarding_started', occurredAt: now, payload: {}, isConfidential: false }, now);
    return loadOffboarding(trx, ctx.workspaceId, clientId);
  });
}
