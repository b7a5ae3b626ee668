// The audit trail of an agreement: append-only (this repository can only add and read), each row hash-chained to the one before.
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';
import { toNumber } from '../normalize.ts';
import { chainEvent, type AuditContent, type AuditEvent } from '../../domain/agreements/audit-chain.ts';

export type AuditRecord = AuditEvent & { id: string };

export function agreementAuditRepository(db: Db, workspaceId: string) {
  const list = async (agreementId: string): Promise<AuditRecord[]> => {
    const rows = await db.selectFrom('agreement_audit').selectAll().where('workspace_id', '=', workspaceId).where('agreement_id', '=', agreementId).orderBy('sequence').execute();
    return rows.map((row) => ({
      id: row.id,
      agreementId: row.agreement_id,
      sequence: toNumber(row.sequence),
      type: row.type as AuditEvent['type'],
      actor: row.actor as AuditEvent['actor'],
      occurredAt: row.occurred_at,
      versionNumber: toNumber(row.version_number),
      contentHash: row.content_hash,
      ip: row.ip,
      userAgent: row.user_agent,
      details: JSON.parse(row.details) as Record<string, unknown>,
      previousHash: row.previous_hash,
      hash: row.hash,
    }));
  };

  return {
    listForAgreement: list,

    /**
     * Chains the event after the last stored one. The unique (agreement, sequence) index makes a concurrent append
     * fail rather than fork the chain; callers run inside their use case's transaction.
     */
    async append(content: Omit<AuditContent, 'sequence'>): Promise<AuditRecord> {
      const last = await db
        .selectFrom('agreement_audit')
        .select(['sequence', 'hash'])
        .where('workspace_id', '=', workspaceId)
        .where('agreement_id', '=', content.agreementId)
        .orderBy('sequence', 'desc')
        .limit(1)
        .executeTakeFirst();
      const previous = last ? ({ sequence: toNumber(last.sequence), hash: last.hash } as AuditEvent) : undefined;
      const event = chainEvent(previous, content);
      const id = newId();
      await db
        .insertInto('agreement_audit')
        .values({
          id,
          workspace_id: workspaceId,
          agreement_id: event.agreementId,
          sequence: event.sequence,
          type: event.type,
          actor: event.actor,
          occurred_at: event.occurredAt,
          version_number: event.versionNumber,
          content_hash: event.contentHash,
          ip: event.ip,
          user_agent: event.userAgent,
          details: JSON.stringify(event.details),
          previous_hash: event.previousHash,
          hash: event.hash,
        })
        .execute();
      return { id, ...event };
    },
  };
}
