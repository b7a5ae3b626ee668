// Income received, entered by hand until invoices and payments exist; a payment will feed the same numbers later.
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';

export type IncomeEntrySource = { kind: 'client'; clientId: string } | { kind: 'other_stream'; streamId: string };

export type StoredIncomeEntry = {
  id: string;
  source: IncomeEntrySource;
  /** The client's name when the source is a client, so lists need no second query. */
  clientName: string | null;
  receivedOn: string;
  amount: number;
  note: string;
  createdAt: string;
  /** The fund balance entry that put aside a share of it, if one was recorded. */
  movedToFund: { side: string; contribution: number; recordedOn: string } | null;
};

export function incomeEntriesRepository(db: Db, workspaceId: string) {
  return {
    async insert(entry: { source: IncomeEntrySource; receivedOn: string; amount: number; note: string }, now: string): Promise<string> {
      const id = newId();
      await db
        .insertInto('income_entries')
        .values({
          id,
          workspace_id: workspaceId,
          client_id: entry.source.kind === 'client' ? entry.source.clientId : null,
          stream_id: entry.source.kind === 'other_stream' ? entry.source.streamId : null,
          received_on: entry.receivedOn,
          amount: entry.amount,
          note: entry.note,
          created_at: now,
        })
        .execute();
      return id;
    },

    /** Entries received on or after `since` (a local date), newest first. */
    async listSince(since: string): Promise<StoredIncomeEntry[]> {
      const rows = await db
        .selectFrom('income_entries')
        .leftJoin('clients', (join) => join.onRef('clients.id', '=', 'income_entries.client_id').onRef('clients.workspace_id', '=', 'income_entries.workspace_id'))
        .leftJoin('fund_balances', (join) => join.onRef('fund_balances.income_entry_id', '=', 'income_entries.id').onRef('fund_balances.workspace_id', '=', 'income_entries.workspace_id'))
        .select([
          'income_entries.id',
          'income_entries.client_id',
          'income_entries.stream_id',
          'income_entries.received_on',
          'income_entries.amount',
          'income_entries.note',
          'income_entries.created_at',
          'clients.name as client_name',
          'fund_balances.side as moved_side',
          'fund_balances.contribution as moved_contribution',
          'fund_balances.recorded_on as moved_on',
        ])
        .where('income_entries.workspace_id', '=', workspaceId)
        .where('income_entries.received_on', '>=', since)
        .orderBy('income_entries.received_on', 'desc')
        .orderBy('income_entries.created_at', 'desc')
        .orderBy('income_entries.id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        source: r.client_id !== null ? { kind: 'client', clientId: r.client_id } : { kind: 'other_stream', streamId: r.stream_id ?? '' },
        clientName: r.client_name ?? null,
        receivedOn: r.received_on,
        amount: Number(r.amount),
        note: r.note,
        createdAt: r.created_at,
        movedToFund: r.moved_side !== null && r.moved_side !== undefined ? { side: r.moved_side, contribution: Number(r.moved_contribution ?? 0), recordedOn: r.moved_on ?? '' } : null,
      }));
    },

    async findById(id: string): Promise<{ id: string; amount: number; receivedOn: string; clientId: string | null } | undefined> {
      const row = await db.selectFrom('income_entries').select(['id', 'amount', 'received_on', 'client_id']).where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return row ? { id: row.id, amount: Number(row.amount), receivedOn: row.received_on, clientId: row.client_id } : undefined;
    },

    async delete(id: string): Promise<boolean> {
      const result = await db.deleteFrom('income_entries').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
  };
}
