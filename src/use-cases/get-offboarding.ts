// Reads a client's offboarding: the checklist, where the work stands, open items and documented procedures.
import type { Db } from '../db/connect.ts';
import { notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { offboardingsRepository } from '../db/repositories/offboardings.ts';
import { recoveriesRepository } from '../db/repositories/recoveries.ts';
import type { Offboarding } from '../schemas/offboarding.ts';
import type { WorkspaceContext } from './context.ts';

export async function loadOffboarding(db: Db, workspaceId: string, clientId: string): Promise<Offboarding> {
  const client = await clientsRepository(db, workspaceId).findById(clientId);
  if (!client) throw notFound('This client');
  const repository = offboardingsRepository(db, workspaceId);
  const offboarding = await repository.findForClient(clientId);
  if (!offboarding) throw notFound('An offboarding for this client');
  return {
    clientId,
    clientName: client.name,
    clientLanguage: client.language,
    stage: client.stage,
    checklist: offboarding.checklist,
    workStatus: offboarding.workStatus,
    openItems: offboarding.openItems,
    procedures: await repository.listProcedures(clientId),
    isToxic: offboarding.isToxic,
    isClosed: offboarding.closedAt !== null,
    hasRecovery: (await recoveriesRepository(db, workspaceId).findForClient(clientId)) !== undefined,
    version: offboarding.version,
    startedAt: offboarding.startedAt,
    closedAt: offboarding.closedAt,
  };
}

export function getOffboarding({ ctx, clientId }: { ctx: WorkspaceContext; clientId: string }): Promise<Offboarding> {
  return loadOffboarding(ctx.db, ctx.workspaceId, clientId);
}
