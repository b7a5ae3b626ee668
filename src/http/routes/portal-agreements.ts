// The client's side of proposals and contracts, behind their portal link: read, comment, accept or decline, sign.
import { PortalAcceptBody, PortalAcceptResult, PortalAgreement, PortalAgreementList, PortalAgreementParams, PortalCommentBody, PortalDeclineBody, SignBody } from '../../schemas/agreements.ts';
import { Problem } from '../../schemas/common.ts';
import { PortalParams } from '../../schemas/portal.ts';
import { acceptProposal } from '../../use-cases/accept-proposal.ts';
import { commentOnAgreement } from '../../use-cases/comment-on-agreement.ts';
import { declineAgreement } from '../../use-cases/decline-agreement.ts';
import { renderPortalAgreementPdf } from '../../use-cases/render-agreement-pdf.ts';
import { signAgreementInPortal } from '../../use-cases/sign-agreement.ts';
import { listPortalAgreements, viewPortalAgreement } from '../../use-cases/view-portal-agreement.ts';
import type { Api } from '../api-type.ts';
import { originOf } from './agreements.ts';
import { portalReadLimit, portalWriteLimit } from './portal.ts';

const tags = ['portal'];
const errors = { 400: Problem, 404: Problem, 409: Problem, 429: Problem };

export async function portalAgreementRoutes(api: Api): Promise<void> {
  api.get('/portal/:token/agreements', { config: portalReadLimit, schema: { tags, summary: 'Public: the proposals and contracts sent to this client', security: [], params: PortalParams, response: { 200: PortalAgreementList, ...errors } } }, async (request) =>
    listPortalAgreements({ deps: api.deps, token: request.params.token }),
  );

  api.get(
    '/portal/:token/agreements/:agreementId',
    { config: portalReadLimit, schema: { tags, summary: "Public: read a proposal or contract in the client's language (records the opening: time, IP, user agent)", security: [], params: PortalAgreementParams, response: { 200: PortalAgreement, ...errors } } },
    async (request) => viewPortalAgreement({ deps: api.deps, token: request.params.token, agreementId: request.params.agreementId, origin: originOf(request) }),
  );

  api.get(
    '/portal/:token/agreements/:agreementId/pdf',
    { config: portalReadLimit, schema: { tags, summary: "Public: download a proposal or contract as a PDF in the client's language (a certificate page once signed)", security: [], params: PortalAgreementParams, produces: ['application/pdf'] } },
    async (request, reply) => {
      const { pdf, fileName } = await renderPortalAgreementPdf({ deps: api.deps, token: request.params.token, agreementId: request.params.agreementId });
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName}"`).send(pdf);
    },
  );

  api.post(
    '/portal/:token/agreements/:agreementId/comments',
    { config: portalWriteLimit, schema: { tags, summary: 'Public: comment on an open proposal or contract', security: [], params: PortalAgreementParams, body: PortalCommentBody, response: { 201: PortalAgreement, ...errors } } },
    async (request, reply) => reply.code(201).send(await commentOnAgreement({ deps: api.deps, token: request.params.token, agreementId: request.params.agreementId, body: request.body.body, origin: originOf(request) })),
  );

  api.post(
    '/portal/:token/agreements/:agreementId/accept',
    { config: portalWriteLimit, schema: { tags, summary: 'Public: accept the current version of a proposal (not after its offer date); makes the contract', security: [], params: PortalAgreementParams, body: PortalAcceptBody, response: { 200: PortalAcceptResult, ...errors } } },
    async (request) => acceptProposal({ deps: api.deps, token: request.params.token, agreementId: request.params.agreementId, version: request.body.version, origin: originOf(request) }),
  );

  api.post(
    '/portal/:token/agreements/:agreementId/decline',
    { config: portalWriteLimit, schema: { tags, summary: 'Public: decline a proposal, optionally saying why', security: [], params: PortalAgreementParams, body: PortalDeclineBody, response: { 200: PortalAgreement, ...errors } } },
    async (request) => declineAgreement({ deps: api.deps, token: request.params.token, agreementId: request.params.agreementId, reason: request.body.reason, origin: originOf(request) }),
  );

  api.post(
    '/portal/:token/agreements/:agreementId/sign',
    { config: portalWriteLimit, schema: { tags, summary: 'Public: sign a contract (typed full name, consent box, optional drawn signature as a PNG data URL)', security: [], params: PortalAgreementParams, body: SignBody, response: { 200: PortalAgreement, ...errors } } },
    async (request) => signAgreementInPortal({ deps: api.deps, token: request.params.token, agreementId: request.params.agreementId, input: request.body, origin: originOf(request) }),
  );
}
