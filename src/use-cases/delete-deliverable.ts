// The freelancer removes a deliverable (a wrong file, an old preview). Its file goes too once no deliverable, in any
// workspace, refers to the same bytes.
import { countFileReferences, deliverablesRepository } from '../db/repositories/deliverables.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadDeliverable, storeOf } from './deliverable-support.ts';

export async function deleteDeliverable({ ctx, deliverableId }: { ctx: WorkspaceContext; deliverableId: string }): Promise<void> {
  const removed = await inTransaction(ctx, async (trx) => {
    const deliverable = await loadDeliverable(trx, ctx.workspaceId, deliverableId);
    await deliverablesRepository(trx, ctx.workspaceId).delete(deliverable.id);
    return deliverable;
  });
  // After the commit, so the count sees the row gone; a failure here leaves a file nobody refers to, never the reverse.
  const hash = removed.contentHash;
  if (hash) await storeOf(ctx).removeIfUnreferenced(hash, () => countFileReferences(ctx.db, hash));
}
