// A client accepts a proposal in their portal: the proposal is decided, and the contract is made from the accepted version.
import { agreementVersionsRepository } from '../db/repositories/agreement-versions.ts';
import { agreementsRepository } from '../db/repositories/agreements.ts';
import { canAccept } from '../domain/agreements/lifecycle.ts';
import { appendAudit, assertAllowed, currentVersionOf, noteOnTimeline, todayIn, updateOrConflict } from './agreement-support.ts';
import { inTransaction, type AppDeps } from './context.ts';
import { openPortal } from './open-portal.ts';
import type { Origin } from './sign-agreement.ts';
import { findPortalAgreement, portalSummaryOf } from './view-portal-agreement.ts';

export async function acceptProposal({ deps, token, agreementId, version, origin }: { deps: AppDeps; token: string; agreementId: string; version: number; origin: Origin }) {
  const portal = await openPortal(deps, token);
  return inTransaction(deps, async (trx) => {
    const proposal = await findPortalAgreement(trx, portal, agreementId);
    const today = todayIn(deps.clock, portal.client.timeZone);
    assertAllowed(canAccept(proposal, today, version, proposal.currentVersion));
    const accepted = await currentVersionOf(trx, portal.workspaceId, proposal);
    const now = deps.clock.nowIso();
    const agreements = agreementsRepository(trx, portal.workspaceId);
    // The contract starts as the exact text accepted, already in front of the client: it opens for signing straight away.
    const created = await agreements.insert({ clientId: proposal.clientId, kind: 'contract', status: 'sent', title: proposal.title, offerExpiresOn: null, templateId: proposal.templateId, sourceProposalId: proposal.id }, now);
    await agreementVersionsRepository(trx, portal.workspaceId).insert(created.id, 1, accepted.document, accepted.contentHash, '', now);
    const contract = await updateOrConflict(trx, portal.workspaceId, created, { sentAt: now }, now);
    const decided = await updateOrConflict(trx, portal.workspaceId, proposal, { status: 'accepted', decidedAt: now, contractId: contract.id }, now);

    const origins = { ip: origin.ip, userAgent: origin.userAgent };
    await appendAudit(trx, portal.workspaceId, { agreementId: proposal.id, type: 'accepted', actor: 'client', versionNumber: accepted.number, contentHash: accepted.contentHash, occurredAt: now, ...origins, details: { contractId: contract.id } });
    await appendAudit(trx, portal.workspaceId, { agreementId: contract.id, type: 'contract_created', actor: 'system', versionNumber: 1, contentHash: accepted.contentHash, occurredAt: now, details: { proposalId: proposal.id, proposalVersion: accepted.number } });
    await appendAudit(trx, portal.workspaceId, { agreementId: contract.id, type: 'sent', actor: 'system', versionNumber: 1, contentHash: accepted.contentHash, occurredAt: now });
    await noteOnTimeline(trx, portal.workspaceId, proposal.clientId, 'agreement_accepted', { agreementId: proposal.id, title: proposal.title, version: accepted.number, contractId: contract.id }, now);
    await noteOnTimeline(trx, portal.workspaceId, proposal.clientId, 'contract_created', { agreementId: contract.id, title: contract.title, proposalId: proposal.id }, now);
    return { proposal: portalSummaryOf(decided, today), contract: portalSummaryOf(contract, today) };
  });
}
