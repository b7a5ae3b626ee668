// Proposals and contracts for the freelancer: drafts, sending, versions and their diff, signing, late client inputs,
// the audit trail and its verification, templates, settings and the pricing helper.
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import {
  Agreement,
  AgreementIdParams,
  AgreementListQuery,
  AgreementPage,
  AgreementSettingsView,
  AgreementTemplate,
  AgreementTemplateList,
  AgreementVersionList,
  AuditTrail,
  CreateAgreementBody,
  CreateTemplateBody,
  CreateVersionBody,
  DiffQuery,
  PricingBody,
  PricingQuote,
  RecordClientInputBody,
  SaveAgreementSettingsBody,
  ShiftResult,
  SignBody,
  TemplateIdParams,
  UpdateAgreementBody,
  UpdateTemplateBody,
  Verification,
  VersionDiff,
} from '../../schemas/agreements.ts';
import { Problem } from '../../schemas/common.ts';
import { getAgreementSettings, saveAgreementSettings } from '../../use-cases/agreement-settings.ts';
import { createAgreement } from '../../use-cases/create-agreement.ts';
import { createAgreementVersion } from '../../use-cases/create-agreement-version.ts';
import { deleteAgreement } from '../../use-cases/delete-agreement.ts';
import { diffAgreementVersions } from '../../use-cases/diff-agreement-versions.ts';
import { getAgreement } from '../../use-cases/get-agreement.ts';
import { listAgreementAudit } from '../../use-cases/list-agreement-audit.ts';
import { listAgreementVersions } from '../../use-cases/list-agreement-versions.ts';
import { listAgreements } from '../../use-cases/list-agreements.ts';
import { createAgreementTemplate, deleteAgreementTemplate, getAgreementTemplate, listAgreementTemplates, updateAgreementTemplate } from '../../use-cases/manage-agreement-templates.ts';
import { quoteAgreementPrice } from '../../use-cases/quote-agreement-price.ts';
import { recordClientInput } from '../../use-cases/record-client-input.ts';
import { renderAgreementPdf } from '../../use-cases/render-agreement-pdf.ts';
import { sendAgreement } from '../../use-cases/send-agreement.ts';
import { signAgreement, type Origin } from '../../use-cases/sign-agreement.ts';
import { updateAgreement } from '../../use-cases/update-agreement.ts';
import { verifyAgreement } from '../../use-cases/verify-agreement.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

const tags = ['agreements'];

/** Where a signature or an opening came from, as the audit trail records it. */
export function originOf(request: FastifyRequest): Origin {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip || null, userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 1000) : null };
}

