// The agreement routes' rows for the route-walking tests (bad-input.test.ts and isolation.test.ts), kept here so those
// shared tables only spread them in.
import { expect } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expectProblem } from '../../../tests/support/problem.ts';

type Requester = { request(options: InjectOptions): Promise<LightMyRequestResponse> };

export type AgreementIds = {
  /** The target client, for whom drafts are made. */
  agreementClientId: string;
  /** A draft proposal (from the writer template) to edit, and one to record client inputs on. */
  draftAgreementId: string;
  inputAgreementId: string;
  /** For the reachable client (who has an email): a sent proposal, one to accept, one to decline, a sent contract; and a portal token. */
  sentAgreementId: string;
  acceptProposalId: string;
  declineProposalId: string;
  contractId: string;
  portalContractId: string;
  agreementPortalToken: string;
  ownTemplateId: string;
};

const longText = (n: number) => 'x'.repeat(n);
const minimalDocument = { cost: { currency: 'EUR' } };

/** Makes every agreement the tables below need, for the target client (drafts) and the reachable one (sent). */
export async function agreementIds(owner: Requester, clientId: string, reachableClientId: string): Promise<AgreementIds> {
  const create = async (payload: Record<string, unknown>) => {
    const response = await owner.request({ method: 'POST', url: '/api/v1/agreements', payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const send = async (id: string) => expect((await owner.request({ method: 'POST', url: `/api/v1/agreements/${id}/send` })).statusCode).toBe(200);
  const sent = async (payload: Record<string, unknown>) => {
    const id = await create({ clientId: reachableClientId, templateId: 'starter-writer-en', ...payload });
    await send(id);
    return id;
  };
  const portal = (await owner.request({ method: 'POST', url: `/api/v1/clients/${reachableClientId}/portal-links` })).json() as { url: string };
  const template = await owner.request({ method: 'POST', url: '/api/v1/agreement-templates', payload: { name: 'Mine', language: 'en', document: minimalDocument } });
  return {
    agreementClientId: clientId,
    draftAgreementId: await create({ clientId, templateId: 'starter-writer-en' }),
    inputAgreementId: await create({ clientId, templateId: 'starter-writer-en' }),
    sentAgreementId: await sent({}),
    acceptProposalId: await sent({}),
    declineProposalId: await sent({}),
    contractId: await sent({ kind: 'contract' }),
    portalContractId: await sent({ kind: 'contract' }),
    agreementPortalToken: portal.url.split('/').pop()!,
    ownTemplateId: template.json().id,
  };
}

type BodyRoute = { url: (ids: AgreementIds) => string; body: Record<string, unknown> | ((ids: AgreementIds) => Record<string, unknown>); requiredField: string; isPublic?: boolean };

export const agreementBodyRoutes: Record<string, BodyRoute> = {
  'POST /api/v1/agreements': { url: () => '/api/v1/agreements', body: (ids) => ({ clientId: ids.agreementClientId, templateId: 'starter-designer-en' }), requiredField: 'clientId' },
  'PATCH /api/v1/agreements/:id': { url: (ids) => `/api/v1/agreements/${ids.draftAgreementId}`, body: { version: 1, document: minimalDocument }, requiredField: 'version' },
  'POST /api/v1/agreements/:id/versions': { url: (ids) => `/api/v1/agreements/${ids.sentAgreementId}`.concat('/versions'), body: { document: minimalDocument, note: 'Shorter.' }, requiredField: 'document' },
  'POST /api/v1/agreements/:id/sign': { url: (ids) => `/api/v1/agreements/${ids.contractId}/sign`, body: { version: 1, fullName: 'Owner Person', hasConsented: true }, requiredField: 'fullName' },
  'POST /api/v1/agreements/:id/client-inputs': { url: (ids) => `/api/v1/agreements/${ids.inputAgreementId}/client-inputs`, body: { inputId: 'interview', receivedOn: '2027-03-01' }, requiredField: 'inputId' },
  'POST /api/v1/agreement-templates': { url: () => '/api/v1/agreement-templates', body: { name: 'Retainer', language: 'es', document: minimalDocument }, requiredField: 'name' },
  'PATCH /api/v1/agreement-templates/:id': { url: (ids) => `/api/v1/agreement-templates/${ids.ownTemplateId}`, body: { version: 1, name: 'Renamed' }, requiredField: 'version' },
  'PUT /api/v1/settings/agreements': { url: () => '/api/v1/settings/agreements', body: { settings: { signingOrder: 'either', renegotiationReminderDays: 30 }, version: 0 }, requiredField: 'settings' },
  'POST /api/v1/agreement-pricing': { url: () => '/api/v1/agreement-pricing', body: { baseAmount: 100_000, taxReservePercent: 25, contingencyPercent: 20 }, requiredField: 'baseAmount' },
  'POST /api/v1/portal/:token/agreements/:agreementId/comments': { url: (ids) => `/api/v1/portal/${ids.agreementPortalToken}/agreements/${ids.sentAgreementId}/comments`, body: { body: 'Could we start a week later?' }, requiredField: 'body', isPublic: true },
  'POST /api/v1/portal/:token/agreements/:agreementId/accept': { url: (ids) => `/api/v1/portal/${ids.agreementPortalToken}/agreements/${ids.acceptProposalId}/accept`, body: { version: 1 }, requiredField: 'version', isPublic: true },
  'POST /api/v1/portal/:token/agreements/:agreementId/decline': { url: (ids) => `/api/v1/portal/${ids.agreementPortalToken}/agreements/${ids.declineProposalId}/decline`, body: { reason: 'Not this year.' }, requiredField: 'reason', isPublic: true },
  'POST /api/v1/portal/:token/agreements/:agreementId/sign': { url: (ids) => `/api/v1/portal/${ids.agreementPortalToken}/agreements/${ids.portalContractId}/sign`, body: { version: 1, fullName: 'Ria Reachable', hasConsented: true }, requiredField: 'fullName', isPublic: true },
};

const loop = { cost: { currency: 'EUR' }, when: { milestones: [{ id: 'a', title: 'A', owner: 'freelancer', due: { kind: 'after_milestone', milestoneId: 'b', days: 1 } }, { id: 'b', title: 'B', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'a', days: 1 } }] } };

export const agreementFieldCases = [
  { route: 'POST /api/v1/agreements', name: 'an unknown kind', patch: { kind: 'quote' }, field: 'kind' },
  { route: 'POST /api/v1/agreements', name: 'a template that does not exist', patch: { templateId: 'starter-poet-en' }, field: 'templateId' },
  { route: 'POST /api/v1/agreements', name: 'a client of nobody', patch: { clientId: '00000000-0000-4000-8000-000000000000' }, field: 'clientId' },
  { route: 'POST /api/v1/agreements', name: 'a 13-month term', patch: { document: { cost: { termMonths: 13 } } }, field: 'document.cost.termMonths' },
  { route: 'POST /api/v1/agreements', name: 'deadlines that wait on each other', patch: { document: loop }, field: 'document.when.milestones.0.due' },
  { route: 'PATCH /api/v1/agreements/:id', name: 'a fractional amount', patch: { document: { cost: { currency: 'EUR', amount: 10.5 } } }, field: 'document.cost.amount' },
  { route: 'PATCH /api/v1/agreements/:id', name: 'a document without a currency', patch: { document: {} }, field: 'document.cost' },
  { route: 'PATCH /api/v1/agreements/:id', name: 'a rule naming a missing input', patch: { document: { cost: { currency: 'EUR' }, when: { milestones: [{ id: 'a', title: 'A', owner: 'freelancer', due: { kind: 'after_input', inputId: 'ghost', days: 1 } }] } } }, field: 'document.when.milestones.0.due.inputId' },
  { route: 'PATCH /api/v1/agreements/:id', name: 'February 30th as the offer date', patch: { document: { cost: { currency: 'EUR' }, terms: { offerExpiresOn: '2027-02-30' } } }, field: 'document.terms.offerExpiresOn' },
  { route: 'POST /api/v1/agreements/:id/versions', name: 'a 2,001-character note', patch: { note: longText(2001) }, field: 'note' },
  { route: 'POST /api/v1/agreements/:id/versions', name: 'a deposit over 100%', patch: { document: { cost: { currency: 'EUR', depositPercent: 120 } } }, field: 'document.cost.depositPercent' },
  { route: 'POST /api/v1/agreements/:id/sign', name: 'no consent', patch: { hasConsented: false }, field: 'hasConsented' },
  { route: 'POST /api/v1/agreements/:id/sign', name: 'an SVG signature', patch: { drawnSignature: 'data:image/svg+xml;base64,PHN2Zz4=' }, field: 'drawnSignature' },
  { route: 'POST /api/v1/agreements/:id/client-inputs', name: 'February 30th', patch: { receivedOn: '2027-02-30' }, field: 'receivedOn' },
  { route: 'POST /api/v1/agreements/:id/client-inputs', name: 'an input the agreement does not have', patch: { inputId: 'nope' }, field: 'inputId' },
  { route: 'POST /api/v1/agreements/:id/client-inputs', name: 'an arrival in the future', patch: { receivedOn: '2030-01-01' }, field: 'receivedOn' },
  { route: 'POST /api/v1/agreement-templates', name: 'an unsupported language', patch: { language: 'fr' }, field: 'language' },
  { route: 'PATCH /api/v1/agreement-templates/:id', name: 'a blank name', patch: { name: '  ' }, field: 'name' },
  { route: 'PUT /api/v1/settings/agreements', name: 'an unknown signing order', patch: { settings: { signingOrder: 'whoever', renegotiationReminderDays: 30 } }, field: 'settings.signingOrder' },
  { route: 'PUT /api/v1/settings/agreements', name: 'a reminder 0 days before', patch: { settings: { signingOrder: 'either', renegotiationReminderDays: 0 } }, field: 'settings.renegotiationReminderDays' },
  { route: 'POST /api/v1/agreement-pricing', name: 'a fraction of a cent', patch: { baseAmount: 10.5 }, field: 'baseAmount' },
  { route: 'POST /api/v1/agreement-pricing', name: 'a 95% tax reserve', patch: { taxReservePercent: 95 }, field: 'taxReservePercent' },
  { route: 'POST /api/v1/portal/:token/agreements/:agreementId/comments', name: 'a blank comment', patch: { body: ' ' }, field: 'body' },
  { route: 'POST /api/v1/portal/:token/agreements/:agreementId/accept', name: 'version 0', patch: { version: 0 }, field: 'version' },
  { route: 'POST /api/v1/portal/:token/agreements/:agreementId/decline', name: 'a 2,001-character reason', patch: { reason: longText(2001) }, field: 'reason' },
  { route: 'POST /api/v1/portal/:token/agreements/:agreementId/sign', name: 'no consent', patch: { hasConsented: 'yes' }, field: 'hasConsented' },
  { route: 'POST /api/v1/portal/:token/agreements/:agreementId/sign', name: 'a drawn signature over the size limit', patch: { drawnSignature: `data:image/png;base64,${'A'.repeat(150_000)}` }, field: 'drawnSignature' },
];

const agreementBody = { version: 1, document: minimalDocument };
export const agreementIdRoutes: [string, Record<string, unknown> | undefined][] = [
  ['GET /api/v1/agreements/:id', undefined],
  ['PATCH /api/v1/agreements/:id', agreementBody],
  ['DELETE /api/v1/agreements/:id', undefined],
  ['POST /api/v1/agreements/:id/send', undefined],
  ['POST /api/v1/agreements/:id/versions', { document: minimalDocument }],
  ['GET /api/v1/agreements/:id/versions', undefined],
  ['GET /api/v1/agreements/:id/diff', undefined],
  ['GET /api/v1/agreements/:id/audit', undefined],
  ['GET /api/v1/agreements/:id/verify', undefined],
  ['GET /api/v1/agreements/:id/pdf', undefined],
  ['POST /api/v1/agreements/:id/sign', { version: 1, fullName: 'Owner Person', hasConsented: true }],
  ['POST /api/v1/agreements/:id/client-inputs', { inputId: 'interview', receivedOn: '2027-03-01' }],
  ['GET /api/v1/agreement-templates/:id', undefined],
  ['PATCH /api/v1/agreement-templates/:id', { version: 1, name: 'x' }],
  ['DELETE /api/v1/agreement-templates/:id', undefined],
];

export const agreementTokenRoutes: [string, Record<string, unknown> | undefined][] = [
  ['GET /api/v1/portal/:token/agreements', undefined],
  ['GET /api/v1/portal/:token/agreements/:agreementId', undefined],
  ['GET /api/v1/portal/:token/agreements/:agreementId/pdf', undefined],
  ['POST /api/v1/portal/:token/agreements/:agreementId/comments', { body: 'Hello' }],
  ['POST /api/v1/portal/:token/agreements/:agreementId/accept', { version: 1 }],
  ['POST /api/v1/portal/:token/agreements/:agreementId/decline', { reason: '' }],
  ['POST /api/v1/portal/:token/agreements/:agreementId/sign', { version: 1, fullName: 'Ria Reachable', hasConsented: true }],
];

// Workspace isolation: A aims every closed agreement route at B's agreement and template.
export type AgreementWorld = { a: Requester; b: Requester; bClientId: string; bAgreementId: string; bTemplateId: string };
type Caller = Requester & { name: string };

/** B's agreement data: a draft proposal, an own template, and a 77-day renegotiation reminder. */
export async function agreementsInWorkspaceB(b: Requester, bClientId: string): Promise<Pick<AgreementWorld, 'bAgreementId' | 'bTemplateId'>> {
  const agreement = await b.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId: bClientId, templateId: 'starter-writer-en' } });
  expect(agreement.statusCode, agreement.body).toBe(201);
  const template = await b.request({ method: 'POST', url: '/api/v1/agreement-templates', payload: { name: 'Bravo template', language: 'en', document: minimalDocument } });
  expect(template.statusCode, template.body).toBe(201);
  expect((await b.request({ method: 'PUT', url: '/api/v1/settings/agreements', payload: { settings: { signingOrder: 'client_first', renegotiationReminderDays: 77 }, version: 0 } })).statusCode).toBe(200);
  return { bAgreementId: agreement.json().id, bTemplateId: template.json().id };
}

