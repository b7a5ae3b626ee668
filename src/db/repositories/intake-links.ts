// The public intake link of a workspace: stored as a hash, expiring, rotatable (rotating revokes the old link).
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';

export function intakeLinksRepository(db: Db, workspaceId: string) {
  return {
    async current(now: string) {
      return db
        .selectFrom('intake_links')
        .select(['id', 'created_at', 'expires_at'])
        .where('workspace_id', '=', workspaceId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
    },

    async revokeAll(now: string): Promise<void> {
      await db.updateTable('intake_links').set({ revoked_at: now }).where('workspace_id', '=', workspaceId).where('revoked_at', 'is', null).execute();
    },

    async insert(tokenHash: string, now: string, expiresAt: string) {
      const id = newId();
      await db.insertInto('intake_links').values({ id, workspace_id: workspaceId, token_hash: tokenHash, created_at: now, expires_at: expiresAt, revoked_at: null }).execute();
      return { id, createdAt: now, expiresAt };
    },
  };
}

/** Finds which workspace a presented intake token belongs to; the one look-up that is not scoped, because the token is the scope. */
export async function findWorkspaceByIntakeToken(db: Db, tokenHash: string, now: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('intake_links')
    .select('workspace_id')
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row?.workspace_id;
}
