// Signatures on an agreement version: who, when (UTC), from where, the consent they gave and the hash of what they signed.
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';
import { toNumber } from '../normalize.ts';
import type { Signer } from '../../domain/agreements/lifecycle.ts';

export type AgreementSignatureRecord = {
  id: string;
  agreementId: string;
  versionNumber: number;
  party: Signer;
  fullName: string;
  signedAt: string;
  ip: string | null;
  userAgent: string | null;
  consentText: string;
  drawnSignature: string | null;
  contentHash: string;
};

export type NewSignature = Omit<AgreementSignatureRecord, 'id'>;

export function agreementSignaturesRepository(db: Db, workspaceId: string) {
  return {
    async insert(signature: NewSignature): Promise<AgreementSignatureRecord> {
      const id = newId();
      await db
        .insertInto('agreement_signatures')
        .values({
          id,
          workspace_id: workspaceId,
          agreement_id: signature.agreementId,
          version_number: signature.versionNumber,
          party: signature.party,
          full_name: signature.fullName,
          signed_at: signature.signedAt,
          ip: signature.ip,
          user_agent: signature.userAgent,
          consent_text: signature.consentText,
          drawn_signature: signature.drawnSignature,
          content_hash: signature.contentHash,
        })
        .execute();
      return { id, ...signature };
    },

    /** Oldest first. */
    async listForAgreement(agreementId: string): Promise<AgreementSignatureRecord[]> {
      const rows = await db.selectFrom('agreement_signatures').selectAll().where('workspace_id', '=', workspaceId).where('agreement_id', '=', agreementId).orderBy('signed_at').orderBy('id').execute();
      return rows.map((row) => ({
        id: row.id,
        agreementId: row.agreement_id,
        versionNumber: toNumber(row.version_number),
        party: row.party as Signer,
        fullName: row.full_name,
        signedAt: row.signed_at,
        ip: row.ip,
        userAgent: row.user_agent,
        consentText: row.consent_text,
        drawnSignature: row.drawn_signature,
        contentHash: row.content_hash,
      }));
    },
  };
}
