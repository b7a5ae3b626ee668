// Dated balances of the two emergency funds; the latest entry of a side is that fund's balance.
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';

export type FundBalanceEntry = {
  id: string;
  side: string;
  balance: number;
  recordedOn: string;
  note: string;
  incomeEntryId: string | null;
  contribution: number | null;
  /** Write order within the workspace: among balances of the same date, the higher one is the later. */
  sequence: number;
  createdAt: string;
};

type Row = { id: string; side: string; balance: number | string; recorded_on: string; note: string; income_entry_id: string | null; contribution: number | string | null; sequence: number | string; created_at: string };

function toEntry(r: Row): FundBalanceEntry {
  return {
    id: r.id,
    side: r.side,
    balance: Number(r.balance),
    recordedOn: r.recorded_on,
    note: r.note,
    incomeEntryId: r.income_entry_id,
    contribution: r.contribution === null ? null : Number(r.contribution),
    sequence: Number(r.sequence),
    createdAt: r.created_at,
  };
}

export function fundBalancesRepository(db: Db, workspaceId: string) {
  return {
    async insert(entry: { side: string; balance: number; recordedOn: string; note: string; incomeEntryId?: string; contribution?: number }, now: string): Promise<string> {
      const id = newId();
      const last = await db.selectFrom('fund_balances').select((eb) => eb.fn.max('sequence').as('last')).where('workspace_id', '=', workspaceId).executeTakeFirst();
      await db
        .insertInto('fund_balances')
        .values({
          id,
          workspace_id: workspaceId,
          side: entry.side,
          balance: entry.balance,
          recorded_on: entry.recordedOn,
          note: entry.note,
          income_entry_id: entry.incomeEntryId ?? null,
          contribution: entry.contribution ?? null,
          sequence: Number(last?.last ?? 0) + 1,
          created_at: now,
        })
        .execute();
      return id;
    },

    /** The latest balance of a side: the last recorded date, and for the same date the last one written. */
    async latest(side: string): Promise<FundBalanceEntry | undefined> {
      const row = await db
        .selectFrom('fund_balances')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('side', '=', side)
        .orderBy('recorded_on', 'desc')
        .orderBy('sequence', 'desc')
        .executeTakeFirst();
      return row ? toEntry(row) : undefined;
    },

    /** Every balance, newest first. */
    async list(): Promise<FundBalanceEntry[]> {
      const rows = await db
        .selectFrom('fund_balances')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('recorded_on', 'desc')
        .orderBy('sequence', 'desc')
        .execute();
      return rows.map(toEntry);
    },

    async isIncomeEntryMoved(incomeEntryId: string): Promise<boolean> {
      const row = await db.selectFrom('fund_balances').select('id').where('workspace_id', '=', workspaceId).where('income_entry_id', '=', incomeEntryId).executeTakeFirst();
      return row !== undefined;
    },

    async delete(id: string): Promise<boolean> {
      const result = await db.deleteFrom('fund_balances').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
  };
}
