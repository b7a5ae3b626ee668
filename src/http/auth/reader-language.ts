// The language to answer in: the logged-in person's, or the workspace's for API tokens.
import type { FastifyRequest } from 'fastify';
import { accountsRepository } from '../../db/repositories/accounts.ts';
import type { Language } from '../../schemas/common.ts';
import { requireIdentity } from './identity.ts';

export async function readerLanguage(request: FastifyRequest): Promise<Language> {
  const identity = requireIdentity(request);
  if (identity.kind === 'session') return identity.user.language;
  const workspace = await accountsRepository(request.server.deps.db).findWorkspace(identity.workspaceId);
  return (workspace?.language as Language | undefined) ?? 'en';
}
