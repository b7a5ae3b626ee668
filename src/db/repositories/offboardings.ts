// Offboardings (one per client) and the client's documented procedures, which the handoff document is built from.
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';
import { checklistFrom, type Checklist, type OpenItem, type Procedure, type ProcedureStep } from '../../domain/offboarding/checklist.ts';

export type StoredOffboarding = {
  id: string;
  clientId: string;
  checklist: Checklist;
  workStatus: string;
  openItems: OpenItem[];
  isToxic: boolean;
  version: number;
  startedAt: string;
  updatedAt: string;
  closedAt: string | null;
};

export function offboardingsRepository(db: Db, workspaceId: string) {
  return {
    async findForClient(clientId: string): Promise<StoredOffboarding | undefined> {
      const row = await db.selectFrom('offboardings').selectAll().where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        clientId: row.client_id,
        checklist: checklistFrom(JSON.parse(row.checklist)),
        workStatus: row.work_status,
        openItems: JSON.parse(row.open_items) as OpenItem[],
        isToxic: Number(row.is_toxic) === 1,
        version: Number(row.version),
        startedAt: row.started_at,
        updatedAt: row.updated_at,
        closedAt: row.closed_at,
      };
    },

    /** False when this client's offboarding already exists. */
    async insert(clientId: string, checklist: Checklist, now: string): Promise<boolean> {
      const result = await db
        .insertInto('offboardings')
        .values({ id: newId(), workspace_id: workspaceId, client_id: clientId, checklist: JSON.stringify(checklist), work_status: '', open_items: '[]', is_toxic: 0, version: 1, started_at: now, updated_at: now, closed_at: null })
        .onConflict((oc) => oc.columns(['workspace_id', 'client_id']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
    },

    async updateIfVersion(
      clientId: string,
      expectedVersion: number,
      changes: { checklist?: Checklist; workStatus?: string; openItems?: OpenItem[]; isToxic?: boolean; closedAt?: string | null },
      now: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable('offboardings')
        .set({
          ...(changes.checklist !== undefined && { checklist: JSON.stringify(changes.checklist) }),
          ...(changes.workStatus !== undefined && { work_status: changes.workStatus }),
          ...(changes.openItems !== undefined && { open_items: JSON.stringify(changes.openItems) }),
          ...(changes.isToxic !== undefined && { is_toxic: changes.isToxic ? 1 : 0 }),
          ...(changes.closedAt !== undefined && { closed_at: changes.closedAt }),
          version: expectedVersion + 1,
          updated_at: now,
        })
        .where('workspace_id', '=', workspaceId)
        .where('client_id', '=', clientId)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async listProcedures(clientId: string): Promise<Procedure[]> {
      const rows = await db.selectFrom('client_procedures').selectAll().where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).orderBy('position').execute();
      return rows.map((row) => ({ title: row.title, cadence: row.cadence, steps: JSON.parse(row.steps) as ProcedureStep[] }));
    },

    /** Replaces the client's procedures with this list, in order (the page edits them as one document). */
    async replaceProcedures(clientId: string, procedures: readonly Procedure[], now: string): Promise<void> {
      await db.deleteFrom('client_procedures').where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).execute();
      if (procedures.length === 0) return;
      await db
        .insertInto('client_procedures')
        .values(
          procedures.map((procedure, position) => ({
            id: newId(),
            workspace_id: workspaceId,
            client_id: clientId,
            position,
            title: procedure.title,
            cadence: procedure.cadence,
            steps: JSON.stringify(procedure.steps),
            created_at: now,
          })),
        )
        .execute();
    },
  };
}
