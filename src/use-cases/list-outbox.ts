// The workspace's outbox: every email Sana stored, sent or could not send.
import { outboxRepository } from '../db/repositories/outbox.ts';
import type { WorkspaceContext } from './context.ts';

export function listOutbox({ ctx, page }: { ctx: WorkspaceContext; page: { limit: number; offset: number } }) {
  return outboxRepository(ctx.db, ctx.workspaceId).list(page);
}
