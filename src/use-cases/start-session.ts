// Creates a login session: a fresh random id every time (no fixation), stored only as its hash.
import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/connect.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { newSecret, sha256Hex } from '../security/secrets.ts';
import { toIso } from '../clock.ts';

export type StartedSession = { sessionSecret: string; csrfToken: string; expiresAt: string };

export async function startSession(
  trx: Db,
  { workspaceId, userId, now, sessionDays }: { workspaceId: string; userId: string; now: Temporal.Instant; sessionDays: number },
): Promise<StartedSession> {
  const sessionSecret = newSecret();
  const csrfToken = newSecret();
  const expiresAt = toIso(now.add({ hours: 24 * sessionDays }));
  await accountsRepository(trx).insertSession({ id_hash: sha256Hex(sessionSecret), workspace_id: workspaceId, user_id: userId, csrf_token: csrfToken, created_at: toIso(now), expires_at: expiresAt });
  return { sessionSecret, csrfToken, expiresAt };
}
