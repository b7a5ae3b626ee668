// Ends a session on the server, so the cookie is worthless even if someone kept a copy.
import { accountsRepository } from '../db/repositories/accounts.ts';
import { sha256Hex } from '../security/secrets.ts';
import type { AppDeps } from './context.ts';

export async function logOut({ deps, sessionSecret }: { deps: AppDeps; sessionSecret: string }): Promise<void> {
  await accountsRepository(deps.db).deleteSession(sha256Hex(sessionSecret));
}
