// API tokens for scripts and integrations: created with a name, shown once, revocable.
import { apiTokensRepository } from '../db/repositories/accounts.ts';
import { newId } from '../db/ids.ts';
import { newSecret, sha256Hex } from '../security/secrets.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from './context.ts';

export async function createApiToken({ ctx, name }: { ctx: WorkspaceContext; name: string }) {
  const token = newSecret('sana_');
  const id = newId();
  await apiTokensRepository(ctx.db, ctx.workspaceId).insert({ id, name, token_hash: sha256Hex(token), created_at: ctx.clock.nowIso() });
  return { id, name, token };
}

export function listApiTokens({ ctx }: { ctx: WorkspaceContext }) {
  return apiTokensRepository(ctx.db, ctx.workspaceId).list();
}

export async function revokeApiToken({ ctx, tokenId }: { ctx: WorkspaceContext; tokenId: string }): Promise<void> {
  if (!(await apiTokensRepository(ctx.db, ctx.workspaceId).delete(tokenId))) throw notFound('This token');
}
