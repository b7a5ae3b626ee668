// Records money received from a client or another stream (by hand, until invoices and payments exist).
import { incomeEntriesRepository } from '../db/repositories/income-entries.ts';
import { readinessClientsRepository } from '../db/repositories/readiness-clients.ts';
import type { IncomeSource } from '../domain/readiness/finances.ts';
import { invalidField } from '../errors.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadProfile } from './get-profile.ts';

export type RecordIncomeEntryOptions = { ctx: WorkspaceContext; source: IncomeSource; receivedOn: string; amount: number; note: string };

export function recordIncomeEntry({ ctx, source, receivedOn, amount, note }: RecordIncomeEntryOptions): Promise<{ id: string }> {
  return inTransaction(ctx, async (trx) => {
    const { profile } = await loadProfile(trx, ctx.workspaceId);
    if (source.kind === 'client' && !(await readinessClientsRepository(trx, ctx.workspaceId).exists(source.clientId))) {
      throw invalidField('source.clientId', 'No client with this id in this workspace; pick one from your clients.');
    }
    if (source.kind === 'other_stream' && !(profile.finances?.otherStreams ?? []).some((s) => s.id === source.streamId)) {
      throw invalidField('source.streamId', 'No income stream with this id in your profile; add the stream to your profile first.');
    }
    const today = ctx.clock.now().toZonedDateTimeISO(profile.timeZone).toPlainDate().toString();
    // Money not yet received is a forecast, not income: it would inflate runways.
    if (receivedOn > today) throw invalidField('receivedOn', `Use today (${today}) or an earlier date: record money once it has arrived.`);
    const id = await incomeEntriesRepository(trx, ctx.workspaceId).insert({ source, receivedOn, amount, note }, ctx.clock.nowIso());
    return { id };
  });
}
