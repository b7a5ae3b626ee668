// An agreement's audit trail, in order, with every event's hash and the hash it links to.
import { agreementAuditRepository } from '../db/repositories/agreement-audit.ts';
import { loadAgreement } from './agreement-support.ts';
import type { WorkspaceContext } from './context.ts';

export async function listAgreementAudit({ ctx, agreementId }: { ctx: WorkspaceContext; agreementId: string }) {
  await loadAgreement(ctx.db, ctx.workspaceId, agreementId);
  const events = await agreementAuditRepository(ctx.db, ctx.workspaceId).listForAgreement(agreementId);
  return { items: events.map(({ id: _id, agreementId: _agreementId, ...event }) => event) };
}
