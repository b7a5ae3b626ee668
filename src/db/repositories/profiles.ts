// The workspace's profile document, versioned so two tabs cannot silently overwrite each other.
import type { Db } from '../connect.ts';
import type { FreelancerProfile } from '../../domain/profile/profile.ts';

export type StoredProfile = { profile: FreelancerProfile; version: number; updatedAt: string };

export function profilesRepository(db: Db, workspaceId: string) {
  return {
    async find(): Promise<StoredProfile | undefined> {
      const row = await db.selectFrom('profiles').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
      return row ? { profile: JSON.parse(row.document) as FreelancerProfile, version: row.version, updatedAt: row.updated_at } : undefined;
    },

    /** Saves when the stored version is still `expectedVersion` (0 = none yet); false when someone saved first. */
    async saveIfVersion(profile: FreelancerProfile, expectedVersion: number, now: string): Promise<boolean> {
      const document = JSON.stringify(profile);
      if (expectedVersion === 0) {
        const result = await db
          .insertInto('profiles')
          .values({ workspace_id: workspaceId, document, version: 1, updated_at: now })
          .onConflict((oc) => oc.column('workspace_id').doNothing())
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
      }
      const result = await db
        .updateTable('profiles')
        .set({ document, version: expectedVersion + 1, updated_at: now })
        .where('workspace_id', '=', workspaceId)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
