// Checks email and password and starts a new session; a wrong email and a wrong password look the same.
import { AppError } from '../errors.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { getDecoyHash, verifyPassword } from '../security/passwords.ts';
import { inTransaction, type AppDeps } from './context.ts';
import { startSession, type StartedSession } from './start-session.ts';
import { toIso } from '../clock.ts';

export type LogInOptions = { deps: AppDeps; email: string; password: string; sessionDays: number };

export async function logIn({ deps, email, password, sessionDays }: LogInOptions): Promise<StartedSession> {
  const accounts = accountsRepository(deps.db);
  const user = await accounts.findUserByEmail(email);
  const isValid = await verifyPassword(password, user?.password_hash ?? (await getDecoyHash()));
  if (!user || !isValid) {
    throw new AppError('unauthenticated', 'That email and password do not match an account. Check both and try again.');
  }
  return inTransaction(deps, async (trx) => {
    const now = deps.clock.now();
    await accountsRepository(trx).deleteExpiredSessions(toIso(now));
    return startSession(trx, { workspaceId: user.workspace_id, userId: user.id, now, sessionDays });
  });
}
