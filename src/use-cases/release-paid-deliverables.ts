// After money for a contract moves (a payment, a voided invoice), its held final deliverables that no longer wait are
// released, the client is told and the timeline notes it. Runs inside the caller's transaction: both happen or neither.
import type { Db } from '../db/connect.ts';
import { agreementsRepository } from '../db/repositories/agreements.ts';
import { deliverablesRepository } from '../db/repositories/deliverables.ts';
import type { AppDeps } from './context.ts';
import { contractBilling, holdFor, releaseDeliverables } from './deliverable-support.ts';

export type ReleasePaidDeliverablesOptions = { trx: Db; deps: Pick<AppDeps, 'clock' | 'email' | 'publicUrl'>; workspaceId: string; agreementId: string | null };

/** Returns the ids released now; none when the invoice bills no contract or something is still owed. */
export async function releasePaidDeliverables({ trx, deps, workspaceId, agreementId }: ReleasePaidDeliverablesOptions): Promise<string[]> {
  if (agreementId === null) return [];
  const deliverables = deliverablesRepository(trx, workspaceId);
  await deliverables.lockContract(agreementId);
  const held = await deliverables.listHeld(agreementId);
  if (held.length === 0) return [];
  const agreement = await agreementsRepository(trx, workspaceId).findById(agreementId);
  if (!agreement) return [];
  const billing = await contractBilling(trx, workspaceId, agreement);
  const paidFor = held.filter((deliverable) => !holdFor(billing, deliverable.createdAt).isHeld);
  return releaseDeliverables(trx, deps, workspaceId, agreement, paidFor, 'payment');
}
