// The freelancer throws away a draft nobody else has seen; anything sent stays, with its audit trail.
import { agreementsRepository } from '../db/repositories/agreements.ts';
import { AppError } from '../errors.ts';
import { loadAgreement } from './agreement-support.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';

export async function deleteAgreement({ ctx, agreementId }: { ctx: WorkspaceContext; agreementId: string }): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const agreement = await loadAgreement(trx, ctx.workspaceId, agreementId);
    if (agreement.status !== 'draft') throw new AppError('conflict', 'Only a draft can be deleted: this agreement was sent, and its history is kept as evidence.');
    await agreementsRepository(trx, ctx.workspaceId).delete(agreement.id);
  });
}
