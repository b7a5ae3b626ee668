// Comments on an agreement, each tied to the version it was written about.
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';
import { toNumber } from '../normalize.ts';

export type CommentAuthor = 'client' | 'freelancer';
export type AgreementCommentRecord = { id: string; agreementId: string; versionNumber: number; author: CommentAuthor; body: string; createdAt: string };

export function agreementCommentsRepository(db: Db, workspaceId: string) {
  return {
    async insert(agreementId: string, versionNumber: number, author: CommentAuthor, body: string, now: string): Promise<AgreementCommentRecord> {
      const id = newId();
      await db.insertInto('agreement_comments').values({ id, workspace_id: workspaceId, agreement_id: agreementId, version_number: versionNumber, author, body, created_at: now }).execute();
      return { id, agreementId, versionNumber, author, body, createdAt: now };
    },

    /** Oldest first: a conversation reads top to bottom. */
    async listForAgreement(agreementId: string): Promise<AgreementCommentRecord[]> {
      const rows = await db.selectFrom('agreement_comments').selectAll().where('workspace_id', '=', workspaceId).where('agreement_id', '=', agreementId).orderBy('created_at').orderBy('id').execute();
      return rows.map((row) => ({ id: row.id, agreementId: row.agreement_id, versionNumber: toNumber(row.version_number), author: row.author as CommentAuthor, body: row.body, createdAt: row.created_at }));
    },
  };
}
