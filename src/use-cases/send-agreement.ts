// The freelancer sends a draft: the client gets an email in their language with a portal link to read it.
import { accountsRepository } from '../db/repositories/accounts.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { canSend } from '../domain/agreements/lifecycle.ts';
import { notFound } from '../errors.ts';
import { agreementSentEmail } from '../outputs/email/agreement-emails.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import type { Agreement } from '../schemas/agreements.ts';
import { appendAudit, assertAllowed, clientEmailOf, currentVersionOf, loadAgreement, noteOnTimeline, updateOrConflict } from './agreement-support.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { presentForFreelancer } from './get-agreement.ts';
import { insertPortalLink, portalUrl } from './manage-portal-links.ts';
import type { Db } from '../db/connect.ts';
import type { AgreementRecord } from '../db/repositories/agreements.ts';

/**
 * Portal links are kept only as hashes, so each email carries a fresh link (the freelancer can revoke old ones); the
 * link, the email and the status change are written together or not at all.
 */
export async function mailAgreementToClient(trx: Db, ctx: WorkspaceContext, agreement: AgreementRecord, options: { isNewVersion: boolean; note: string }): Promise<string> {
  const client = await clientsRepository(trx, ctx.workspaceId).findById(agreement.clientId);
  if (!client) throw notFound('This client');
  const recipient = clientEmailOf(client);
  const [owner, workspace] = [await accountsRepository(trx).findOwner(ctx.workspaceId), await accountsRepository(trx).findWorkspace(ctx.workspaceId)];
  if (!owner || !workspace) throw notFound('This workspace');
  const { link, token } = await insertPortalLink(trx, ctx.workspaceId, client.id, ctx.clock);
  const email = agreementSentEmail({
    language: client.language,
    name: recipient.name,
    freelancer: owner.name,
    workspace: workspace.name,
    title: agreement.title,
    kind: agreement.kind,
    url: `${portalUrl(ctx.publicUrl, token)}/agreements/${agreement.id}`,
    isNewVersion: options.isNewVersion,
    note: options.note,
  });
  await queueEmail(trx, ctx.workspaceId, { idempotencyKey: `agreement:${agreement.id}:v${agreement.currentVersion}:${link.id}`, to: recipient.email, ...email }, ctx.email, ctx.clock.nowIso());
  return recipient.email;
}

export async function sendAgreement({ ctx, agreementId }: { ctx: WorkspaceContext; agreementId: string }): Promise<Agreement> {
  return inTransaction(ctx, async (trx) => {
    const agreement = await loadAgreement(trx, ctx.workspaceId, agreementId);
    assertAllowed(canSend(agreement));
    const now = ctx.clock.nowIso();
    const sent = await updateOrConflict(trx, ctx.workspaceId, agreement, { status: 'sent', sentAt: now }, now);
    const to = await mailAgreementToClient(trx, ctx, sent, { isNewVersion: false, note: '' });
    const current = await currentVersionOf(trx, ctx.workspaceId, sent);
    await appendAudit(trx, ctx.workspaceId, { agreementId: sent.id, type: 'sent', actor: 'freelancer', versionNumber: sent.currentVersion, contentHash: current.contentHash, occurredAt: now, details: { to } });
    await noteOnTimeline(trx, ctx.workspaceId, sent.clientId, 'agreement_sent', { agreementId: sent.id, kind: sent.kind, title: sent.title, version: sent.currentVersion }, now);
    return presentForFreelancer(trx, ctx, sent);
  });
}
