// Deliverables for the freelancer: list a contract's, add one (a file as multipart/form-data, or a link as JSON),
// download a file, release held final work by hand, delete one.
import type { FastifyReply, FastifyRequest } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AgreementIdParams } from '../../schemas/agreements.ts';
import { Problem } from '../../schemas/common.ts';
import { CreateDeliverableBody, Deliverable, DeliverableIdParams, DeliverableList } from '../../schemas/deliverables.ts';
import { cleanFileName, cleanMediaType, MAX_FILE_BYTES } from '../../domain/deliverables/deliverable-file.ts';
import { AppError, invalidField } from '../../errors.ts';
import { FileTooLargeError } from '../../storage/content-store.ts';
import { addDeliverable, type UploadedFile } from '../../use-cases/add-deliverable.ts';
import { deleteDeliverable } from '../../use-cases/delete-deliverable.ts';
import { storeOf } from '../../use-cases/deliverable-support.ts';
import { getDeliverableFile, type DeliverableFile } from '../../use-cases/get-deliverable-file.ts';
import { listDeliverables } from '../../use-cases/list-deliverables.ts';
import { releaseDeliverable } from '../../use-cases/release-deliverable.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

const tags = ['deliverables'];

declare module 'fastify' {
  interface FastifyRequest {
    /** The file of a multipart upload, received into the store's temporary folder before validation. */
    deliverableUpload: UploadedFile | null;
  }
}

const tooLarge = () =>
  new AppError('payload_too_large', `The file is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB. Share something that big as a link (a cloud folder), or split it into parts.`, {
    errors: [{ field: 'file', message: `At most ${MAX_FILE_BYTES / (1024 * 1024)} MB.` }],
  });

/** Multipart booleans arrive as text; anything else is left as it came, so validation names the field. */
function formBoolean(value: string): boolean | string {
  if (['true', 'on', '1'].includes(value)) return true;
  if (['false', 'off', '0', ''].includes(value)) return false;
  return value;
}

/** Turns what the multipart reader throws into a problem: too big is 413, a broken form is 400; a disk error stays a 500. */
function uploadProblem(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof FileTooLargeError) return tooLarge();
  const coded = error as { code?: string; statusCode?: number; syscall?: string };
  if (coded.code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
  if (coded.statusCode === 413) return new AppError('payload_too_large', 'The form has too many parts: send one file with the fields title and isFinal.');
  if (coded.syscall) return error;
  return new AppError('validation_failed', 'The upload could not be read. Send multipart/form-data with the fields title, isFinal and file.', { errors: [{ field: 'body', message: 'Not a readable multipart form.' }] });
}

/**
 * Reads a multipart upload before validation: the file is streamed to a temporary file while it is hashed (never held in
 * memory), and the text fields become the body that CreateDeliverableBody then checks like any JSON body.
 */
async function receiveUpload(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) return;
  const store = storeOf(request.server.deps);
  const fields: Record<string, unknown> = {};
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 10, fieldSize: 100_000, parts: 11 } })) {
      if (part.type === 'file') {
        // A plain HTML form sends an empty, nameless file when none was chosen: that is no file at all.
        if (part.filename === '') {
          part.file.resume();
          continue;
        }
        if (part.fieldname !== 'file') {
          part.file.resume();
          throw invalidField(part.fieldname, 'Send the file in the field named "file".');
        }
        const received = await store.receive(part.file, MAX_FILE_BYTES);
        request.deliverableUpload = { received, fileName: cleanFileName(part.filename), mediaType: cleanMediaType(part.mimetype) };
      } else {
        const value = String(part.value);
        if (value.includes('\u0000')) throw invalidField(part.fieldname, 'Remove the NUL character (\\u0000); text cannot contain it.');
        fields[part.fieldname] = part.fieldname === 'isFinal' ? formBoolean(value) : value;
      }
    }
  } catch (error) {
    if (request.deliverableUpload) await store.discard(request.deliverableUpload.received);
    request.deliverableUpload = null;
    throw uploadProblem(error);
  }
  request.body = fields;
}

