// The freelancer releases held final work by hand (a client they trust, a payment made outside Sana): the client is told
// their files are ready, as when a payment releases them.
import { canReleaseByHand } from '../domain/deliverables/deliverable.ts';
import { AppError } from '../errors.ts';
import type { Deliverable } from '../schemas/deliverables.ts';
import { loadAgreement } from './agreement-support.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { deliverablesRepository } from '../db/repositories/deliverables.ts';
import { contractBilling, loadDeliverable, presentDeliverable, releaseDeliverables } from './deliverable-support.ts';

export async function releaseDeliverable({ ctx, deliverableId }: { ctx: WorkspaceContext; deliverableId: string }): Promise<Deliverable> {
  return inTransaction(ctx, async (trx) => {
    const deliverable = await loadDeliverable(trx, ctx.workspaceId, deliverableId);
    const agreement = await loadAgreement(trx, ctx.workspaceId, deliverable.agreementId);
    await deliverablesRepository(trx, ctx.workspaceId).lockContract(agreement.id);
    // Read again under the lock: a payment may have released it a moment ago.
    const current = await loadDeliverable(trx, ctx.workspaceId, deliverableId);
    const decision = canReleaseByHand(current);
    if (!decision.isAllowed) {
      throw new AppError('conflict', decision.reason === 'not_final' ? 'This is a draft or preview: the client sees it already.' : 'This deliverable was already released; the client can download it.');
    }
    await releaseDeliverables(trx, ctx, ctx.workspaceId, agreement, [current], 'freelancer');
    const released = { ...current, releasedAt: ctx.clock.nowIso(), releasedBy: 'freelancer' as const };
    return presentDeliverable(released, await contractBilling(trx, ctx.workspaceId, agreement));
  });
}
