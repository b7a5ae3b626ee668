// Income received over the trailing twelve months, newest first, each with the share suggested for the funds.
import { suggestedFundContribution } from '../domain/readiness/fund-ladder.ts';
import type { StoredIncomeEntry } from '../db/repositories/income-entries.ts';
import type { WorkspaceContext } from './context.ts';
import { loadProfile } from './get-profile.ts';
import { loadReadinessSettings } from './get-readiness-settings.ts';
import { loadReceivedIncome, windowStart } from './load-readiness.ts';

export type IncomeEntryView = StoredIncomeEntry & { sourceName: string; suggestedForFunds: number };

export async function listIncomeEntries({ ctx }: { ctx: WorkspaceContext }): Promise<{ items: IncomeEntryView[]; today: string }> {
  const { profile } = await loadProfile(ctx.db, ctx.workspaceId);
  const { settings } = await loadReadinessSettings(ctx.db, ctx.workspaceId);
  const today = ctx.clock.now().toZonedDateTimeISO(profile.timeZone).toPlainDate();
  const streams = new Map((profile.finances?.otherStreams ?? []).map((s) => [s.id, s.name]));
  const entries = await loadReceivedIncome(ctx.db, ctx.workspaceId, windowStart(today));
  return {
    today: today.toString(),
    items: entries.map((e) => ({
      ...e,
      sourceName: e.source.kind === 'client' ? (e.clientName ?? '') : (streams.get(e.source.streamId) ?? ''),
      suggestedForFunds: suggestedFundContribution(e.amount, settings),
    })),
  };
}
