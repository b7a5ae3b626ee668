// Deliverables for the tests: multipart bodies, a contract sent to a client, and the rows the route-walking tests
// (bad-input.test.ts and isolation.test.ts) spread in for the deliverable routes.
import { Readable } from 'node:stream';
import { expect } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expectProblem } from '../../../tests/support/problem.ts';

type Requester = { request(options: InjectOptions): Promise<LightMyRequestResponse> };

export type UploadFile = { name: string; type: string; bytes: Buffer };

/** A multipart/form-data body as a browser sends it (built by the platform's own FormData). */
export async function multipart(fields: Record<string, string>, file?: UploadFile): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const encoded = new Response(form);
  return { payload: Buffer.from(await encoded.arrayBuffer()), headers: { 'content-type': encoded.headers.get('content-type')! } };
}

/** A multipart body carrying `size` bytes of file, streamed, so a file over the limit never sits in memory. */
export function streamedUpload(size: number, fields: Record<string, string> = { title: 'Too big' }): { payload: Readable; headers: Record<string, string> } {
  const boundary = 'sana-test-boundary';
  const head = [
    ...Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  ].join('');
  const chunk = Buffer.alloc(1024 * 1024, 7);
  function* parts() {
    yield Buffer.from(head);
    for (let left = size; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  }
  return { payload: Readable.from(parts()), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A contract drafted for a client (who has an email) and sent to them. */
export async function sentContract(owner: Requester, clientId: string, document: Record<string, unknown> = {}): Promise<string> {
  const created = await owner.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId, kind: 'contract', templateId: 'starter-designer-en', document } });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const sent = await owner.request({ method: 'POST', url: `/api/v1/agreements/${id}/send` });
  expect(sent.statusCode, sent.body).toBe(200);
  return id;
}

/** An invoice for the contract, issued: 1,000.00 + 21% VAT = 1,210.00 unless lines are given. */
export async function issuedInvoice(owner: Requester, clientId: string, agreementId: string, unitPrice = 100_000): Promise<{ id: string; number: string; total: number }> {
  const draft = await owner.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId, agreementId, dueOn: '2027-03-31', lines: [{ description: 'Brand identity', unitPrice, taxRate: 21 }] } });
  expect(draft.statusCode, draft.body).toBe(201);
  const issued = await owner.request({ method: 'POST', url: `/api/v1/invoices/${draft.json().id}/issue` });
  expect(issued.statusCode, issued.body).toBe(200);
  return issued.json();
}

export type DeliverableIds = {
  /** A contract sent to the reachable client, with a draft link and a final uploaded file held on it; a portal token. */
  deliverableContractId: string;
  linkDeliverableId: string;
  fileDeliverableId: string;
  deliverablePortalToken: string;
};

export async function deliverableIds(owner: Requester, reachableClientId: string): Promise<DeliverableIds> {
  const contractId = await sentContract(owner, reachableClientId);
  const link = await owner.request({ method: 'POST', url: `/api/v1/agreements/${contractId}/deliverables`, payload: { title: 'Moodboard', url: 'https://example.com/moodboard', isFinal: false } });
  expect(link.statusCode, link.body).toBe(201);
  const upload = await multipart({ title: 'Final logo', isFinal: 'true' }, { name: 'logo.svg', type: 'image/svg+xml', bytes: Buffer.from('<svg/>') });
  const file = await owner.request({ method: 'POST', url: `/api/v1/agreements/${contractId}/deliverables`, ...upload });
  expect(file.statusCode, file.body).toBe(201);
  const portal = (await owner.request({ method: 'POST', url: `/api/v1/clients/${reachableClientId}/portal-links` })).json() as { url: string };
  return { deliverableContractId: contractId, linkDeliverableId: link.json().id, fileDeliverableId: file.json().id, deliverablePortalToken: portal.url.split('/').pop()! };
}

type BodyRoute = { url: (ids: DeliverableIds) => string; body: Record<string, unknown>; requiredField: string };

export const deliverableBodyRoutes: Record<string, BodyRoute> = {
  'POST /api/v1/agreements/:id/deliverables': {
    url: (ids) => `/api/v1/agreements/${ids.deliverableContractId}/deliverables`,
    body: { title: 'Draft copy', url: 'https://docs.example.com/draft', isFinal: false },
    requiredField: 'title',
  },
};

