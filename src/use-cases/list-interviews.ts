// The interviews kept for a client, newest first.
import { notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { interviewsRepository, type StoredInterview } from '../db/repositories/interviews.ts';
import type { WorkspaceContext } from './context.ts';

export async function listInterviews({ ctx, clientId }: { ctx: WorkspaceContext; clientId: string }): Promise<StoredInterview[]> {
  if (!(await clientsRepository(ctx.db, ctx.workspaceId).exists(clientId))) throw notFound('This client');
  return interviewsRepository(ctx.db, ctx.workspaceId).listForClient(clientId);
}

export async function getInterview({ ctx, clientId, interviewId }: { ctx: WorkspaceContext; clientId: string; interviewId: string }): Promise<StoredInterview> {
  const interview = await interviewsRepository(ctx.db, ctx.workspaceId).findById(clientId, interviewId);
  if (!interview) throw notFound('This interview');
  return interview;
}
