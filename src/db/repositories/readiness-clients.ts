// The clients readiness speaks about: those working with the freelancer now, and any client who paid in the window.
import type { Db } from '../connect.ts';

export type ReadinessClientRow = { id: string; name: string; company: string; stage: string };

/** Stages in which a client brings (or is about to stop bringing) work, so losing them is a real question. */
const workingStages = ['active', 'contract', 'offboarding'];

export function readinessClientsRepository(db: Db, workspaceId: string) {
  return {
    async list(alsoIds: readonly string[]): Promise<ReadinessClientRow[]> {
      let query = db.selectFrom('clients').select(['id', 'name', 'company', 'stage']).where('workspace_id', '=', workspaceId);
      query =
        alsoIds.length > 0
          ? query.where((eb) => eb.or([eb.and([eb('stage', 'in', workingStages), eb('archived_at', 'is', null)]), eb('id', 'in', [...alsoIds])]))
          : query.where('stage', 'in', workingStages).where('archived_at', 'is', null);
      return query.orderBy('name_key').orderBy('id').execute();
    },

    async exists(id: string): Promise<boolean> {
      const row = await db.selectFrom('clients').select('id').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return row !== undefined;
    },
  };
}