/** Content-Disposition for any file name: an ASCII fallback, and the exact name in UTF-8 for browsers that read it (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** Always a download (never shown inline), so an uploaded page or script cannot run under Sana's address. */
export function sendFile(reply: FastifyReply, file: DeliverableFile): FastifyReply {
  return reply
    .type(file.mediaType)
    .header('content-disposition', attachmentHeader(file.fileName))
    .header('content-length', String(file.sizeBytes))
    .header('cache-control', 'private, no-store')
    .send(file.stream);
}

export async function deliverableRoutes(api: Api): Promise<void> {
  api.get(
    '/agreements/:id/deliverables',
    { schema: { tags, summary: "A contract's deliverables: each one visible, held until paid (and what it waits for) or released", params: AgreementIdParams, response: { 200: DeliverableList, 401: Problem, 404: Problem } } },
    async (request) => listDeliverables({ ctx: workspaceContextOf(request), agreementId: request.params.id }),
  );

  // The upload route has the multipart reader to itself: every other route still takes JSON only.
  await api.register(async (scope) => {
    await scope.register(fastifyMultipart, { throwFileSizeLimit: true, limits: { fileSize: MAX_FILE_BYTES } });
    scope.decorateRequest('deliverableUpload', null);
    const typed = scope.withTypeProvider<ZodTypeProvider>();
    typed.post(
      '/agreements/:id/deliverables',
      {
        preValidation: receiveUpload,
        // A refused upload leaves no temporary file; an accepted one was already moved into the store.
        onResponse: async (request) => {
          if (request.deliverableUpload) await storeOf(request.server.deps).discard(request.deliverableUpload.received);
        },
        schema: {
          tags,
          summary:
            'Add a deliverable to a contract the client has received: a file (multipart/form-data: file, title, isFinal; at most 100 MB) or a link (JSON: title, url, isFinal). ' +
            'Final work is held in the portal until the contract is paid; the client is emailed either way.',
          consumes: ['application/json', 'multipart/form-data'],
          params: AgreementIdParams,
          body: CreateDeliverableBody,
          response: { 201: Deliverable, 400: Problem, 401: Problem, 404: Problem, 409: Problem, 413: Problem },
        },
      },
      async (request, reply) => {
        const deliverable = await addDeliverable({ ctx: workspaceContextOf(request), agreementId: request.params.id, input: request.body, file: request.deliverableUpload ?? undefined });
        return reply.code(201).send(deliverable);
      },
    );
  });

  api.get(
    '/deliverables/:id/file',
    { schema: { tags, summary: 'Download the file of a deliverable, with its name and media type', params: DeliverableIdParams, produces: ['application/octet-stream'], response: { 401: Problem, 404: Problem } } },
    async (request, reply) => sendFile(reply, await getDeliverableFile({ ctx: workspaceContextOf(request), deliverableId: request.params.id })),
  );

  api.post(
    '/deliverables/:id/release',
    { schema: { tags, summary: 'Release held final work now, without waiting for payment; the client is emailed that their files are ready', params: DeliverableIdParams, response: { 200: Deliverable, 401: Problem, 404: Problem, 409: Problem } } },
    async (request) => releaseDeliverable({ ctx: workspaceContextOf(request), deliverableId: request.params.id }),
  );

  api.delete(
    '/deliverables/:id',
    { schema: { tags, summary: 'Delete a deliverable (its file goes too, unless another deliverable has the same bytes)', params: DeliverableIdParams, response: { 204: z.undefined(), 401: Problem, 404: Problem } } },
    async (request, reply) => {
      await deleteDeliverable({ ctx: workspaceContextOf(request), deliverableId: request.params.id });
      return reply.code(204).send();
    },
  );
}
