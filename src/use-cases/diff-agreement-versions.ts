// What changed between two versions of an agreement, path by path.
import { agreementVersionsRepository } from '../db/repositories/agreement-versions.ts';
import { diffDocuments } from '../domain/agreements/diff.ts';
import { invalidField } from '../errors.ts';
import { loadAgreement } from './agreement-support.ts';
import type { WorkspaceContext } from './context.ts';

export async function diffAgreementVersions({ ctx, agreementId, from, to: wanted }: { ctx: WorkspaceContext; agreementId: string; from: number; to?: number }) {
  const agreement = await loadAgreement(ctx.db, ctx.workspaceId, agreementId);
  const to = wanted ?? agreement.currentVersion;
  const versions = agreementVersionsRepository(ctx.db, ctx.workspaceId);
  const [older, newer] = [await versions.find(agreementId, from), await versions.find(agreementId, to)];
  if (!older) throw invalidField('from', `There is no version ${from} of this agreement.`);
  if (!newer) throw invalidField('to', `There is no version ${to} of this agreement.`);
  return { from, to, changes: diffDocuments(older.document, newer.document) };
}
