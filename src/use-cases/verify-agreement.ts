// Recomputes an agreement's audit chain and document hashes: says whether anything was changed after the fact.
import { agreementAuditRepository } from '../db/repositories/agreement-audit.ts';
import { agreementSignaturesRepository } from '../db/repositories/agreement-signatures.ts';
import { agreementVersionsRepository } from '../db/repositories/agreement-versions.ts';
import { contentHashOf, verifyChain } from '../domain/agreements/audit-chain.ts';
import type { Verification } from '../schemas/agreements.ts';
import { loadAgreement } from './agreement-support.ts';
import type { WorkspaceContext } from './context.ts';

export async function verifyAgreement({ ctx, agreementId }: { ctx: WorkspaceContext; agreementId: string }): Promise<Verification> {
  await loadAgreement(ctx.db, ctx.workspaceId, agreementId);
  const events = await agreementAuditRepository(ctx.db, ctx.workspaceId).listForAgreement(agreementId);
  const versions = await agreementVersionsRepository(ctx.db, ctx.workspaceId).listForAgreement(agreementId);
  const result = verifyChain(events, new Map(versions.map((v) => [v.number, v.document])));
  // A signature names the hash of what was signed: it must still be the hash of that version's stored text.
  const problems: Verification['problems'] = [...result.problems];
  for (const signature of await agreementSignaturesRepository(ctx.db, ctx.workspaceId).listForAgreement(agreementId)) {
    const version = versions.find((v) => v.number === signature.versionNumber);
    if (!version || contentHashOf(version.document) !== signature.contentHash) problems.push({ kind: 'signature_mismatch', versionNumber: signature.versionNumber });
  }
  return { isIntact: problems.length === 0, eventCount: result.eventCount, lastHash: result.lastHash, problems };
}
