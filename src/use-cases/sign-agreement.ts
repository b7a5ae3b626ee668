// Signing a contract: the freelancer in the app, the client in the portal. Typed name, explicit consent, optional drawing;
// the signature keeps who, when (UTC), IP, user agent, the consent text and the SHA-256 of the exact version signed.
import { agreementSignaturesRepository } from '../db/repositories/agreement-signatures.ts';
import type { AgreementRecord } from '../db/repositories/agreements.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import type { Db } from '../db/connect.ts';
import { canSign, statusAfterSignature, type Signer } from '../domain/agreements/lifecycle.ts';
import { termEndDate } from '../domain/agreements/term.ts';
import { consentText } from '../outputs/email/agreement-emails.ts';
import type { Agreement, PortalAgreement, SignBody } from '../schemas/agreements.ts';
import type { Language } from '../schemas/common.ts';
import type { Clock } from '../clock.ts';
import { appendAudit, assertAllowed, currentVersionOf, loadAgreement, noteOnTimeline, plainDateOf, signatureState, updateOrConflict } from './agreement-support.ts';
import { loadAgreementSettings } from './agreement-settings.ts';
import { inTransaction, type AppDeps, type WorkspaceContext } from './context.ts';
import { invoiceDepositOnSigning } from './invoice-deposit-on-signing.ts';
import { presentForFreelancer, readerLanguage } from './get-agreement.ts';
import { findPortalAgreement, presentPortalAgreement } from './view-portal-agreement.ts';
import { openPortal } from './open-portal.ts';

export type Origin = { ip: string | null; userAgent: string | null };

type SignOptions = { trx: Db; deps: AppDeps; workspaceId: string; clock: Clock; agreement: AgreementRecord; signer: Signer; input: SignBody; origin: Origin; language: Language; clientTimeZone: string };

async function recordSignature({ trx, deps, workspaceId, clock, agreement, signer, input, origin, language, clientTimeZone }: SignOptions): Promise<AgreementRecord> {
  const { settings } = await loadAgreementSettings(trx, workspaceId);
  const signatures = agreementSignaturesRepository(trx, workspaceId);
  const before = signatureState(await signatures.listForAgreement(agreement.id), agreement.currentVersion);
  assertAllowed(canSign(agreement, signer, before, settings.signingOrder, input.version, agreement.currentVersion));
  const version = await currentVersionOf(trx, workspaceId, agreement);
  const now = clock.nowIso();
  const consent = consentText(language);
  await signatures.insert({
    agreementId: agreement.id,
    versionNumber: version.number,
    party: signer,
    fullName: input.fullName,
    signedAt: now,
    ip: origin.ip,
    userAgent: origin.userAgent,
    consentText: consent,
    drawnSignature: input.drawnSignature ?? null,
    contentHash: version.contentHash,
  });
  const audit = { agreementId: agreement.id, actor: signer, versionNumber: version.number, contentHash: version.contentHash, occurredAt: now, ip: origin.ip, userAgent: origin.userAgent } as const;
  await appendAudit(trx, workspaceId, { ...audit, type: signer === 'client' ? 'signed_by_client' : 'signed_by_freelancer', details: { fullName: input.fullName, consentText: consent, hasDrawnSignature: input.drawnSignature !== undefined } });
  const after = { ...before, ...(signer === 'client' ? { hasClientSigned: true } : { hasFreelancerSigned: true }) };
  const status = statusAfterSignature(agreement.status, after);
  const isFullySigned = status === 'signed';
  let saved = agreement;
  if (isFullySigned) {
    // The term runs from the agreed start date, or from the day both signed when none was set.
    const start = version.document.when.startDate ?? plainDateOf(now, clientTimeZone);
    saved = await updateOrConflict(trx, workspaceId, agreement, { status, signedAt: now, termEndsOn: termEndDate(start, version.document.cost.termMonths) }, now);
    await appendAudit(trx, workspaceId, { ...audit, actor: 'system', ip: null, userAgent: null, type: 'fully_signed', details: {} });
    // Money up front: the deposit invoice is written with the last signature, whoever signs last.
    await invoiceDepositOnSigning({ trx, ctx: { ...deps, clock, workspaceId, userId: null }, agreement: saved, document: version.document });
  } else {
    // Touch the row so a concurrent signature by the other party conflicts instead of both missing "signed".
    saved = await updateOrConflict(trx, workspaceId, agreement, {}, now);
  }
  await noteOnTimeline(trx, workspaceId, agreement.clientId, 'agreement_signed', { agreementId: agreement.id, title: agreement.title, party: signer, fullName: input.fullName, isFullySigned }, now);
  return saved;
}

export type SignAgreementOptions = { ctx: WorkspaceContext; agreementId: string; input: SignBody; origin: Origin };

export async function signAgreement({ ctx, agreementId, input, origin }: SignAgreementOptions): Promise<Agreement> {
  return inTransaction(ctx, async (trx) => {
    const agreement = await loadAgreement(trx, ctx.workspaceId, agreementId);
    const client = await clientsRepository(trx, ctx.workspaceId).findById(agreement.clientId);
    // The consent text the signer was shown (Agreement.consentText): the signed-in person's language, not the owner's.
    const language = await readerLanguage(trx, ctx.workspaceId, ctx.userId);
    const saved = await recordSignature({ trx, deps: ctx, workspaceId: ctx.workspaceId, clock: ctx.clock, agreement, signer: 'freelancer', input, origin, language, clientTimeZone: client?.timeZone ?? 'UTC' });
    return presentForFreelancer(trx, ctx, saved);
  });
}

export type SignInPortalOptions = { deps: AppDeps; token: string; agreementId: string; input: SignBody; origin: Origin };

export async function signAgreementInPortal({ deps, token, agreementId, input, origin }: SignInPortalOptions): Promise<PortalAgreement> {
  const portal = await openPortal(deps, token);
  return inTransaction(deps, async (trx) => {
    const agreement = await findPortalAgreement(trx, portal, agreementId);
    const saved = await recordSignature({ trx, deps, workspaceId: portal.workspaceId, clock: deps.clock, agreement, signer: 'client', input, origin, language: portal.client.language, clientTimeZone: portal.client.timeZone });
    return presentPortalAgreement(trx, deps.clock, portal, saved);
  });
}
