// The freelancer's own agreement templates (the starter ones ship with the code, in src/domain/agreements/templates).
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';
import { toNumber } from '../normalize.ts';
import type { AgreementDocument } from '../../domain/agreements/document.ts';

export type OwnTemplateRecord = { id: string; name: string; description: string; language: 'en' | 'es'; document: AgreementDocument; version: number; createdAt: string; updatedAt: string };
export type OwnTemplateFields = Pick<OwnTemplateRecord, 'name' | 'description' | 'language' | 'document'>;

type Row = { id: string; name: string; description: string; language: string; document: string; version: number; created_at: string; updated_at: string };

function toRecord(row: Row): OwnTemplateRecord {
  return { id: row.id, name: row.name, description: row.description, language: row.language as 'en' | 'es', document: JSON.parse(row.document) as AgreementDocument, version: toNumber(row.version), createdAt: row.created_at, updatedAt: row.updated_at };
}

const columns = ['id', 'name', 'description', 'language', 'document', 'version', 'created_at', 'updated_at'] as const;

export function agreementTemplatesRepository(db: Db, workspaceId: string) {
  return {
    async insert(fields: OwnTemplateFields, now: string): Promise<OwnTemplateRecord> {
      const id = newId();
      await db
        .insertInto('agreement_templates')
        .values({ id, workspace_id: workspaceId, name: fields.name, description: fields.description, language: fields.language, document: JSON.stringify(fields.document), version: 1, created_at: now, updated_at: now })
        .execute();
      return { id, ...fields, version: 1, createdAt: now, updatedAt: now };
    },

    async findById(id: string): Promise<OwnTemplateRecord | undefined> {
      const row = await db.selectFrom('agreement_templates').select(columns).where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    async list(): Promise<OwnTemplateRecord[]> {
      const rows = await db.selectFrom('agreement_templates').select(columns).where('workspace_id', '=', workspaceId).orderBy('name').orderBy('id').execute();
      return rows.map(toRecord);
    },

    async updateIfVersion(id: string, expectedVersion: number, fields: Partial<OwnTemplateFields>, now: string): Promise<boolean> {
      const result = await db
        .updateTable('agreement_templates')
        .set({
          ...(fields.name !== undefined && { name: fields.name }),
          ...(fields.description !== undefined && { description: fields.description }),
          ...(fields.language !== undefined && { language: fields.language }),
          ...(fields.document !== undefined && { document: JSON.stringify(fields.document) }),
          version: expectedVersion + 1,
          updated_at: now,
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async delete(id: string): Promise<boolean> {
      const result = await db.deleteFrom('agreement_templates').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
  };
}
