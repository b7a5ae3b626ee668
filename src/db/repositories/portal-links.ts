// A client's portal links: stored as hashes, expiring, revocable; the freelancer lists them without ever seeing a token again.
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';

export type PortalLinkRecord = { id: string; clientId: string; createdAt: string; expiresAt: string; revokedAt: string | null; lastOpenedAt: string | null };

type PortalLinkRow = { id: string; client_id: string; created_at: string; expires_at: string; revoked_at: string | null; last_opened_at: string | null };

const columns = ['id', 'client_id', 'created_at', 'expires_at', 'revoked_at', 'last_opened_at'] as const;

function toRecord(row: PortalLinkRow): PortalLinkRecord {
  return { id: row.id, clientId: row.client_id, createdAt: row.created_at, expiresAt: row.expires_at, revokedAt: row.revoked_at, lastOpenedAt: row.last_opened_at };
}

export function portalLinksRepository(db: Db, workspaceId: string) {
  return {
    async insert(clientId: string, tokenHash: string, now: string, expiresAt: string): Promise<PortalLinkRecord> {
      const id = newId();
      await db
        .insertInto('portal_links')
        .values({ id, workspace_id: workspaceId, client_id: clientId, token_hash: tokenHash, created_at: now, expires_at: expiresAt, revoked_at: null, last_opened_at: null })
        .execute();
      return { id, clientId, createdAt: now, expiresAt, revokedAt: null, lastOpenedAt: null };
    },

    /** Newest first: the link the freelancer made last is the one they think of. */
    async listForClient(clientId: string): Promise<PortalLinkRecord[]> {
      const rows = await db
        .selectFrom('portal_links')
        .select(columns)
        .where('workspace_id', '=', workspaceId)
        .where('client_id', '=', clientId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toRecord);
    },

    async findForClient(clientId: string, linkId: string): Promise<PortalLinkRecord | undefined> {
      const row = await db.selectFrom('portal_links').select(columns).where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).where('id', '=', linkId).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    /** Revoking twice keeps the first time: the moment it stopped working does not move. */
    async revoke(clientId: string, linkId: string, now: string): Promise<void> {
      await db
        .updateTable('portal_links')
        .set({ revoked_at: now })
        .where('workspace_id', '=', workspaceId)
        .where('client_id', '=', clientId)
        .where('id', '=', linkId)
        .where('revoked_at', 'is', null)
        .execute();
    },

    async touchOpened(linkId: string, now: string): Promise<void> {
      await db.updateTable('portal_links').set({ last_opened_at: now }).where('workspace_id', '=', workspaceId).where('id', '=', linkId).execute();
    },
  };
}

/** Which workspace and client a presented portal token opens; the one look-up not scoped by workspace, because the token is the scope. */
export async function findPortalLinkByTokenHash(db: Db, tokenHash: string, now: string): Promise<{ id: string; workspaceId: string; clientId: string; expiresAt: string } | undefined> {
  const row = await db
    .selectFrom('portal_links')
    .select(['id', 'workspace_id', 'client_id', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row ? { id: row.id, workspaceId: row.workspace_id, clientId: row.client_id, expiresAt: row.expires_at } : undefined;
}
