// A contract's deliverables for the freelancer: each one's state, and for held final work what it is waiting for.
import { deliverablesRepository } from '../db/repositories/deliverables.ts';
import { acceptsDeliverables } from '../domain/deliverables/deliverable.ts';
import type { DeliverableList } from '../schemas/deliverables.ts';
import { loadAgreement } from './agreement-support.ts';
import type { WorkspaceContext } from './context.ts';
import { contractBilling, presentDeliverable } from './deliverable-support.ts';

export async function listDeliverables({ ctx, agreementId }: { ctx: WorkspaceContext; agreementId: string }): Promise<DeliverableList> {
  const agreement = await loadAgreement(ctx.db, ctx.workspaceId, agreementId);
  const records = await deliverablesRepository(ctx.db, ctx.workspaceId).listForAgreement(agreement.id);
  const billing = await contractBilling(ctx.db, ctx.workspaceId, agreement);
  return { items: records.map((record) => presentDeliverable(record, billing)), canAdd: acceptsDeliverables(agreement) };
}
