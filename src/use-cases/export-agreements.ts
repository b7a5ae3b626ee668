// The agreement rows of a workspace export (agreements, versions, comments, signatures, audit trail, own templates):
// their part of the file format, reading them in a fixed order and writing them back on import. Older files have none.
import { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { agreementKinds } from '../domain/agreements/document.ts';
import { agreementStatuses } from '../domain/agreements/lifecycle.ts';
import { auditActors, auditEventTypes } from '../domain/agreements/audit-chain.ts';
import { Id, IsoDateTime, Language } from '../schemas/common.ts';
import { refuseImportedIds } from './refuse-imported-ids.ts';

const Timestamp = IsoDateTime;
const LocalDate = z.iso.date();
const Hash = z.string().regex(/^[0-9a-f]{64}$/);
/** Documents are checked by the API when written; the file keeps them as they were stored, so a round trip is exact. */
const JsonObject = z.record(z.string(), z.unknown());
const party = z.enum(['freelancer', 'client']);

export const agreementsExportShape = {
  agreements: z
    .array(
      z
        .object({
          id: Id,
          clientId: Id,
          kind: z.enum(agreementKinds),
          status: z.enum(agreementStatuses),
          title: z.string().max(300),
          currentVersion: z.number().int().min(1),
          offerExpiresOn: LocalDate.nullable(),
          templateId: z.string().max(100).nullable(),
          sourceProposalId: Id.nullable(),
          contractId: Id.nullable(),
          inputReceipts: z.record(z.string(), LocalDate),
          termEndsOn: LocalDate.nullable(),
          renegotiationNotedAt: Timestamp.nullable(),
          version: z.number().int().min(1),
          createdAt: Timestamp,
          updatedAt: Timestamp,
          sentAt: Timestamp.nullable(),
          decidedAt: Timestamp.nullable(),
          signedAt: Timestamp.nullable(),
        })
        .strict(),
    )
    .default([]),
  agreementVersions: z
    .array(z.object({ id: Id, agreementId: Id, number: z.number().int().min(1), document: JsonObject, contentHash: Hash, note: z.string().max(2000), createdAt: Timestamp }).strict())
    .default([]),
  agreementComments: z
    .array(z.object({ id: Id, agreementId: Id, versionNumber: z.number().int().min(1), author: party, body: z.string().max(5000), createdAt: Timestamp }).strict())
    .default([]),
  agreementSignatures: z
    .array(
      z
        .object({
          id: Id,
          agreementId: Id,
          versionNumber: z.number().int().min(1),
          party,
          fullName: z.string().max(200),
          signedAt: Timestamp,
          ip: z.string().max(100).nullable(),
          userAgent: z.string().max(1000).nullable(),
          consentText: z.string().max(2000),
          drawnSignature: z.string().max(200_000).nullable(),
          contentHash: Hash,
        })
        .strict(),
    )
    .default([]),
  agreementAudit: z
    .array(
      z
        .object({
          id: Id,
          agreementId: Id,
          sequence: z.number().int().min(1),
          type: z.enum(auditEventTypes),
          actor: z.enum(auditActors),
          occurredAt: Timestamp,
          versionNumber: z.number().int().min(1),
          contentHash: Hash,
          ip: z.string().max(100).nullable(),
          userAgent: z.string().max(1000).nullable(),
          details: JsonObject,
          previousHash: Hash,
          hash: Hash,
        })
        .strict(),
    )
    .default([]),
  agreementTemplates: z
    .array(z.object({ id: Id, name: z.string().max(200), description: z.string().max(1000), language: Language, document: JsonObject, version: z.number().int().min(1), createdAt: Timestamp, updatedAt: Timestamp }).strict())
    .default([]),
};

const AgreementsExport = z.object(agreementsExportShape);
export type AgreementsExport = z.infer<typeof AgreementsExport>;

type Issue = { path: (string | number)[]; message: string };

/** References and uniqueness the database would refuse anyway, named by path. */
export function agreementsExportIssues(file: AgreementsExport, clientIds: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  for (const key of ['agreements', 'agreementVersions', 'agreementComments', 'agreementSignatures', 'agreementAudit', 'agreementTemplates'] as const) {
    const seen = new Set<string>();
    file[key].forEach((row, index) => {
      if (seen.has(row.id)) issues.push({ path: [key, index, 'id'], message: `The id ${row.id} appears twice in ${key}.` });
      seen.add(row.id);
    });
  }
  file.agreements.forEach((row, index) => {
    if (!clientIds.has(row.clientId)) issues.push({ path: ['agreements', index, 'clientId'], message: `No client with id ${row.clientId} in this file.` });
  });
  const agreementIds = new Set(file.agreements.map((a) => a.id));
  for (const key of ['agreementVersions', 'agreementComments', 'agreementSignatures', 'agreementAudit'] as const) {
    file[key].forEach((row, index) => {
      if (!agreementIds.has(row.agreementId)) issues.push({ path: [key, index, 'agreementId'], message: `No agreement with id ${row.agreementId} in this file.` });
    });
  }
  const onePer = (key: 'agreementVersions' | 'agreementSignatures' | 'agreementAudit', keyOf: (row: never) => string, what: string) => {
    const seen = new Set<string>();
    (file[key] as never[]).forEach((row, index) => {
      const value = keyOf(row);
      if (seen.has(value)) issues.push({ path: [key, index], message: `${what} appears twice.` });
      seen.add(value);
    });
  };
  onePer('agreementVersions', (v: AgreementsExport['agreementVersions'][number]) => `${v.agreementId}/${v.number}`, 'The same version of an agreement');
  onePer('agreementSignatures', (s: AgreementsExport['agreementSignatures'][number]) => `${s.agreementId}/${s.versionNumber}/${s.party}`, 'The same signature');
  onePer('agreementAudit', (e: AgreementsExport['agreementAudit'][number]) => `${e.agreementId}/${e.sequence}`, 'The same audit position');
  return issues;
}

function byKeys<T>(...keys: ((row: T) => string | number)[]) {
  return (a: T, b: T): number => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
}

export async function readAgreementsExport(trx: Db, workspaceId: string): Promise<AgreementsExport> {
  const [agreements, versions, comments, signatures, audit, templates] = [
    await trx.selectFrom('agreements').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('agreement_versions').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('agreement_comments').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('agreement_signatures').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('agreement_audit').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('agreement_templates').selectAll().where('workspace_id', '=', workspaceId).execute(),
  ];
  type File = AgreementsExport;
  return {
    agreements: agreements
      .map((a) => ({
        id: a.id,
        clientId: a.client_id,
        kind: a.kind as File['agreements'][number]['kind'],
        status: a.status as File['agreements'][number]['status'],
        title: a.title,
        currentVersion: Number(a.current_version),
        offerExpiresOn: a.offer_expires_on,
        templateId: a.template_id,
        sourceProposalId: a.source_proposal_id,
        contractId: a.contract_id,
        inputReceipts: JSON.parse(a.input_receipts) as Record<string, string>,
        termEndsOn: a.term_ends_on,
        renegotiationNotedAt: a.renegotiation_noted_at,
        version: Number(a.version),
        createdAt: a.created_at,
        updatedAt: a.updated_at,
        sentAt: a.sent_at,
        decidedAt: a.decided_at,
        signedAt: a.signed_at,
      }))
      .sort(byKeys((a) => a.createdAt, (a) => a.id)),
    agreementVersions: versions
      .map((v) => ({ id: v.id, agreementId: v.agreement_id, number: Number(v.number), document: JSON.parse(v.document) as Record<string, unknown>, contentHash: v.content_hash, note: v.note, createdAt: v.created_at }))
      .sort(byKeys((v) => v.agreementId, (v) => v.number)),
    agreementComments: comments
      .map((c) => ({ id: c.id, agreementId: c.agreement_id, versionNumber: Number(c.version_number), author: c.author as 'client' | 'freelancer', body: c.body, createdAt: c.created_at }))
      .sort(byKeys((c) => c.agreementId, (c) => c.createdAt, (c) => c.id)),
    agreementSignatures: signatures
      .map((s) => ({
        id: s.id,
        agreementId: s.agreement_id,
        versionNumber: Number(s.version_number),
        party: s.party as 'client' | 'freelancer',
        fullName: s.full_name,
        signedAt: s.signed_at,
        ip: s.ip,
        userAgent: s.user_agent,
        consentText: s.consent_text,
        drawnSignature: s.drawn_signature,
        contentHash: s.content_hash,
      }))
      .sort(byKeys((s) => s.agreementId, (s) => s.signedAt, (s) => s.id)),
    agreementAudit: audit
      .map((e) => ({
        id: e.id,
        agreementId: e.agreement_id,
        sequence: Number(e.sequence),
        type: e.type as File['agreementAudit'][number]['type'],
        actor: e.actor as File['agreementAudit'][number]['actor'],
        occurredAt: e.occurred_at,
        versionNumber: Number(e.version_number),
        contentHash: e.content_hash,
        ip: e.ip,
        userAgent: e.user_agent,
        details: JSON.parse(e.details) as Record<string, unknown>,
        previousHash: e.previous_hash,
        hash: e.hash,
      }))
      .sort(byKeys((e) => e.agreementId, (e) => e.sequence)),
    agreementTemplates: templates
      .map((t) => ({ id: t.id, name: t.name, description: t.description, language: t.language as 'en' | 'es', document: JSON.parse(t.document) as Record<string, unknown>, version: Number(t.version), createdAt: t.created_at, updatedAt: t.updated_at }))
      .sort(byKeys((t) => t.createdAt, (t) => t.id)),
  };
}

const tables = [
  ['agreements', 'agreements'],
  ['agreement_versions', 'agreementVersions'],
  ['agreement_comments', 'agreementComments'],
  ['agreement_signatures', 'agreementSignatures'],
  ['agreement_audit', 'agreementAudit'],
  ['agreement_templates', 'agreementTemplates'],
] as const;

/**
 * Writes the rows inside the import's transaction, after the clients; an id already in the database refuses the whole
 * import. Audit rows are copied exactly (hashes included), so the chain still verifies after a restore.
 */
export async function writeAgreementsImport(trx: Db, workspaceId: string, data: AgreementsExport, emptyDatabaseHint: string): Promise<void> {
  await refuseImportedIds(trx, tables.map(([table, key]) => [table, data[key]]), emptyDatabaseHint);
  for (const a of data.agreements) {
    await trx
      .insertInto('agreements')
      .values({
        id: a.id,
        workspace_id: workspaceId,
        client_id: a.clientId,
        kind: a.kind,
        status: a.status,
        title: a.title,
        current_version: a.currentVersion,
        offer_expires_on: a.offerExpiresOn,
        template_id: a.templateId,
        source_proposal_id: a.sourceProposalId,
        contract_id: a.contractId,
        input_receipts: JSON.stringify(a.inputReceipts),
        term_ends_on: a.termEndsOn,
        renegotiation_noted_at: a.renegotiationNotedAt,
        version: a.version,
        created_at: a.createdAt,
        updated_at: a.updatedAt,
        sent_at: a.sentAt,
        decided_at: a.decidedAt,
        signed_at: a.signedAt,
      })
      .execute();
  }
  for (const v of data.agreementVersions) {
    await trx
      .insertInto('agreement_versions')
      .values({ id: v.id, workspace_id: workspaceId, agreement_id: v.agreementId, number: v.number, document: JSON.stringify(v.document), content_hash: v.contentHash, note: v.note, created_at: v.createdAt })
      .execute();
  }
  for (const c of data.agreementComments) {
    await trx.insertInto('agreement_comments').values({ id: c.id, workspace_id: workspaceId, agreement_id: c.agreementId, version_number: c.versionNumber, author: c.author, body: c.body, created_at: c.createdAt }).execute();
  }
  for (const s of data.agreementSignatures) {
    await trx
      .insertInto('agreement_signatures')
      .values({
        id: s.id,
        workspace_id: workspaceId,
        agreement_id: s.agreementId,
        version_number: s.versionNumber,
        party: s.party,
        full_name: s.fullName,
        signed_at: s.signedAt,
        ip: s.ip,
        user_agent: s.userAgent,
        consent_text: s.consentText,
        drawn_signature: s.drawnSignature,
        content_hash: s.contentHash,
      })
      .execute();
  }
  for (const e of data.agreementAudit) {
    await trx
      .insertInto('agreement_audit')
      .values({
        id: e.id,
        workspace_id: workspaceId,
        agreement_id: e.agreementId,
        sequence: e.sequence,
        type: e.type,
        actor: e.actor,
        occurred_at: e.occurredAt,
        version_number: e.versionNumber,
        content_hash: e.contentHash,
        ip: e.ip,
        user_agent: e.userAgent,
        details: JSON.stringify(e.details),
        previous_hash: e.previousHash,
        hash: e.hash,
      })
      .execute();
  }
  for (const t of data.agreementTemplates) {
    await trx
      .insertInto('agreement_templates')
      .values({ id: t.id, workspace_id: workspaceId, name: t.name, description: t.description, language: t.language, document: JSON.stringify(t.document), version: t.version, created_at: t.createdAt, updated_at: t.updatedAt })
      .execute();
  }
}