const route = 'POST /api/v1/agreements/:id/deliverables';
export const deliverableFieldCases = [
  { route, name: 'a blank title', patch: { title: '   ' }, field: 'title' },
  { route, name: 'a 201-character title', patch: { title: 'x'.repeat(201) }, field: 'title' },
  { route, name: 'a javascript: link', patch: { url: 'javascript:alert(1)' }, field: 'url' },
  { route, name: 'an ftp link', patch: { url: 'ftp://example.com/file.zip' }, field: 'url' },
  { route, name: 'words for a link', patch: { url: 'my dropbox' }, field: 'url' },
  { route, name: 'neither a file nor a link', patch: {}, remove: ['url'], field: 'url' },
  { route, name: 'a string for isFinal', patch: { isFinal: 'yes' }, field: 'isFinal' },
];

export const deliverableIdRoutes: [string, Record<string, unknown> | undefined][] = [
  ['GET /api/v1/agreements/:id/deliverables', undefined],
  ['POST /api/v1/agreements/:id/deliverables', { title: 'x', url: 'https://example.com' }],
  ['GET /api/v1/deliverables/:id/file', undefined],
  ['POST /api/v1/deliverables/:id/release', undefined],
  ['DELETE /api/v1/deliverables/:id', undefined],
];

export const deliverableTokenRoutes: [string, Record<string, unknown> | undefined][] = [
  ['GET /api/v1/portal/:token/deliverables', undefined],
  ['GET /api/v1/portal/:token/deliverables/:deliverableId/file', undefined],
];

// Workspace isolation: A aims every closed deliverable route at B's contract and deliverables.
export type DeliverableWorld = { b: Requester; bDeliverableContractId: string; bHeldDeliverableId: string; bFileDeliverableId: string };
type Caller = Requester & { name: string };

/** B's deliverables: bClient gets a contact email, then a contract sent to them with a held final file on it. */
export async function deliverablesInWorkspaceB(b: Requester, bClientId: string): Promise<Omit<DeliverableWorld, 'b'>> {
  const { version } = (await b.request({ method: 'GET', url: `/api/v1/clients/${bClientId}` })).json();
  const patched = await b.request({ method: 'PATCH', url: `/api/v1/clients/${bClientId}`, payload: { version, contacts: [{ name: 'Bravo Contact', email: 'bravo-contact@example.com' }] } });
  expect(patched.statusCode, patched.body).toBe(200);
  const ids = await deliverableIds(b, bClientId);
  return { bDeliverableContractId: ids.deliverableContractId, bHeldDeliverableId: ids.fileDeliverableId, bFileDeliverableId: ids.fileDeliverableId };
}

const notFound = (response: LightMyRequestResponse): void => {
  expectProblem(response, 404, { code: 'not_found' });
};

async function bStillHeld(world: DeliverableWorld): Promise<void> {
  const list = (await world.b.request({ method: 'GET', url: `/api/v1/agreements/${world.bDeliverableContractId}/deliverables` })).json();
  expect(list.items.find((d: { id: string }) => d.id === world.bHeldDeliverableId)).toMatchObject({ state: 'held' });
}

export const deliverableIsolationChecks: Record<string, (caller: Caller, world: DeliverableWorld) => Promise<void>> = {
  'GET /api/v1/agreements/:id/deliverables': async (caller, { bDeliverableContractId }) => notFound(await caller.request({ method: 'GET', url: `/api/v1/agreements/${bDeliverableContractId}/deliverables` })),
  'POST /api/v1/agreements/:id/deliverables': async (caller, world) => {
    notFound(await caller.request({ method: 'POST', url: `/api/v1/agreements/${world.bDeliverableContractId}/deliverables`, payload: { title: `Planted by ${caller.name}`, url: 'https://example.com' } }));
    expect((await world.b.request({ method: 'GET', url: `/api/v1/agreements/${world.bDeliverableContractId}/deliverables` })).body).not.toContain('Planted');
  },
  'GET /api/v1/deliverables/:id/file': async (caller, { bFileDeliverableId }) => notFound(await caller.request({ method: 'GET', url: `/api/v1/deliverables/${bFileDeliverableId}/file` })),
  'POST /api/v1/deliverables/:id/release': async (caller, world) => {
    notFound(await caller.request({ method: 'POST', url: `/api/v1/deliverables/${world.bHeldDeliverableId}/release` }));
    await bStillHeld(world);
  },
  'DELETE /api/v1/deliverables/:id': async (caller, world) => {
    notFound(await caller.request({ method: 'DELETE', url: `/api/v1/deliverables/${world.bHeldDeliverableId}` }));
    await bStillHeld(world);
  },
};
