// The freelancer edits a draft in place (a sent agreement changes through a new version instead).
import { agreementSignaturesRepository } from '../db/repositories/agreement-signatures.ts';
import { agreementVersionsRepository } from '../db/repositories/agreement-versions.ts';
import { contentHashOf } from '../domain/agreements/audit-chain.ts';
import { canEdit } from '../domain/agreements/lifecycle.ts';
import { AppError } from '../errors.ts';
import type { Agreement, UpdateAgreementBody } from '../schemas/agreements.ts';
import { appendAudit, assertAllowed, loadAgreement, updateOrConflict } from './agreement-support.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { presentForFreelancer } from './get-agreement.ts';

export type UpdateAgreementOptions = { ctx: WorkspaceContext; agreementId: string; input: UpdateAgreementBody };

export async function updateAgreement({ ctx, agreementId, input }: UpdateAgreementOptions): Promise<Agreement> {
  return inTransaction(ctx, async (trx) => {
    const agreement = await loadAgreement(trx, ctx.workspaceId, agreementId);
    if (agreement.version !== input.version) throw new AppError('version_conflict', 'This agreement changed after you opened it. Reload it, then apply your edits again.', { currentVersion: agreement.version });
    assertAllowed(canEdit(agreement));
    // A signature covers exact content: a draft the freelancer already signed is not edited under that signature.
    if ((await agreementSignaturesRepository(trx, ctx.workspaceId).listForAgreement(agreement.id)).length > 0) {
      throw new AppError('conflict', 'You have already signed this draft, so it can no longer be edited. Send it as it is, or make a new version once sent.');
    }
    const now = ctx.clock.nowIso();
    const document = input.document;
    const contentHash = contentHashOf(document);
    await agreementVersionsRepository(trx, ctx.workspaceId).replaceDraft(agreement.id, agreement.currentVersion, document, contentHash);
    const saved = await updateOrConflict(trx, ctx.workspaceId, agreement, { title: document.title || agreement.title, offerExpiresOn: document.terms.offerExpiresOn }, now);
    await appendAudit(trx, ctx.workspaceId, { agreementId: agreement.id, type: 'edited', actor: 'freelancer', versionNumber: agreement.currentVersion, contentHash, occurredAt: now });
    return presentForFreelancer(trx, ctx, saved);
  });
}
