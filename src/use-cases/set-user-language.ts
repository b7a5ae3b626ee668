// Remembers the language a user chose, so emails and the next login use it.
import { usersRepository } from '../db/repositories/accounts.ts';
import type { Language } from '../schemas/common.ts';
import type { WorkspaceContext } from './context.ts';

export async function setUserLanguage({ ctx, userId, language }: { ctx: WorkspaceContext; userId: string; language: Language }): Promise<void> {
  await usersRepository(ctx.db, ctx.workspaceId).setLanguage(userId, language);
}
