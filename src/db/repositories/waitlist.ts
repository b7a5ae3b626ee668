// The waitlist: warm leads to come back to, each with a reason and a follow-up date.
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';

export type WaitlistEntry = {
  id: string;
  clientId: string;
  clientName: string;
  clientCompany: string;
  reason: string;
  note: string;
  followUpOn: string;
  createdAt: string;
  closedAt: string | null;
};

export function waitlistRepository(db: Db, workspaceId: string) {
  return {
    async closeOpenForClient(clientId: string, now: string): Promise<void> {
      await db.updateTable('waitlist_entries').set({ closed_at: now }).where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).where('closed_at', 'is', null).execute();
    },

    async insert(entry: { clientId: string; reason: string; note: string; followUpOn: string }, now: string): Promise<string> {
      const id = newId();
      await db
        .insertInto('waitlist_entries')
        .values({ id, workspace_id: workspaceId, client_id: entry.clientId, reason: entry.reason, note: entry.note, follow_up_on: entry.followUpOn, created_at: now, closed_at: null })
        .execute();
      return id;
    },

    /** Open entries, soonest follow-up first; `dueOnOrBefore` keeps only those due by that local date. */
    async listOpen(dueOnOrBefore?: string): Promise<WaitlistEntry[]> {
      let query = db
        .selectFrom('waitlist_entries')
        .innerJoin('clients', (join) => join.onRef('clients.id', '=', 'waitlist_entries.client_id').onRef('clients.workspace_id', '=', 'waitlist_entries.workspace_id'))
        .select([
          'waitlist_entries.id',
          'waitlist_entries.client_id',
          'clients.name as client_name',
          'clients.company as client_company',
          'waitlist_entries.reason',
          'waitlist_entries.note',
          'waitlist_entries.follow_up_on',
          'waitlist_entries.created_at',
          'waitlist_entries.closed_at',
        ])
        .where('waitlist_entries.workspace_id', '=', workspaceId)
        .where('waitlist_entries.closed_at', 'is', null);
      if (dueOnOrBefore) query = query.where('waitlist_entries.follow_up_on', '<=', dueOnOrBefore);
      const rows = await query.orderBy('waitlist_entries.follow_up_on').orderBy('clients.name').execute();
      return rows.map((r) => ({
        id: r.id,
        clientId: r.client_id,
        clientName: r.client_name,
        clientCompany: r.client_company,
        reason: r.reason,
        note: r.note,
        followUpOn: r.follow_up_on,
        createdAt: r.created_at,
        closedAt: r.closed_at,
      }));
    },

    async close(id: string, now: string): Promise<boolean> {
      const result = await db.updateTable('waitlist_entries').set({ closed_at: now }).where('workspace_id', '=', workspaceId).where('id', '=', id).where('closed_at', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async reschedule(id: string, followUpOn: string): Promise<boolean> {
      const result = await db.updateTable('waitlist_entries').set({ follow_up_on: followUpOn }).where('workspace_id', '=', workspaceId).where('id', '=', id).where('closed_at', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
