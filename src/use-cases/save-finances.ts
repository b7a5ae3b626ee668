// Saves monthly expenses (into the profile's finances, where the wizard keeps them) and the regular monthly amounts of
// the profile's other income streams.
import { AppError, invalidField } from '../errors.ts';
import { incomeStreamAmountsRepository } from '../db/repositories/income-stream-amounts.ts';
import { profilesRepository } from '../db/repositories/profiles.ts';
import type { FundSide } from '../domain/readiness/finances.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadProfile } from './get-profile.ts';

export type SaveFinancesOptions = {
  ctx: WorkspaceContext;
  monthlyExpenses: Record<FundSide, number>;
  /** Streams left out keep their amount. */
  streamAmounts: { streamId: string; monthlyAmount: number }[];
};

export function saveFinances({ ctx, monthlyExpenses, streamAmounts }: SaveFinancesOptions): Promise<void> {
  return inTransaction(ctx, async (trx) => {
    const current = await loadProfile(trx, ctx.workspaceId);
    const finances = current.profile.finances ?? { monthlyExpenses: { business: 0, personal: 0 }, emergencyFunds: { business: 0, personal: 0 }, otherStreams: [] };
    const streamIds = new Set(finances.otherStreams.map((s) => s.id));
    streamAmounts.forEach((s, index) => {
      if (!streamIds.has(s.streamId)) throw invalidField(`streamAmounts.${index}.streamId`, 'No income stream with this id in your profile; add the stream to your profile first.');
    });
    const profile = { ...current.profile, finances: { ...finances, monthlyExpenses: { business: monthlyExpenses.business, personal: monthlyExpenses.personal } } };
    if (!(await profilesRepository(trx, ctx.workspaceId).saveIfVersion(profile, current.version, ctx.clock.nowIso()))) {
      throw new AppError('version_conflict', 'Your profile was saved elsewhere just now. Reload, then enter your finances again.');
    }
    const amounts = incomeStreamAmountsRepository(trx, ctx.workspaceId);
    for (const s of streamAmounts) await amounts.save(s.streamId, s.monthlyAmount, ctx.clock.nowIso());
  });
}
