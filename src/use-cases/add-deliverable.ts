// The freelancer hands over work on a contract: a file (stored by its hash under the data folder) or a link, as a draft
// the client sees at once or as final work, held in the portal until the contract is paid.
import { deliverablesRepository, type DeliverableRecord } from '../db/repositories/deliverables.ts';
import { acceptsDeliverables } from '../domain/deliverables/deliverable.ts';
import { AppError, invalidField } from '../errors.ts';
import type { CreateDeliverableBody, Deliverable } from '../schemas/deliverables.ts';
import type { ReceivedFile } from '../storage/content-store.ts';
import { loadAgreement } from './agreement-support.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { announceHeld, contractBilling, holdFor, presentDeliverable, releaseDeliverables, storeOf } from './deliverable-support.ts';

/** An uploaded file, already received into the store's temporary folder and hashed. */
export type UploadedFile = { received: ReceivedFile; fileName: string; mediaType: string };

export type AddDeliverableOptions = { ctx: WorkspaceContext; agreementId: string; input: CreateDeliverableBody; file?: UploadedFile };

export async function addDeliverable({ ctx, agreementId, input, file }: AddDeliverableOptions): Promise<Deliverable> {
  const store = file ? storeOf(ctx) : undefined;
  if (!file && !input.url) throw invalidField('url', 'Attach a file, or give the address where the client finds the work.');
  if (file && input.url) throw invalidField('url', 'Send either a file or a link, not both: add them as two deliverables.');
  let added: { record: DeliverableRecord; presented: Deliverable };
  try {
    added = await inTransaction(ctx, async (trx) => {
      const agreement = await loadAgreement(trx, ctx.workspaceId, agreementId);
      if (!acceptsDeliverables(agreement)) {
        throw new AppError(
          'conflict',
          agreement.kind === 'proposal'
            ? 'Deliverables go on the contract, not the proposal: open the contract made from it (or write one) and add them there.'
            : 'Deliverables go on a contract the client has received: send this contract first, then add them.',
        );
      }
      const deliverables = deliverablesRepository(trx, ctx.workspaceId);
      await deliverables.lockContract(agreement.id);
      const now = ctx.clock.nowIso();
      const billing = await contractBilling(trx, ctx.workspaceId, agreement);
      const hold = input.isFinal ? holdFor(billing, now) : ({ isHeld: false } as const);
      const record = await deliverables.insert(
        {
          agreementId: agreement.id,
          clientId: agreement.clientId,
          title: input.title,
          kind: file ? 'file' : 'link',
          url: file ? null : (input.url ?? null),
          contentHash: file?.received.hash ?? null,
          fileName: file?.fileName ?? null,
          mediaType: file?.mediaType ?? null,
          sizeBytes: file?.received.sizeBytes ?? null,
          isFinal: input.isFinal,
          // A draft never waits; final work waits only while something is owed.
          releasedAt: input.isFinal ? null : now,
          releasedBy: input.isFinal ? null : 'not_held',
        },
        now,
      );
      if (!input.isFinal) return { record, presented: presentDeliverable(record, billing) };
      if (hold.isHeld) {
        await announceHeld(trx, ctx, ctx.workspaceId, agreement, record, hold);
        return { record, presented: presentDeliverable(record, billing) };
      }
      // Everything is paid already: the final work goes to the client at once, with the "your files are ready" email.
      await releaseDeliverables(trx, ctx, ctx.workspaceId, agreement, [record], 'not_held');
      const released = { ...record, releasedAt: now, releasedBy: 'not_held' as const };
      return { record: released, presented: presentDeliverable(released, billing) };
    });
  } catch (error) {
    if (file && store) await store.discard(file.received);
    throw error;
  }
  if (file && store) {
    // Filed under its hash only after the row is committed: a cleanup of the same bytes running meanwhile then either
    // counts this row or finds the file back in place (see ContentStore.removeIfUnreferenced).
    try {
      await store.place(file.received);
    } catch (error) {
      await deliverablesRepository(ctx.db, ctx.workspaceId).delete(added.record.id);
      await store.discard(file.received);
      throw error;
    }
  }
  return added.presented;
}
