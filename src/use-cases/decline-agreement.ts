// A client declines a proposal in their portal, optionally saying why.
import { canDecline } from '../domain/agreements/lifecycle.ts';
import { AppError } from '../errors.ts';
import type { PortalAgreement } from '../schemas/agreements.ts';
import { appendAudit, assertAllowed, currentVersionOf, noteOnTimeline, todayIn, updateOrConflict } from './agreement-support.ts';
import { inTransaction, type AppDeps } from './context.ts';
import { openPortal } from './open-portal.ts';
import type { Origin } from './sign-agreement.ts';
import { findPortalAgreement, presentPortalAgreement } from './view-portal-agreement.ts';

export async function declineAgreement({ deps, token, agreementId, reason, origin }: { deps: AppDeps; token: string; agreementId: string; reason: string; origin: Origin }): Promise<PortalAgreement> {
  const portal = await openPortal(deps, token);
  return inTransaction(deps, async (trx) => {
    const agreement = await findPortalAgreement(trx, portal, agreementId);
    if (agreement.kind !== 'proposal') throw new AppError('conflict', 'A contract is not declined here: comment on it to ask for changes, or talk to the sender.');
    assertAllowed(canDecline(agreement, todayIn(deps.clock, portal.client.timeZone)));
    const version = await currentVersionOf(trx, portal.workspaceId, agreement);
    const now = deps.clock.nowIso();
    const declined = await updateOrConflict(trx, portal.workspaceId, agreement, { status: 'declined', decidedAt: now }, now);
    await appendAudit(trx, portal.workspaceId, { agreementId: agreement.id, type: 'declined', actor: 'client', versionNumber: version.number, contentHash: version.contentHash, occurredAt: now, ip: origin.ip, userAgent: origin.userAgent, details: { reason } });
    await noteOnTimeline(trx, portal.workspaceId, agreement.clientId, 'agreement_declined', { agreementId: agreement.id, title: agreement.title, summary: reason }, now);
    return presentPortalAgreement(trx, deps.clock, portal, declined);
  });
}
