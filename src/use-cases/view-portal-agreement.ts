// A client opens an agreement in their portal: it shows in their language, and the opening is recorded (status and audit).
import { agreementCommentsRepository } from '../db/repositories/agreement-comments.ts';
import { agreementSignaturesRepository } from '../db/repositories/agreement-signatures.ts';
import { agreementsRepository, type AgreementRecord } from '../db/repositories/agreements.ts';
import type { Db } from '../db/connect.ts';
import { canAccept, canComment, canDecline, canSign, effectiveStatus } from '../domain/agreements/lifecycle.ts';
import { resolveSchedule } from '../domain/agreements/schedule.ts';
import { AppError } from '../errors.ts';
import { consentText } from '../outputs/email/agreement-emails.ts';
import type { PortalAgreement } from '../schemas/agreements.ts';
import type { Clock } from '../clock.ts';
import { appendAudit, currentVersionOf, noteOnTimeline, presentSignature, signatureState, todayIn, updateOrConflict } from './agreement-support.ts';
import { loadAgreementSettings } from './agreement-settings.ts';
import { inTransaction, type AppDeps } from './context.ts';
import { openPortal, type OpenedPortal } from './open-portal.ts';
import type { Origin } from './sign-agreement.ts';

/** Drafts and other clients' documents answer alike: not found. */
export async function findPortalAgreement(db: Db, portal: OpenedPortal, agreementId: string): Promise<AgreementRecord> {
  const agreement = await agreementsRepository(db, portal.workspaceId).findForClient(portal.client.id, agreementId);
  if (!agreement || agreement.status === 'draft') throw new AppError('not_found', 'This document was not found in your portal. Open the link from the latest email, or ask the sender to send it again.');
  return agreement;
}

export function portalSummaryOf(agreement: AgreementRecord, today: string) {
  const { id, kind, title, currentVersion, offerExpiresOn, sentAt, signedAt } = agreement;
  return { id, kind, status: effectiveStatus(agreement, today), title, currentVersion, offerExpiresOn, sentAt, signedAt };
}

export async function presentPortalAgreement(db: Db, clock: Clock, portal: OpenedPortal, agreement: AgreementRecord): Promise<PortalAgreement> {
  const today = todayIn(clock, portal.client.timeZone);
  const version = await currentVersionOf(db, portal.workspaceId, agreement);
  const comments = await agreementCommentsRepository(db, portal.workspaceId).listForAgreement(agreement.id);
  const signatures = await agreementSignaturesRepository(db, portal.workspaceId).listForAgreement(agreement.id);
  const { settings } = await loadAgreementSettings(db, portal.workspaceId);
  const state = signatureState(signatures, agreement.currentVersion);
  const signDecision = canSign(agreement, 'client', state, settings.signingOrder, agreement.currentVersion, agreement.currentVersion);
  const schedule = resolveSchedule(version.document.when, agreement.inputReceipts);
  return {
    ...portalSummaryOf(agreement, today),
    freelancerName: portal.freelancerName,
    language: portal.client.language,
    document: version.document,
    contentHash: version.contentHash,
    schedule: schedule.isValid ? schedule.schedule : null,
    comments: comments.map(({ id, versionNumber, author, body, createdAt }) => ({ id, versionNumber, author, body, createdAt })),
    signatures: signatures.map(presentSignature),
    consentText: consentText(portal.client.language),
    canComment: canComment(agreement, today).isAllowed,
    canAccept: canAccept(agreement, today, agreement.currentVersion, agreement.currentVersion).isAllowed,
    canDecline: agreement.kind === 'proposal' && canDecline(agreement, today).isAllowed,
    canSign: signDecision.isAllowed,
    waitingFor: !signDecision.isAllowed && signDecision.reason === 'waiting_for_freelancer' ? 'freelancer' : null,
  };
}

export async function listPortalAgreements({ deps, token }: { deps: AppDeps; token: string }) {
  const portal = await openPortal(deps, token);
  const today = todayIn(deps.clock, portal.client.timeZone);
  const agreements = await agreementsRepository(deps.db, portal.workspaceId).listSentToClient(portal.client.id);
  return { items: agreements.map((agreement) => portalSummaryOf(agreement, today)) };
}

export async function viewPortalAgreement({ deps, token, agreementId, origin }: { deps: AppDeps; token: string; agreementId: string; origin: Origin }): Promise<PortalAgreement> {
  const portal = await openPortal(deps, token);
  return inTransaction(deps, async (trx) => {
    let agreement = await findPortalAgreement(trx, portal, agreementId);
    const version = await currentVersionOf(trx, portal.workspaceId, agreement);
    const now = deps.clock.nowIso();
    // Every opening is evidence of what was shown to whom; the status and the timeline change on the first one only.
    await appendAudit(trx, portal.workspaceId, { agreementId: agreement.id, type: 'opened', actor: 'client', versionNumber: version.number, contentHash: version.contentHash, occurredAt: now, ip: origin.ip, userAgent: origin.userAgent });
    if (agreement.status === 'sent' && effectiveStatus(agreement, todayIn(deps.clock, portal.client.timeZone)) === 'sent') {
      agreement = await updateOrConflict(trx, portal.workspaceId, agreement, { status: 'viewed' }, now);
      await noteOnTimeline(trx, portal.workspaceId, agreement.clientId, 'agreement_viewed', { agreementId: agreement.id, kind: agreement.kind, title: agreement.title, version: version.number }, now);
    }
    return presentPortalAgreement(trx, deps.clock, portal, agreement);
  });
}
