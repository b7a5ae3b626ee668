// Records an emergency fund's balance on a date (the latest dated balance is the fund's balance).
import { fundBalancesRepository } from '../db/repositories/fund-balances.ts';
import type { FundSide } from '../domain/readiness/finances.ts';
import { invalidField } from '../errors.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadProfile } from './get-profile.ts';

export type RecordFundBalanceOptions = { ctx: WorkspaceContext; side: FundSide; balance: number; recordedOn: string; note: string };

export function recordFundBalance({ ctx, side, balance, recordedOn, note }: RecordFundBalanceOptions): Promise<{ id: string }> {
  return inTransaction(ctx, async (trx) => {
    const { profile } = await loadProfile(trx, ctx.workspaceId);
    const today = ctx.clock.now().toZonedDateTimeISO(profile.timeZone).toPlainDate().toString();
    if (recordedOn > today) throw invalidField('recordedOn', `Use today (${today}) or an earlier date: a balance is what the fund holds, not a plan.`);
    return { id: await fundBalancesRepository(trx, ctx.workspaceId).insert({ side, balance, recordedOn, note }, ctx.clock.nowIso()) };
  });
}
