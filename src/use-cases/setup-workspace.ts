// First run (or open signup): creates a workspace and its owner, logs them in and sends a welcome email.
import { AppError } from '../errors.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { newId } from '../db/ids.ts';
import { hashPassword } from '../security/passwords.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import { translatorFor } from '../i18n/server.ts';
import type { SetupBody } from '../schemas/auth.ts';
import { inTransaction, type AppDeps } from './context.ts';
import { lockWorkspaceCreation } from '../db/locks.ts';
import { startSession, type StartedSession } from './start-session.ts';

async function assertSetupAllowed(accounts: ReturnType<typeof accountsRepository>, email: string, isSignupOpen: boolean): Promise<void> {
  if (!isSignupOpen && (await accounts.countUsers()) > 0) {
    throw new AppError('setup_closed', 'Sana is already set up. Log in instead, or ask the operator to set SANA_SIGNUP=open.');
  }
  if (await accounts.findUserByEmail(email)) {
    throw new AppError('conflict', 'An account with this email already exists. Log in instead.', { errors: [{ field: 'email', message: 'This email already has an account.' }] });
  }
}

export type SetupWorkspaceOptions = { deps: AppDeps; input: SetupBody; isSignupOpen: boolean; sessionDays: number };

export async function setupWorkspace({ deps, input, isSignupOpen, sessionDays }: SetupWorkspaceOptions): Promise<StartedSession & { workspaceId: string; userId: string }> {
  const email = input.email.toLowerCase();
  // Checked before hashing (a refused setup should cost nothing) and again inside the transaction (the one that counts).
  await assertSetupAllowed(accountsRepository(deps.db), email, isSignupOpen);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(deps, async (trx) => {
    await lockWorkspaceCreation(trx);
    const accounts = accountsRepository(trx);
    await assertSetupAllowed(accounts, email, isSignupOpen);
    const now = deps.clock.nowIso();
    const workspaceId = newId();
    const userId = newId();
    await accounts.insertWorkspace({ id: workspaceId, name: input.workspaceName, language: input.language, time_zone: input.timeZone, currency: input.currency, created_at: now });
    await accounts.insertUser({ id: userId, workspace_id: workspaceId, name: input.name, email, password_hash: passwordHash, language: input.language, created_at: now });
    const t = translatorFor(input.language);
    const vars = { name: input.name, workspace: input.workspaceName, url: deps.publicUrl };
    await queueEmail(
      trx,
      workspaceId,
      { idempotencyKey: `welcome:${userId}`, to: email, subject: t('email.welcome.subject', vars), bodyText: `${t('email.welcome.body', vars)}\n\n${t('email.footer', vars)}` },
      deps.email,
      now,
    );
    const session = await startSession(trx, { workspaceId, userId, now: deps.clock.now(), sessionDays });
    return { ...session, workspaceId, userId };
  });
}
