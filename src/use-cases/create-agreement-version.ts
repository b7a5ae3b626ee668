// The freelancer answers comments with a new version: the old one stays as it was, the client is told and can compare.
import { agreementVersionsRepository } from '../db/repositories/agreement-versions.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { contentHashOf } from '../domain/agreements/audit-chain.ts';
import { canRevise } from '../domain/agreements/lifecycle.ts';
import type { Agreement, CreateVersionBody } from '../schemas/agreements.ts';
import { appendAudit, assertAllowed, loadAgreement, noteOnTimeline, todayIn, updateOrConflict } from './agreement-support.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { presentForFreelancer } from './get-agreement.ts';
import { mailAgreementToClient } from './send-agreement.ts';

export type CreateAgreementVersionOptions = { ctx: WorkspaceContext; agreementId: string; input: CreateVersionBody };

export async function createAgreementVersion({ ctx, agreementId, input }: CreateAgreementVersionOptions): Promise<Agreement> {
  return inTransaction(ctx, async (trx) => {
    const agreement = await loadAgreement(trx, ctx.workspaceId, agreementId);
    const client = await clientsRepository(trx, ctx.workspaceId).findById(agreement.clientId);
    assertAllowed(canRevise(agreement, todayIn(ctx.clock, client?.timeZone ?? 'UTC')));
    const now = ctx.clock.nowIso();
    const number = agreement.currentVersion + 1;
    const contentHash = contentHashOf(input.document);
    await agreementVersionsRepository(trx, ctx.workspaceId).insert(agreement.id, number, input.document, contentHash, input.note, now);
    // The client reads the new version from scratch: it is "sent" again, and signatures on the old one no longer count.
    const revised = await updateOrConflict(trx, ctx.workspaceId, agreement, { currentVersion: number, status: 'sent', title: input.document.title || agreement.title, offerExpiresOn: input.document.terms.offerExpiresOn }, now);
    const to = await mailAgreementToClient(trx, ctx, revised, { isNewVersion: true, note: input.note });
    await appendAudit(trx, ctx.workspaceId, { agreementId: agreement.id, type: 'version_created', actor: 'freelancer', versionNumber: number, contentHash, occurredAt: now, details: { note: input.note, to } });
    await noteOnTimeline(trx, ctx.workspaceId, agreement.clientId, 'agreement_revised', { agreementId: agreement.id, kind: agreement.kind, title: revised.title, version: number }, now);
    return presentForFreelancer(trx, ctx, revised);
  });
}
