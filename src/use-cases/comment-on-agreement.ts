// A client comments on an open proposal or contract in their portal; the freelancer answers with a new version.
import { agreementCommentsRepository } from '../db/repositories/agreement-comments.ts';
import { canComment } from '../domain/agreements/lifecycle.ts';
import type { PortalAgreement } from '../schemas/agreements.ts';
import { appendAudit, assertAllowed, currentVersionOf, noteOnTimeline, todayIn } from './agreement-support.ts';
import { inTransaction, type AppDeps } from './context.ts';
import { openPortal } from './open-portal.ts';
import type { Origin } from './sign-agreement.ts';
import { findPortalAgreement, presentPortalAgreement } from './view-portal-agreement.ts';

export async function commentOnAgreement({ deps, token, agreementId, body, origin }: { deps: AppDeps; token: string; agreementId: string; body: string; origin: Origin }): Promise<PortalAgreement> {
  const portal = await openPortal(deps, token);
  return inTransaction(deps, async (trx) => {
    const agreement = await findPortalAgreement(trx, portal, agreementId);
    assertAllowed(canComment(agreement, todayIn(deps.clock, portal.client.timeZone)));
    const version = await currentVersionOf(trx, portal.workspaceId, agreement);
    const now = deps.clock.nowIso();
    const comment = await agreementCommentsRepository(trx, portal.workspaceId).insert(agreement.id, version.number, 'client', body, now);
    await appendAudit(trx, portal.workspaceId, { agreementId: agreement.id, type: 'commented', actor: 'client', versionNumber: version.number, contentHash: version.contentHash, occurredAt: now, ip: origin.ip, userAgent: origin.userAgent, details: { commentId: comment.id, body } });
    await noteOnTimeline(trx, portal.workspaceId, agreement.clientId, 'agreement_commented', { agreementId: agreement.id, title: agreement.title, version: version.number, summary: body.slice(0, 300) }, now);
    return presentPortalAgreement(trx, deps.clock, portal, agreement);
  });
}
