// Deletes an income entry recorded by mistake; a fund balance it fed stays (the money was moved), unlinked.
import { incomeEntriesRepository } from '../db/repositories/income-entries.ts';
import { notFound } from '../errors.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';

export function deleteIncomeEntry({ ctx, entryId }: { ctx: WorkspaceContext; entryId: string }): Promise<void> {
  return inTransaction(ctx, async (trx) => {
    if (!(await incomeEntriesRepository(trx, ctx.workspaceId).delete(entryId))) throw notFound('This income entry');
  });
}
