// One agreement as the freelancer sees it: the current document, checks, resolved schedule, versions, comments and signatures.
import { clientsRepository } from '../db/repositories/clients.ts';
import type { Agreement } from '../schemas/agreements.ts';
import { loadAgreement, presentAgreement, todayIn } from './agreement-support.ts';
import type { WorkspaceContext } from './context.ts';
import type { Db } from '../db/connect.ts';
import type { AgreementRecord } from '../db/repositories/agreements.ts';
import type { Clock } from '../clock.ts';

/** Presents an agreement with its client's name and date; used after every change so answers always look the same. */
export async function presentForFreelancer(db: Db, workspaceId: string, clock: Clock, agreement: AgreementRecord): Promise<Agreement> {
  const client = await clientsRepository(db, workspaceId).findById(agreement.clientId);
  return presentAgreement(db, workspaceId, agreement, client?.name ?? '', todayIn(clock, client?.timeZone ?? 'UTC'));
}

export async function getAgreement({ ctx, agreementId }: { ctx: WorkspaceContext; agreementId: string }): Promise<Agreement> {
  const agreement = await loadAgreement(ctx.db, ctx.workspaceId, agreementId);
  return presentForFreelancer(ctx.db, ctx.workspaceId, ctx.clock, agreement);
}
