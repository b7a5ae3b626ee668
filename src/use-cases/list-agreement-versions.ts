// Every version of an agreement, oldest first, each with its document and content hash.
import { agreementVersionsRepository } from '../db/repositories/agreement-versions.ts';
import { loadAgreement } from './agreement-support.ts';
import type { WorkspaceContext } from './context.ts';

export async function listAgreementVersions({ ctx, agreementId }: { ctx: WorkspaceContext; agreementId: string }) {
  await loadAgreement(ctx.db, ctx.workspaceId, agreementId);
  const versions = await agreementVersionsRepository(ctx.db, ctx.workspaceId).listForAgreement(agreementId);
  return { items: versions.map(({ number, document, contentHash, note, createdAt }) => ({ number, document, contentHash, note, createdAt })) };
}
