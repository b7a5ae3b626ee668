// A deliverable's file as a stream, with the name and type it was uploaded with: for the freelancer always, for the
// client in their portal once it is not held.
import type { Readable } from 'node:stream';
import type { DeliverableRecord } from '../db/repositories/deliverables.ts';
import { deliverablesRepository } from '../db/repositories/deliverables.ts';
import { stateOf } from '../domain/deliverables/deliverable.ts';
import { AppError } from '../errors.ts';
import type { AppDeps, WorkspaceContext } from './context.ts';
import { loadDeliverable, storeOf } from './deliverable-support.ts';
import { openPortal } from './open-portal.ts';

export type DeliverableFile = { stream: Readable; fileName: string; mediaType: string; sizeBytes: number };

async function openFile(deps: Pick<AppDeps, 'filesDir'>, deliverable: DeliverableRecord): Promise<DeliverableFile> {
  if (deliverable.kind !== 'file' || !deliverable.contentHash) throw new AppError('not_found', 'This deliverable is a link, not a file: open its address instead.');
  const store = storeOf(deps);
  if (!(await store.has(deliverable.contentHash))) {
    throw new AppError('not_found', 'The file of this deliverable is missing from the data folder (SANA_DATA_DIR/files). Restore it from a backup, or upload it again.');
  }
  return { stream: store.openRead(deliverable.contentHash), fileName: deliverable.fileName ?? 'file', mediaType: deliverable.mediaType ?? 'application/octet-stream', sizeBytes: deliverable.sizeBytes ?? 0 };
}

export async function getDeliverableFile({ ctx, deliverableId }: { ctx: WorkspaceContext; deliverableId: string }): Promise<DeliverableFile> {
  return openFile(ctx, await loadDeliverable(ctx.db, ctx.workspaceId, deliverableId));
}

/** Held work answers exactly like a deliverable that does not exist, as does another client's. */
export async function getPortalDeliverableFile({ deps, token, deliverableId }: { deps: AppDeps; token: string; deliverableId: string }): Promise<DeliverableFile> {
  const portal = await openPortal(deps, token);
  const deliverable = await deliverablesRepository(deps.db, portal.workspaceId).findById(deliverableId);
  if (!deliverable || deliverable.clientId !== portal.client.id || stateOf(deliverable) === 'held') {
    throw new AppError('not_found', 'There is no file to download here. Final work can be downloaded once it is released; your deliverables page shows what is ready.');
  }
  return openFile(deps, deliverable);
}