export async function agreementRoutes(api: Api): Promise<void> {
  api.get('/agreements', { schema: { tags, summary: 'Proposals and contracts, newest change first (filter by clientId, kind, status)', querystring: AgreementListQuery, response: { 200: AgreementPage, 400: Problem, 401: Problem } } }, async (request) =>
    listAgreements({ ctx: workspaceContextOf(request), query: request.query }),
  );

  api.post(
    '/agreements',
    { schema: { tags, summary: "Start a draft proposal or contract for a client, from a template or blank (in the client's currency)", body: CreateAgreementBody, response: { 201: Agreement, 400: Problem, 401: Problem } } },
    async (request, reply) => {
      const agreement = await createAgreement({ ctx: workspaceContextOf(request), input: request.body });
      return reply.code(201).header('location', `/api/v1/agreements/${agreement.id}`).send(agreement);
    },
  );

  api.get('/agreements/:id', { schema: { tags, summary: 'One agreement: document, checks, resolved deadlines, versions, comments, signatures', params: AgreementIdParams, response: { 200: Agreement, 401: Problem, 404: Problem } } }, async (request) =>
    getAgreement({ ctx: workspaceContextOf(request), agreementId: request.params.id }),
  );

  api.patch(
    '/agreements/:id',
    { schema: { tags, summary: 'Edit a draft in place (send the version you read); once sent, make a new version instead', params: AgreementIdParams, body: UpdateAgreementBody, response: { 200: Agreement, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request) => updateAgreement({ ctx: workspaceContextOf(request), agreementId: request.params.id, input: request.body }),
  );

  api.delete('/agreements/:id', { schema: { tags, summary: 'Delete a draft (a sent agreement is kept as evidence)', params: AgreementIdParams, response: { 204: z.undefined(), 401: Problem, 404: Problem, 409: Problem } } }, async (request, reply) => {
    await deleteAgreement({ ctx: workspaceContextOf(request), agreementId: request.params.id });
    return reply.code(204).send();
  });

  api.post(
    '/agreements/:id/send',
    { schema: { tags, summary: "Send a draft: emails the client a portal link, in the client's language (422 when the client has no email)", params: AgreementIdParams, response: { 200: Agreement, 401: Problem, 404: Problem, 409: Problem, 422: Problem } } },
    async (request) => sendAgreement({ ctx: workspaceContextOf(request), agreementId: request.params.id }),
  );

  api.post(
    '/agreements/:id/versions',
    { schema: { tags, summary: 'Make a new version of a sent agreement (the client is emailed; earlier versions stay)', params: AgreementIdParams, body: CreateVersionBody, response: { 201: Agreement, 400: Problem, 401: Problem, 404: Problem, 409: Problem, 422: Problem } } },
    async (request, reply) => reply.code(201).send(await createAgreementVersion({ ctx: workspaceContextOf(request), agreementId: request.params.id, input: request.body })),
  );

  api.get('/agreements/:id/versions', { schema: { tags, summary: 'Every version with its document and SHA-256, oldest first', params: AgreementIdParams, response: { 200: AgreementVersionList, 401: Problem, 404: Problem } } }, async (request) =>
    listAgreementVersions({ ctx: workspaceContextOf(request), agreementId: request.params.id }),
  );

  api.get('/agreements/:id/diff', { schema: { tags, summary: 'What changed between two versions (?from=1&to=2), path by path', params: AgreementIdParams, querystring: DiffQuery, response: { 200: VersionDiff, 400: Problem, 401: Problem, 404: Problem } } }, async (request) =>
    diffAgreementVersions({ ctx: workspaceContextOf(request), agreementId: request.params.id, from: request.query.from, to: request.query.to }),
  );

  api.get(
    '/agreements/:id/pdf',
    { schema: { tags, summary: "The agreement as a PDF in the client's language (five parts, signatures; a certificate page once signed)", params: AgreementIdParams, produces: ['application/pdf'] } },
    async (request, reply) => {
      const { pdf, fileName } = await renderAgreementPdf({ ctx: workspaceContextOf(request), agreementId: request.params.id });
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName}"`).send(pdf);
    },
  );

  api.get('/agreements/:id/audit', { schema: { tags, summary: 'The audit trail: every event with UTC time, IP, user agent, content hash and chain hashes', params: AgreementIdParams, response: { 200: AuditTrail, 401: Problem, 404: Problem } } }, async (request) =>
    listAgreementAudit({ ctx: workspaceContextOf(request), agreementId: request.params.id }),
  );

  api.get('/agreements/:id/verify', { schema: { tags, summary: 'Recompute the audit chain and document hashes: says whether anything was changed', params: AgreementIdParams, response: { 200: Verification, 401: Problem, 404: Problem } } }, async (request) =>
    verifyAgreement({ ctx: workspaceContextOf(request), agreementId: request.params.id }),
  );

  api.post(
    '/agreements/:id/sign',
    { schema: { tags, summary: 'The freelancer signs a contract (typed name, consent, optional drawn signature); signed once both have', params: AgreementIdParams, body: SignBody, response: { 200: Agreement, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request) => signAgreement({ ctx: workspaceContextOf(request), agreementId: request.params.id, input: request.body, origin: originOf(request) }),
  );

  api.post(
    '/agreements/:id/client-inputs',
    { schema: { tags, summary: 'Record when a client input arrived: milestones hanging on a late one move, both parties are emailed', params: AgreementIdParams, body: RecordClientInputBody, response: { 200: ShiftResult, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request) => recordClientInput({ ctx: workspaceContextOf(request), agreementId: request.params.id, input: request.body }),
  );

  api.get('/agreement-templates', { schema: { tags, summary: 'Starter templates (English and Spanish, per role) and your own', response: { 200: AgreementTemplateList, 401: Problem } } }, async (request) =>
    listAgreementTemplates({ ctx: workspaceContextOf(request) }),
  );

  api.post('/agreement-templates', { schema: { tags, summary: 'Save your own template', body: CreateTemplateBody, response: { 201: AgreementTemplate, 400: Problem, 401: Problem } } }, async (request, reply) =>
    reply.code(201).send(await createAgreementTemplate({ ctx: workspaceContextOf(request), input: request.body })),
  );

  api.get('/agreement-templates/:id', { schema: { tags, summary: 'One template (starter or your own)', params: TemplateIdParams, response: { 200: AgreementTemplate, 400: Problem, 401: Problem, 404: Problem } } }, async (request) =>
    getAgreementTemplate({ ctx: workspaceContextOf(request), templateId: request.params.id }),
  );

  api.patch(
    '/agreement-templates/:id',
    { schema: { tags, summary: 'Edit your own template (send the version you read); starter templates are read-only', params: TemplateIdParams, body: UpdateTemplateBody, response: { 200: AgreementTemplate, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request) => updateAgreementTemplate({ ctx: workspaceContextOf(request), templateId: request.params.id, input: request.body }),
  );

  api.delete('/agreement-templates/:id', { schema: { tags, summary: 'Delete your own template', params: TemplateIdParams, response: { 204: z.undefined(), 400: Problem, 401: Problem, 404: Problem, 409: Problem } } }, async (request, reply) => {
    await deleteAgreementTemplate({ ctx: workspaceContextOf(request), templateId: request.params.id });
    return reply.code(204).send();
  });

  api.get('/settings/agreements', { schema: { tags, summary: 'Signing order and renegotiation reminder (defaults until saved)', response: { 200: AgreementSettingsView, 401: Problem } } }, async (request) =>
    getAgreementSettings({ ctx: workspaceContextOf(request) }),
  );

  api.put(
    '/settings/agreements',
    { schema: { tags, summary: 'Save the signing order and the renegotiation reminder (send the version you read)', body: SaveAgreementSettingsBody, response: { 200: AgreementSettingsView, 400: Problem, 401: Problem, 409: Problem } } },
    async (request) => saveAgreementSettings({ ctx: workspaceContextOf(request), settings: request.body.settings, version: request.body.version }),
  );

  api.post('/agreement-pricing', { schema: { tags, summary: 'The pricing helper: what to quote so the tax reserve and a buffer are covered', body: PricingBody, response: { 200: PricingQuote, 400: Problem, 401: Problem } } }, async (request) =>
    quoteAgreementPrice({ input: request.body }),
  );
}
