// Saves the offboarding page as one document (checklist, where the work stands, open items, procedures), version-checked.
import { AppError, notFound } from '../errors.ts';
import { offboardingsRepository } from '../db/repositories/offboardings.ts';
import type { Offboarding, SaveOffboardingBody } from '../schemas/offboarding.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadOffboarding } from './get-offboarding.ts';

export async function saveOffboarding({ ctx, clientId, input }: { ctx: WorkspaceContext; clientId: string; input: SaveOffboardingBody }): Promise<Offboarding> {
  return inTransaction(ctx, async (trx) => {
    const repository = offboardingsRepository(trx, ctx.workspaceId);
    const current = await repository.findForClient(clientId);
    if (!current) throw notFound('An offboarding for this client');
    const stale = () => new AppError('version_conflict', 'This offboarding was saved elsewhere after you opened it. Reload to see that version, then apply your changes again.', { currentVersion: current.version });
    if (current.version !== input.version) throw stale();
    const now = ctx.clock.nowIso();
    if (!(await repository.updateIfVersion(clientId, input.version, { checklist: input.checklist, workStatus: input.workStatus, openItems: input.openItems }, now))) throw stale();
    await repository.replaceProcedures(clientId, input.procedures, now);
    return loadOffboarding(trx, ctx.workspaceId, clientId);
  });
}
