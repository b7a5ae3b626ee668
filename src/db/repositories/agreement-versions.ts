// The versions of an agreement: version 1 is edited in place while a draft; from sending on each version is frozen.
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';
import { toNumber } from '../normalize.ts';
import type { AgreementDocument } from '../../domain/agreements/document.ts';

export type AgreementVersionRecord = { id: string; agreementId: string; number: number; document: AgreementDocument; contentHash: string; note: string; createdAt: string };

type Row = { id: string; agreement_id: string; number: number; document: string; content_hash: string; note: string; created_at: string };

function toRecord(row: Row): AgreementVersionRecord {
  return { id: row.id, agreementId: row.agreement_id, number: toNumber(row.number), document: JSON.parse(row.document) as AgreementDocument, contentHash: row.content_hash, note: row.note, createdAt: row.created_at };
}

const columns = ['id', 'agreement_id', 'number', 'document', 'content_hash', 'note', 'created_at'] as const;

export function agreementVersionsRepository(db: Db, workspaceId: string) {
  return {
    async insert(agreementId: string, number: number, document: AgreementDocument, contentHash: string, note: string, now: string): Promise<AgreementVersionRecord> {
      const id = newId();
      await db.insertInto('agreement_versions').values({ id, workspace_id: workspaceId, agreement_id: agreementId, number, document: JSON.stringify(document), content_hash: contentHash, note, created_at: now }).execute();
      return { id, agreementId, number, document, contentHash, note, createdAt: now };
    },

    async find(agreementId: string, number: number): Promise<AgreementVersionRecord | undefined> {
      const row = await db.selectFrom('agreement_versions').select(columns).where('workspace_id', '=', workspaceId).where('agreement_id', '=', agreementId).where('number', '=', number).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    /** Oldest first. */
    async listForAgreement(agreementId: string): Promise<AgreementVersionRecord[]> {
      const rows = await db.selectFrom('agreement_versions').select(columns).where('workspace_id', '=', workspaceId).where('agreement_id', '=', agreementId).orderBy('number').execute();
      return rows.map(toRecord);
    },

    /** Only for a draft's version 1, which nobody outside has seen yet. */
    async replaceDraft(agreementId: string, number: number, document: AgreementDocument, contentHash: string): Promise<void> {
      await db
        .updateTable('agreement_versions')
        .set({ document: JSON.stringify(document), content_hash: contentHash })
        .where('workspace_id', '=', workspaceId)
        .where('agreement_id', '=', agreementId)
        .where('number', '=', number)
        .execute();
    },
  };
}
