// Deletes a fund balance recorded by mistake; the one before it becomes the fund's balance again.
import { fundBalancesRepository } from '../db/repositories/fund-balances.ts';
import { notFound } from '../errors.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';

export function deleteFundBalance({ ctx, balanceId }: { ctx: WorkspaceContext; balanceId: string }): Promise<void> {
  return inTransaction(ctx, async (trx) => {
    if (!(await fundBalancesRepository(trx, ctx.workspaceId).delete(balanceId))) throw notFound('This fund balance');
  });
}
