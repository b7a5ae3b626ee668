// Money up front for the tests: a contract signed by both parties (the client in the portal), and the rows the
// route-walking tests (bad-input.test.ts and isolation.test.ts) spread in for the money-up-front routes.
import { expect } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expectProblem } from '../../../tests/support/problem.ts';

type Requester = { request(options: InjectOptions): Promise<LightMyRequestResponse> };

let clientAddress = 0;

/** A contract drafted from a template, sent, signed by the freelancer in the app and by the client in their portal. */
export async function signedContract(
  owner: Requester,
  inject: (options: InjectOptions) => Promise<LightMyRequestResponse>,
  options: {
    clientId: string;
    templateId?: string;
    /** Laid over the template (objects merge key by key). */
    document?: Record<string, unknown>;
    /** Replaces parts whole before sending (a late fee of another kind, say), where laying over would mix them. */
    edit?: (document: Record<string, unknown> & { cost: Record<string, unknown> }) => void;
    clientSignsFirst?: boolean;
  },
): Promise<{ agreementId: string; signed: LightMyRequestResponse }> {
  const { clientId, templateId = 'starter-designer-en', document = {}, edit, clientSignsFirst = false } = options;
  const created = await owner.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId, kind: 'contract', templateId, document } });
  expect(created.statusCode, created.body).toBe(201);
  const agreementId = created.json().id as string;
  if (edit) {
    const { document: current, version } = created.json();
    edit(current);
    const patched = await owner.request({ method: 'PATCH', url: `/api/v1/agreements/${agreementId}`, payload: { version, document: current } });
    expect(patched.statusCode, patched.body).toBe(200);
  }
  expect((await owner.request({ method: 'POST', url: `/api/v1/agreements/${agreementId}/send` })).statusCode).toBe(200);
  const link = (await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/portal-links` })).json() as { url: string };
  const token = link.url.split('/').pop()!;
  clientAddress += 1;
  const byClient = () =>
    inject({
      method: 'POST',
      url: `/api/v1/portal/${token}/agreements/${agreementId}/sign`,
      payload: { version: 1, fullName: 'Client Signer', hasConsented: true },
      remoteAddress: `198.51.100.${clientAddress % 250}`,
      headers: { 'user-agent': 'Mozilla/5.0 (Test)' },
    });
  const byFreelancer = () => owner.request({ method: 'POST', url: `/api/v1/agreements/${agreementId}/sign`, payload: { version: 1, fullName: 'Owner Person', hasConsented: true } });
  const first = await (clientSignsFirst ? byClient() : byFreelancer());
  expect(first.statusCode, first.body).toBe(200);
  const signed = await (clientSignsFirst ? byFreelancer() : byClient());
  return { agreementId, signed };
}

export type MoneyUpFrontIds = {
  /** A signed contract of the reachable client with its deposit issued and unpaid and every client input received. */
  readyContractId: string;
};

/** The reachable client (who has an email) gets a designer contract for 2,000.00: deposit issued, questionnaire received. */
export async function moneyUpFrontIds(owner: Requester, inject: (options: InjectOptions) => Promise<LightMyRequestResponse>, reachableClientId: string): Promise<MoneyUpFrontIds> {
  const { agreementId, signed } = await signedContract(owner, inject, { clientId: reachableClientId, document: { cost: { amount: 200_000 } } });
  expect(signed.statusCode, signed.body).toBe(200);
  const input = await owner.request({ method: 'POST', url: `/api/v1/agreements/${agreementId}/client-inputs`, payload: { inputId: 'questionnaire', receivedOn: '2027-03-01' } });
  expect(input.statusCode, input.body).toBe(200);
  expect((await owner.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/ready-to-start` })).json()).toMatchObject({ isReady: true });
  return { readyContractId: agreementId };
}

type BodyRoute = { url: (ids: MoneyUpFrontIds) => string; body: Record<string, unknown>; requiredField: string };

export const moneyUpFrontBodyRoutes: Record<string, BodyRoute> = {
  'POST /api/v1/agreements/:id/ready-to-start': {
    url: (ids) => `/api/v1/agreements/${ids.readyContractId}/ready-to-start`,
    body: { subject: 'Ready to start', body: 'Everything is in. [link to your portal]' },
    requiredField: 'body',
  },
};

const longText = (n: number) => 'x'.repeat(n);

export const moneyUpFrontFieldCases = [
  { route: 'POST /api/v1/agreements/:id/ready-to-start', name: 'a blank subject', patch: { subject: '   ' }, field: 'subject' },
  { route: 'POST /api/v1/agreements/:id/ready-to-start', name: 'a 201-character subject', patch: { subject: longText(201) }, field: 'subject' },
  { route: 'POST /api/v1/agreements/:id/ready-to-start', name: 'a blank message', patch: { body: '\n\n' }, field: 'body' },
  { route: 'POST /api/v1/agreements/:id/ready-to-start', name: 'a 10,001-character message', patch: { body: longText(10_001) }, field: 'body' },
  { route: 'POST /api/v1/agreements/:id/ready-to-start', name: 'a list for a subject', patch: { subject: ['Ready'] }, field: 'subject' },
  { route: 'POST /api/v1/agreements/:id/ready-to-start', name: 'a chosen recipient', patch: { to: 'someone@example.com' }, field: 'to' },
];

export const moneyUpFrontIdRoutes: [string, Record<string, unknown> | undefined][] = [
  ['GET /api/v1/agreements/:id/ready-to-start', undefined],
  ['POST /api/v1/agreements/:id/ready-to-start', { subject: 'S', body: 'B' }],
  ['POST /api/v1/invoices/:id/late-fee-invoice', undefined],
];

// Workspace isolation: A aims the money-up-front routes at B's agreement and issued invoice.
type World = { b: Requester; bAgreementId: string; bInvoiceId: string };
type Caller = Requester & { name: string };
const notFound = (response: LightMyRequestResponse): void => {
  expectProblem(response, 404, { code: 'not_found' });
};

export const moneyUpFrontIsolationChecks: Record<string, (caller: Caller, world: World) => Promise<void>> = {
  'GET /api/v1/agreements/:id/ready-to-start': async (caller, { bAgreementId }) => {
    notFound(await caller.request({ method: 'GET', url: `/api/v1/agreements/${bAgreementId}/ready-to-start` }));
  },
  'POST /api/v1/agreements/:id/ready-to-start': async (caller, { b, bAgreementId }) => {
    notFound(await caller.request({ method: 'POST', url: `/api/v1/agreements/${bAgreementId}/ready-to-start`, payload: { subject: 'Hijacked', body: 'Hijacked' } }));
    expect((await b.request({ method: 'GET', url: '/api/v1/outbox?limit=200' })).body).not.toContain('Hijacked');
  },
  'POST /api/v1/invoices/:id/late-fee-invoice': async (caller, { b, bInvoiceId }) => {
    const before = (await b.request({ method: 'GET', url: '/api/v1/invoices?limit=200' })).json().total as number;
    notFound(await caller.request({ method: 'POST', url: `/api/v1/invoices/${bInvoiceId}/late-fee-invoice` }));
    expect((await b.request({ method: 'GET', url: '/api/v1/invoices?limit=200' })).json().total).toBe(before);
  },
};
