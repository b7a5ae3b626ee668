// The language a person reads Sana in: drafts Sana writes for them (exit plan steps) use it.
import type { Db } from '../connect.ts';

export function userLanguagesRepository(db: Db, workspaceId: string) {
  return {
    /** The user's language, or the workspace's when the caller is an API token (no person) or the user is gone. */
    async languageOf(userId: string | null): Promise<string> {
      if (userId) {
        const user = await db.selectFrom('users').select('language').where('workspace_id', '=', workspaceId).where('id', '=', userId).executeTakeFirst();
        if (user) return user.language;
      }
      const workspace = await db.selectFrom('workspaces').select('language').where('id', '=', workspaceId).executeTakeFirst();
      return workspace?.language ?? 'en';
    },
  };
}
