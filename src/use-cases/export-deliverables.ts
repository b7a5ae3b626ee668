// The deliverables of a workspace export: their rows (after the agreements they belong to) and each stored file's bytes
// in base64, once per file, so an import into another data folder gives the client the same downloads.
// Files written before deliverables existed have neither key and import with none.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { toDeliverableRecord } from '../db/repositories/deliverables.ts';
import { deliverableKinds, releaseCauses } from '../domain/deliverables/deliverable.ts';
import { Id, IsoDateTime } from '../schemas/common.ts';
import { contentStore } from '../storage/content-store.ts';
import { refuseImportedIds } from './refuse-imported-ids.ts';

const Timestamp = IsoDateTime;
const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 digest: 64 lower-case hex characters.');

export const deliverablesExportShape = {
  deliverables: z
    .array(
      z
        .object({
          id: Id,
          agreementId: Id,
          clientId: Id,
          title: z.string().min(1).max(200),
          kind: z.enum(deliverableKinds),
          url: z.string().max(2000).nullable(),
          contentHash: Hash.nullable(),
          fileName: z.string().max(255).nullable(),
          mediaType: z.string().max(255).nullable(),
          sizeBytes: z.number().int().min(0).nullable(),
          isFinal: z.boolean(),
          releasedAt: Timestamp.nullable(),
          releasedBy: z.enum(releaseCauses).nullable(),
          createdAt: Timestamp,
        })
        .strict(),
    )
    .default([]),
  deliverableFiles: z.array(z.object({ sha256: Hash, sizeBytes: z.number().int().min(0), contentBase64: z.base64() }).strict()).default([]),
};

const DeliverablesExport = z.object(deliverablesExportShape);
export type DeliverablesExport = z.infer<typeof DeliverablesExport>;

type Issue = { path: (string | number)[]; message: string };

/** References, uniqueness and file contents checked before anything is written, named by path. */
export function deliverablesExportIssues(file: DeliverablesExport, clientIds: ReadonlySet<string>, agreementIds: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  const files = new Map<string, number>();
  file.deliverableFiles.forEach((stored, index) => {
    if (files.has(stored.sha256)) issues.push({ path: ['deliverableFiles', index, 'sha256'], message: `The file ${stored.sha256} appears twice.` });
    const bytes = Buffer.from(stored.contentBase64, 'base64');
    if (createHash('sha256').update(bytes).digest('hex') !== stored.sha256) issues.push({ path: ['deliverableFiles', index, 'contentBase64'], message: 'The content does not match its SHA-256: the file was changed or cut short.' });
    files.set(stored.sha256, bytes.length);
  });
  const ids = new Set<string>();
  file.deliverables.forEach((row, index) => {
    if (ids.has(row.id)) issues.push({ path: ['deliverables', index, 'id'], message: `The id ${row.id} appears twice in deliverables.` });
    ids.add(row.id);
    if (!agreementIds.has(row.agreementId)) issues.push({ path: ['deliverables', index, 'agreementId'], message: `No agreement with id ${row.agreementId} in this file.` });
    if (!clientIds.has(row.clientId)) issues.push({ path: ['deliverables', index, 'clientId'], message: `No client with id ${row.clientId} in this file.` });
    if (row.kind === 'file') {
      if (row.contentHash === null || !files.has(row.contentHash)) issues.push({ path: ['deliverables', index, 'contentHash'], message: 'A file deliverable needs its file in deliverableFiles.' });
    } else if (row.url === null) {
      issues.push({ path: ['deliverables', index, 'url'], message: 'A link deliverable needs its url.' });
    }
  });
  return issues;
}

/** Reads the rows and, for each file they refer to, its bytes from the store under `filesDir`. */
export async function readDeliverablesExport(trx: Db, workspaceId: string, filesDir: string | undefined): Promise<DeliverablesExport> {
  const rows = (await trx.selectFrom('deliverables').selectAll().where('workspace_id', '=', workspaceId).execute()).map(toDeliverableRecord);
  const deliverables = rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const hashes = [...new Set(deliverables.flatMap((d) => (d.contentHash ? [d.contentHash] : [])))].sort();
  if (hashes.length > 0 && !filesDir) throw new Error('This workspace has uploaded files, but no files folder was given to read them from (SANA_DATA_DIR/files).');
  const store = filesDir ? contentStore(filesDir) : undefined;
  const deliverableFiles = [];
  for (const hash of hashes) {
    const bytes = await store!.readBytes(hash);
    deliverableFiles.push({ sha256: hash, sizeBytes: bytes.length, contentBase64: bytes.toString('base64') });
  }
  return {
    deliverables: deliverables.map((d) => ({
      id: d.id,
      agreementId: d.agreementId,
      clientId: d.clientId,
      title: d.title,
      kind: d.kind,
      url: d.url,
      contentHash: d.contentHash,
      fileName: d.fileName,
      mediaType: d.mediaType,
      sizeBytes: d.sizeBytes,
      isFinal: d.isFinal,
      releasedAt: d.releasedAt,
      releasedBy: d.releasedBy,
      createdAt: d.createdAt,
    })),
    deliverableFiles,
  };
}

/** Inside the import's transaction, after the agreements: files first (each kept once by its hash), then the rows. */
export async function writeDeliverablesImport(trx: Db, workspaceId: string, data: DeliverablesExport, emptyDatabaseHint: string, filesDir: string | undefined): Promise<void> {
  await refuseImportedIds(trx, [['deliverables', data.deliverables]], emptyDatabaseHint);
  if (data.deliverableFiles.length > 0) {
    if (!filesDir) throw new Error('This export holds uploaded files, but no files folder was given to write them to (SANA_DATA_DIR/files).');
    const store = contentStore(filesDir);
    // A failed import leaves these files unreferenced: harmless, and the same bytes uploaded later reuse them.
    for (const file of data.deliverableFiles) await store.putBytes(Buffer.from(file.contentBase64, 'base64'));
  }
  for (const d of data.deliverables) {
    await trx
      .insertInto('deliverables')
      .values({
        id: d.id,
        workspace_id: workspaceId,
        agreement_id: d.agreementId,
        client_id: d.clientId,
        title: d.title,
        kind: d.kind,
        url: d.url,
        content_hash: d.contentHash,
        file_name: d.fileName,
        media_type: d.mediaType,
        size_bytes: d.sizeBytes,
        is_final: d.isFinal ? 1 : 0,
        released_at: d.releasedAt,
        released_by: d.releasedBy,
        created_at: d.createdAt,
      })
      .execute();
  }
}
