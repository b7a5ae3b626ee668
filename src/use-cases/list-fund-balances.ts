// The history of both emergency funds, newest first.
import { fundBalancesRepository, type FundBalanceEntry } from '../db/repositories/fund-balances.ts';
import type { WorkspaceContext } from './context.ts';

export async function listFundBalances({ ctx }: { ctx: WorkspaceContext }): Promise<FundBalanceEntry[]> {
  return fundBalancesRepository(ctx.db, ctx.workspaceId).list();
}
