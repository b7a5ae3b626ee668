// Proposals and contracts of a workspace: the row that carries status and current version (the text is in agreement_versions).
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';
import { toNumber } from '../normalize.ts';
import type { AgreementsTable } from '../schema.ts';
import type { AgreementKind } from '../../domain/agreements/document.ts';
import type { AgreementStatus } from '../../domain/agreements/lifecycle.ts';
import type { InputReceipts } from '../../domain/agreements/schedule.ts';

export type AgreementRecord = {
  id: string;
  clientId: string;
  kind: AgreementKind;
  status: AgreementStatus;
  title: string;
  currentVersion: number;
  offerExpiresOn: string | null;
  templateId: string | null;
  sourceProposalId: string | null;
  contractId: string | null;
  inputReceipts: InputReceipts;
  termEndsOn: string | null;
  renegotiationNotedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
  decidedAt: string | null;
  signedAt: string | null;
};

export type NewAgreement = Pick<AgreementRecord, 'clientId' | 'kind' | 'title' | 'offerExpiresOn' | 'templateId' | 'sourceProposalId'> & { status: AgreementStatus };

/** Fields a use case may change; `version` goes up by one with every change. */
export type AgreementChanges = Partial<Pick<AgreementRecord, 'status' | 'title' | 'currentVersion' | 'offerExpiresOn' | 'contractId' | 'inputReceipts' | 'termEndsOn' | 'renegotiationNotedAt' | 'sentAt' | 'decidedAt' | 'signedAt'>>;

type Row = Omit<AgreementsTable, 'workspace_id'> & { workspace_id?: string };

function toRecord(row: Row): AgreementRecord {
  return {
    id: row.id,
    clientId: row.client_id,
    kind: row.kind as AgreementKind,
    status: row.status as AgreementStatus,
    title: row.title,
    currentVersion: toNumber(row.current_version),
    offerExpiresOn: row.offer_expires_on,
    templateId: row.template_id,
    sourceProposalId: row.source_proposal_id,
    contractId: row.contract_id,
    inputReceipts: JSON.parse(row.input_receipts) as InputReceipts,
    termEndsOn: row.term_ends_on,
    renegotiationNotedAt: row.renegotiation_noted_at,
    version: toNumber(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sentAt: row.sent_at,
    decidedAt: row.decided_at,
    signedAt: row.signed_at,
  };
}

function toColumns(changes: AgreementChanges): Partial<AgreementsTable> {
  const columns: Partial<AgreementsTable> = {};
  if (changes.status !== undefined) columns.status = changes.status;
  if (changes.title !== undefined) columns.title = changes.title;
  if (changes.currentVersion !== undefined) columns.current_version = changes.currentVersion;
  if (changes.offerExpiresOn !== undefined) columns.offer_expires_on = changes.offerExpiresOn;
  if (changes.contractId !== undefined) columns.contract_id = changes.contractId;
  if (changes.inputReceipts !== undefined) columns.input_receipts = JSON.stringify(changes.inputReceipts);
  if (changes.termEndsOn !== undefined) columns.term_ends_on = changes.termEndsOn;
  if (changes.renegotiationNotedAt !== undefined) columns.renegotiation_noted_at = changes.renegotiationNotedAt;
  if (changes.sentAt !== undefined) columns.sent_at = changes.sentAt;
  if (changes.decidedAt !== undefined) columns.decided_at = changes.decidedAt;
  if (changes.signedAt !== undefined) columns.signed_at = changes.signedAt;
  return columns;
}

export type AgreementListFilter = { clientId?: string; kind?: AgreementKind; status?: AgreementStatus; limit: number; offset: number };

export function agreementsRepository(db: Db, workspaceId: string) {
  return {
    async insert(agreement: NewAgreement, now: string): Promise<AgreementRecord> {
      const row: AgreementsTable = {
        id: newId(),
        workspace_id: workspaceId,
        client_id: agreement.clientId,
        kind: agreement.kind,
        status: agreement.status,
        title: agreement.title,
        current_version: 1,
        offer_expires_on: agreement.offerExpiresOn,
        template_id: agreement.templateId,
        source_proposal_id: agreement.sourceProposalId,
        contract_id: null,
        input_receipts: '{}',
        term_ends_on: null,
        renegotiation_noted_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
        sent_at: null,
        decided_at: null,
        signed_at: null,
      };
      await db.insertInto('agreements').values(row).execute();
      return toRecord(row);
    },

    async findById(id: string): Promise<AgreementRecord | undefined> {
      const row = await db.selectFrom('agreements').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    /** An agreement of one client: how the portal reaches it, so a token never opens another client's documents. */
    async findForClient(clientId: string, id: string): Promise<AgreementRecord | undefined> {
      const row = await db.selectFrom('agreements').selectAll().where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    /** Newest change first. */
    async list(filter: AgreementListFilter): Promise<{ items: AgreementRecord[]; total: number }> {
      let query = db.selectFrom('agreements').where('workspace_id', '=', workspaceId);
      if (filter.clientId) query = query.where('client_id', '=', filter.clientId);
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      if (filter.status) query = query.where('status', '=', filter.status);
      const [{ total } = { total: 0 }] = await query.select((eb) => eb.fn.countAll<string | number>().as('total')).execute();
      const rows = await query.selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
      return { items: rows.map(toRecord), total: toNumber(total) };
    },

    /** Whether the portal lists the agreements section: only once something has been sent to this client. */
    async hasSentToClient(clientId: string): Promise<boolean> {
      const row = await db.selectFrom('agreements').select('id').where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).where('status', '!=', 'draft').limit(1).executeTakeFirst();
      return row !== undefined;
    },

    /** What a client may see in their portal: everything sent to them, never a draft. */
    async listSentToClient(clientId: string): Promise<AgreementRecord[]> {
      const rows = await db.selectFrom('agreements').selectAll().where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).where('status', '!=', 'draft').orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toRecord);
    },

    /** Applies the changes when the row is still at `expectedVersion`; false when someone else changed it first. */
    async updateIfVersion(id: string, expectedVersion: number, changes: AgreementChanges, now: string): Promise<boolean> {
      const result = await db
        .updateTable('agreements')
        .set({ ...toColumns(changes), version: expectedVersion + 1, updated_at: now })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom('agreements').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
    },
  };
}

/** Signed contracts whose term ends on or before `endsBy` and whose renegotiation is not noted yet, across workspaces (for the job). */
export async function listContractsNearingTermEnd(db: Db, endsBy: string): Promise<{ workspaceId: string; agreement: AgreementRecord }[]> {
  const rows = await db
    .selectFrom('agreements')
    .selectAll()
    .where('kind', '=', 'contract')
    .where('status', '=', 'signed')
    .where('term_ends_on', 'is not', null)
    .where('term_ends_on', '<=', endsBy)
    .where('renegotiation_noted_at', 'is', null)
    .orderBy('term_ends_on')
    .orderBy('id')
    .limit(500)
    .execute();
  return rows.map((row) => ({ workspaceId: row.workspace_id, agreement: toRecord(row) }));
}
