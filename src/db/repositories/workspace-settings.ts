// Settings sections of a workspace (thresholds and rates a freelancer may tune), each a versioned JSON document.
// A section that was never saved has no row: its feature's defaults apply.
import type { Db } from '../connect.ts';

export type StoredSettings = { document: unknown; version: number; updatedAt: string };

export function workspaceSettingsRepository(db: Db, workspaceId: string) {
  return {
    async find(section: string): Promise<StoredSettings | undefined> {
      const row = await db.selectFrom('workspace_settings').selectAll().where('workspace_id', '=', workspaceId).where('section', '=', section).executeTakeFirst();
      return row ? { document: JSON.parse(row.document) as unknown, version: row.version, updatedAt: row.updated_at } : undefined;
    },

    /** Saves when the stored version is still `expectedVersion` (0 = never saved); false when someone saved first. */
    async saveIfVersion(section: string, document: unknown, expectedVersion: number, now: string): Promise<boolean> {
      const text = JSON.stringify(document);
      if (expectedVersion === 0) {
        const result = await db
          .insertInto('workspace_settings')
          .values({ workspace_id: workspaceId, section, document: text, version: 1, updated_at: now })
          .onConflict((oc) => oc.columns(['workspace_id', 'section']).doNothing())
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
      }
      const result = await db
        .updateTable('workspace_settings')
        .set({ document: text, version: expectedVersion + 1, updated_at: now })
        .where('workspace_id', '=', workspaceId)
        .where('section', '=', section)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async listAll(): Promise<{ section: string; document: unknown; version: number; updatedAt: string }[]> {
      const rows = await db.selectFrom('workspace_settings').selectAll().where('workspace_id', '=', workspaceId).orderBy('section').execute();
      return rows.map((row) => ({ section: row.section, document: JSON.parse(row.document) as unknown, version: row.version, updatedAt: row.updated_at }));
    },
  };
}
