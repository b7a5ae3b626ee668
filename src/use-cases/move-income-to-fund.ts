// One click: records that a share of an income entry was moved to an emergency fund, as a new balance dated today.
import { fundBalancesRepository } from '../db/repositories/fund-balances.ts';
import { incomeEntriesRepository } from '../db/repositories/income-entries.ts';
import type { FundSide } from '../domain/readiness/finances.ts';
import { suggestedFundContribution } from '../domain/readiness/fund-ladder.ts';
import { AppError, notFound } from '../errors.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadProfile } from './get-profile.ts';
import { loadReadinessSettings } from './get-readiness-settings.ts';
import { loadFundBalances } from './load-readiness.ts';

export type MoveIncomeToFundOptions = { ctx: WorkspaceContext; incomeEntryId: string; side: FundSide; amount?: number };

export function moveIncomeToFund({ ctx, incomeEntryId, side, amount }: MoveIncomeToFundOptions): Promise<{ balanceId: string; balance: number; contribution: number }> {
  return inTransaction(ctx, async (trx) => {
    const entry = await incomeEntriesRepository(trx, ctx.workspaceId).findById(incomeEntryId);
    if (!entry) throw notFound('This income entry');
    const funds = fundBalancesRepository(trx, ctx.workspaceId);
    if (await funds.isIncomeEntryMoved(incomeEntryId)) throw new AppError('conflict', 'A share of this income was already moved to a fund. Record another balance if you moved more.');
    const { profile } = await loadProfile(trx, ctx.workspaceId);
    const { settings } = await loadReadinessSettings(trx, ctx.workspaceId);
    const contribution = amount ?? suggestedFundContribution(entry.amount, settings);
    if (contribution <= 0) throw new AppError('unprocessable', 'The suggested share of this income is 0; send an amount to move.', { errors: [{ field: 'amount', message: 'Send an amount above 0.' }] });
    if (contribution > entry.amount) throw new AppError('validation_failed', 'amount: Move at most the amount received.', { errors: [{ field: 'amount', message: 'Move at most the amount received.' }] });
    const current = (await loadFundBalances(trx, ctx.workspaceId, profile.finances ?? { monthlyExpenses: { business: 0, personal: 0 }, emergencyFunds: { business: 0, personal: 0 }, otherStreams: [] }))[side];
    const today = ctx.clock.now().toZonedDateTimeISO(profile.timeZone).toPlainDate().toString();
    const balance = current.balance + contribution;
    const balanceId = await funds.insert({ side, balance, recordedOn: today, note: '', incomeEntryId, contribution }, ctx.clock.nowIso());
    return { balanceId, balance, contribution };
  });
}