const notFound = (response: LightMyRequestResponse): void => {
  expectProblem(response, 404, { code: 'not_found' });
};
const sign = { version: 1, fullName: 'Mallory Hijack', hasConsented: true };

export const agreementIsolationChecks: Record<string, (caller: Caller, world: AgreementWorld) => Promise<void>> = {
  'GET /api/v1/agreements': async (caller, { bAgreementId }) => {
    const response = await caller.request({ method: 'GET', url: '/api/v1/agreements?limit=200' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(bAgreementId);
  },
  'POST /api/v1/agreements': async (caller, { bClientId }) => {
    expectProblem(await caller.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId: bClientId } }), 400, { field: 'clientId' });
  },
  'GET /api/v1/agreements/:id': async (caller, { bAgreementId }) => notFound(await caller.request({ method: 'GET', url: `/api/v1/agreements/${bAgreementId}` })),
  'PATCH /api/v1/agreements/:id': async (caller, { b, bAgreementId }) => {
    notFound(await caller.request({ method: 'PATCH', url: `/api/v1/agreements/${bAgreementId}`, payload: { version: 1, document: minimalDocument } }));
    expect((await b.request({ method: 'GET', url: `/api/v1/agreements/${bAgreementId}` })).json()).toMatchObject({ version: 1, title: 'Weekly blog posts' });
  },
  'DELETE /api/v1/agreements/:id': async (caller, { b, bAgreementId }) => {
    notFound(await caller.request({ method: 'DELETE', url: `/api/v1/agreements/${bAgreementId}` }));
    expect((await b.request({ method: 'GET', url: `/api/v1/agreements/${bAgreementId}` })).statusCode).toBe(200);
  },
  'POST /api/v1/agreements/:id/send': async (caller, { b, bAgreementId }) => {
    notFound(await caller.request({ method: 'POST', url: `/api/v1/agreements/${bAgreementId}/send` }));
    expect((await b.request({ method: 'GET', url: `/api/v1/agreements/${bAgreementId}` })).json().status).toBe('draft');
  },
  'POST /api/v1/agreements/:id/versions': async (caller, { bAgreementId }) => notFound(await caller.request({ method: 'POST', url: `/api/v1/agreements/${bAgreementId}/versions`, payload: { document: minimalDocument } })),
  'GET /api/v1/agreements/:id/versions': async (caller, { bAgreementId }) => notFound(await caller.request({ method: 'GET', url: `/api/v1/agreements/${bAgreementId}/versions` })),
  'GET /api/v1/agreements/:id/diff': async (caller, { bAgreementId }) => notFound(await caller.request({ method: 'GET', url: `/api/v1/agreements/${bAgreementId}/diff?from=1&to=1` })),
  'GET /api/v1/agreements/:id/audit': async (caller, { bAgreementId }) => notFound(await caller.request({ method: 'GET', url: `/api/v1/agreements/${bAgreementId}/audit` })),
  'GET /api/v1/agreements/:id/verify': async (caller, { bAgreementId }) => notFound(await caller.request({ method: 'GET', url: `/api/v1/agreements/${bAgreementId}/verify` })),
  'GET /api/v1/agreements/:id/pdf': async (caller, { bAgreementId }) => notFound(await caller.request({ method: 'GET', url: `/api/v1/agreements/${bAgreementId}/pdf` })),
  'POST /api/v1/agreements/:id/sign': async (caller, { bAgreementId }) => notFound(await caller.request({ method: 'POST', url: `/api/v1/agreements/${bAgreementId}/sign`, payload: sign })),
  'POST /api/v1/agreements/:id/client-inputs': async (caller, { b, bAgreementId }) => {
    notFound(await caller.request({ method: 'POST', url: `/api/v1/agreements/${bAgreementId}/client-inputs`, payload: { inputId: 'interview', receivedOn: '2027-03-01' } }));
    expect((await b.request({ method: 'GET', url: `/api/v1/agreements/${bAgreementId}` })).json().inputReceipts).toEqual({});
  },
  'GET /api/v1/agreement-templates': async (caller, { bTemplateId }) => {
    const response = await caller.request({ method: 'GET', url: '/api/v1/agreement-templates' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(bTemplateId);
  },
  'POST /api/v1/agreement-templates': async (caller, { b }) => {
    expect((await caller.request({ method: 'POST', url: '/api/v1/agreement-templates', payload: { name: `Made by ${caller.name}`, language: 'en', document: minimalDocument } })).statusCode).toBe(201);
    expect((await b.request({ method: 'GET', url: '/api/v1/agreement-templates' })).body).not.toContain(`Made by ${caller.name}`);
  },
  'GET /api/v1/agreement-templates/:id': async (caller, { bTemplateId }) => notFound(await caller.request({ method: 'GET', url: `/api/v1/agreement-templates/${bTemplateId}` })),
  'PATCH /api/v1/agreement-templates/:id': async (caller, { bTemplateId }) => notFound(await caller.request({ method: 'PATCH', url: `/api/v1/agreement-templates/${bTemplateId}`, payload: { version: 1, name: 'Hijacked' } })),
  'DELETE /api/v1/agreement-templates/:id': async (caller, { b, bTemplateId }) => {
    notFound(await caller.request({ method: 'DELETE', url: `/api/v1/agreement-templates/${bTemplateId}` }));
    expect((await b.request({ method: 'GET', url: `/api/v1/agreement-templates/${bTemplateId}` })).statusCode).toBe(200);
  },
  'GET /api/v1/settings/agreements': async (caller) => {
    expect((await caller.request({ method: 'GET', url: '/api/v1/settings/agreements' })).json().settings.renegotiationReminderDays).not.toBe(77);
  },
  'PUT /api/v1/settings/agreements': async (caller, { b }) => {
    const { version } = (await caller.request({ method: 'GET', url: '/api/v1/settings/agreements' })).json();
    expect((await caller.request({ method: 'PUT', url: '/api/v1/settings/agreements', payload: { settings: { signingOrder: 'either', renegotiationReminderDays: 10 }, version } })).statusCode).toBe(200);
    expect((await b.request({ method: 'GET', url: '/api/v1/settings/agreements' })).json().settings).toEqual({ signingOrder: 'client_first', renegotiationReminderDays: 77 });
  },
  'POST /api/v1/agreement-pricing': async (caller) => {
    expect((await caller.request({ method: 'POST', url: '/api/v1/agreement-pricing', payload: { baseAmount: 100, taxReservePercent: 0, contingencyPercent: 0 } })).json().quoteAmount).toBe(100);
  },
};
