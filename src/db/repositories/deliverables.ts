// Deliverables of a workspace (files and links handed over on a contract), and the invoices that bill a contract, which
// decide whether its final deliverables still wait.
import { PostgresAdapter, type Selectable } from 'kysely';
import type { Db } from '../connect.ts';
import type { DeliverablesTable } from '../schema.ts';
import { newId } from '../ids.ts';
import { toNumber } from '../normalize.ts';
import { toInvoiceRecord } from './invoices.ts';
import type { DeliverableKind, ReleaseCause } from '../../domain/deliverables/deliverable.ts';
import type { BillingInvoice } from '../../domain/deliverables/hold.ts';

export type DeliverableRecord = {
  id: string;
  agreementId: string;
  clientId: string;
  title: string;
  kind: DeliverableKind;
  url: string | null;
  contentHash: string | null;
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  isFinal: boolean;
  releasedAt: string | null;
  releasedBy: ReleaseCause | null;
  createdAt: string;
};

export type NewDeliverable = Omit<DeliverableRecord, 'id' | 'createdAt'>;

export function toDeliverableRecord(row: Selectable<DeliverablesTable>): DeliverableRecord {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    clientId: row.client_id,
    title: row.title,
    kind: row.kind as DeliverableKind,
    url: row.url,
    contentHash: row.content_hash,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes === null ? null : toNumber(row.size_bytes),
    isFinal: Number(row.is_final) === 1,
    releasedAt: row.released_at,
    releasedBy: row.released_by as ReleaseCause | null,
    createdAt: row.created_at,
  };
}

export function deliverablesRepository(db: Db, workspaceId: string) {
  const scoped = () => db.selectFrom('deliverables').selectAll().where('workspace_id', '=', workspaceId);
  return {
    async insert(deliverable: NewDeliverable, now: string): Promise<DeliverableRecord> {
      const id = newId();
      await db
        .insertInto('deliverables')
        .values({
          id,
          workspace_id: workspaceId,
          agreement_id: deliverable.agreementId,
          client_id: deliverable.clientId,
          title: deliverable.title,
          kind: deliverable.kind,
          url: deliverable.url,
          content_hash: deliverable.contentHash,
          file_name: deliverable.fileName,
          media_type: deliverable.mediaType,
          size_bytes: deliverable.sizeBytes,
          is_final: deliverable.isFinal ? 1 : 0,
          released_at: deliverable.releasedAt,
          released_by: deliverable.releasedBy,
          created_at: now,
        })
        .execute();
      return { ...deliverable, id, createdAt: now };
    },

    async findById(id: string): Promise<DeliverableRecord | undefined> {
      const row = await scoped().where('id', '=', id).executeTakeFirst();
      return row && toDeliverableRecord(row);
    },

    /** Newest first: what was handed over last is what the reader looks for. */
    async listForAgreement(agreementId: string): Promise<DeliverableRecord[]> {
      const rows = await scoped().where('agreement_id', '=', agreementId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toDeliverableRecord);
    },

    async listForClient(clientId: string): Promise<DeliverableRecord[]> {
      const rows = await scoped().where('client_id', '=', clientId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toDeliverableRecord);
    },

    async hasForClient(clientId: string): Promise<boolean> {
      return (await db.selectFrom('deliverables').select('id').where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).limit(1).executeTakeFirst()) !== undefined;
    },

    /** Final deliverables of a contract still waiting for payment. */
    async listHeld(agreementId: string): Promise<DeliverableRecord[]> {
      const rows = await scoped().where('agreement_id', '=', agreementId).where('is_final', '=', 1).where('released_at', 'is', null).orderBy('created_at').orderBy('id').execute();
      return rows.map(toDeliverableRecord);
    },

    /** Releases those still held; returns the ids this call released, so a release happens, and is announced, once. */
    async release(ids: readonly string[], cause: ReleaseCause, now: string): Promise<string[]> {
      const released: string[] = [];
      for (const id of ids) {
        const result = await db
          .updateTable('deliverables')
          .set({ released_at: now, released_by: cause })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .where('released_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 1) released.push(id);
      }
      return released;
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom('deliverables').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
    },

    /**
     * Takes the contract's row lock on PostgreSQL until the transaction ends, before its invoices are read: a payment and
     * a new final deliverable (or two payments) on one contract then decide one after the other, and never both miss
     * the moment everything is paid. SQLite already runs one writer at a time.
     */
    async lockContract(agreementId: string): Promise<void> {
      if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
      await db.selectFrom('agreements').select('id').where('workspace_id', '=', workspaceId).where('id', '=', agreementId).forUpdate().execute();
    },

    /** Every invoice that bills the contract, drafts and void ones included (the hold rule decides which count). */
    async invoicesBilling(agreementId: string): Promise<BillingInvoice[]> {
      const rows = await db.selectFrom('invoices').selectAll().where('workspace_id', '=', workspaceId).where('agreement_id', '=', agreementId).execute();
      return rows.map(toInvoiceRecord).map((i) => ({
        id: i.id,
        number: i.number,
        kind: i.kind,
        series: i.series,
        status: i.status,
        currency: i.currency,
        base: i.base,
        total: i.total,
        paid: i.paid,
        billingPeriod: i.billingPeriod,
      }));
    },
  };
}

/**
 * How many deliverables, in any workspace, refer to a stored file. The store keeps one copy of the same bytes for
 * everyone, so this is the one count that is not scoped to a workspace; it reveals nothing but a number to the store.
 */
export async function countFileReferences(db: Db, contentHash: string): Promise<number> {
  const row = await db.selectFrom('deliverables').select((eb) => eb.fn.countAll<string | number>().as('count')).where('content_hash', '=', contentHash).executeTakeFirst();
  return toNumber(row?.count);
}
