// The client's deliverables in their portal, grouped by contract: drafts and released work to open or download, and
// held final work shown as "complete, delivered on payment" with what is still due (no address, no file, until paid).
import { agreementsRepository } from '../db/repositories/agreements.ts';
import { deliverablesRepository, type DeliverableRecord } from '../db/repositories/deliverables.ts';
import { stateOf } from '../domain/deliverables/deliverable.ts';
import { amountsDue, type Hold } from '../domain/deliverables/hold.ts';
import type { PortalDeliverable, PortalDeliverableList } from '../schemas/deliverables.ts';
import type { AppDeps } from './context.ts';
import { contractBilling, holdFor } from './deliverable-support.ts';
import { openPortal } from './open-portal.ts';

function presentForClient(record: DeliverableRecord): PortalDeliverable {
  const state = stateOf(record);
  const isOpen = state !== 'held';
  return {
    id: record.id,
    title: record.title,
    kind: record.kind,
    state,
    isFinal: record.isFinal,
    url: isOpen ? record.url : null,
    fileName: isOpen ? record.fileName : null,
    mediaType: isOpen ? record.mediaType : null,
    sizeBytes: isOpen ? record.sizeBytes : null,
    releasedAt: record.isFinal ? record.releasedAt : null,
    createdAt: record.createdAt,
  };
}

export async function listPortalDeliverables({ deps, token }: { deps: AppDeps; token: string }): Promise<PortalDeliverableList> {
  const portal = await openPortal(deps, token);
  const records = await deliverablesRepository(deps.db, portal.workspaceId).listForClient(portal.client.id);
  const byContract = new Map<string, DeliverableRecord[]>();
  for (const record of records) byContract.set(record.agreementId, [...(byContract.get(record.agreementId) ?? []), record]);
  const agreements = agreementsRepository(deps.db, portal.workspaceId);
  const contracts: PortalDeliverableList['contracts'] = [];
  // Records come newest first, so contracts are listed by their latest delivery.
  for (const [agreementId, items] of byContract) {
    const agreement = await agreements.findForClient(portal.client.id, agreementId);
    if (!agreement) continue;
    const held = items.filter((item) => stateOf(item) === 'held');
    const holds: Hold[] = [];
    if (held.length > 0) {
      const billing = await contractBilling(deps.db, portal.workspaceId, agreement);
      for (const item of held) holds.push(holdFor(billing, item.createdAt));
    }
    const payToRelease = new Map<string, { invoiceId: string; number: string; balance: number; currency: string }>();
    for (const hold of holds) if (hold.isHeld && hold.reason === 'open_balance') for (const invoice of hold.openInvoices) payToRelease.set(invoice.invoiceId, invoice);
    contracts.push({
      agreementId,
      title: agreement.title,
      // Final work first (what the client is waiting for), then drafts; each newest first, as the records come.
      items: [...items.filter((item) => item.isFinal), ...items.filter((item) => !item.isFinal)].map(presentForClient),
      payToRelease: [...payToRelease.values()],
      amountDue: amountsDue(holds),
      isAwaitingInvoice: holds.some((hold) => hold.isHeld && hold.reason !== 'open_balance'),
    });
  }
  return { contracts };
}
