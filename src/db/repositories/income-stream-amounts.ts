// The regular monthly amount of each of the profile's other income streams (a job, steady royalties).
import type { Db } from '../connect.ts';

export function incomeStreamAmountsRepository(db: Db, workspaceId: string) {
  return {
    async list(): Promise<{ streamId: string; monthlyAmount: number; updatedAt: string }[]> {
      const rows = await db.selectFrom('income_stream_amounts').selectAll().where('workspace_id', '=', workspaceId).orderBy('stream_id').execute();
      return rows.map((r) => ({ streamId: r.stream_id, monthlyAmount: Number(r.monthly_amount), updatedAt: r.updated_at }));
    },

    async save(streamId: string, monthlyAmount: number, now: string): Promise<void> {
      await db
        .insertInto('income_stream_amounts')
        .values({ workspace_id: workspaceId, stream_id: streamId, monthly_amount: monthlyAmount, updated_at: now })
        .onConflict((oc) => oc.columns(['workspace_id', 'stream_id']).doUpdateSet({ monthly_amount: monthlyAmount, updated_at: now }))
        .execute();
    },
  };
}
