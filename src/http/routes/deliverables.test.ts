// Deliverables through the API on each database: files and links on a contract, final work held until the contract's
// invoices are paid (then released once, with one email), release by hand, delete, the client's portal, bad input.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';
import { issuedInvoice, multipart, sentContract, streamedUpload } from './deliverables.test-support.ts';

type OutboxMessage = { to: string; subject: string; bodyText: string };

describe.each(databaseKinds)('deliverables API on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  let address = 0;

  const newClient = async (name: string, language = 'en') => {
    const response = await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name, timeZone: 'Europe/Madrid', language, currency: 'EUR', contacts: [{ name: `${name} Contact`, email: `${name.toLowerCase().replace(/\W/g, '')}@example.com` }] } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const addLink = (contractId: string, payload: Record<string, unknown>) => owner.request({ method: 'POST', url: `/api/v1/agreements/${contractId}/deliverables`, payload });
  const upload = async (contractId: string, fields: Record<string, string>, file = { name: 'Logo final.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF-1.7 final logo') }) =>
    owner.request({ method: 'POST', url: `/api/v1/agreements/${contractId}/deliverables`, ...(await multipart(fields, file)) });
  const list = async (contractId: string) => (await owner.request({ method: 'GET', url: `/api/v1/agreements/${contractId}/deliverables` })).json();
  const outbox = async (to: string): Promise<OutboxMessage[]> => (await owner.request({ method: 'GET', url: '/api/v1/outbox?limit=200' })).json().items.filter((m: OutboxMessage) => m.to === to);
  const heldNotice = async (to: string) => (await outbox(to)).find((m) => m.subject.endsWith('complete, delivered on payment'));
  const pay = (invoiceId: string, amount: number) => owner.request({ method: 'POST', url: `/api/v1/invoices/${invoiceId}/payments`, payload: { amount, paidOn: '2027-03-01', method: 'bank_transfer' } });
  const portalToken = async (clientId: string) => ((await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/portal-links` })).json().url as string).split('/').pop()!;
  const asClient = (url: string) => {
    address += 1;
    return t.app.inject({ method: 'GET', url, remoteAddress: `198.51.100.${address % 250}` });
  };
  const storedFiles = () => {
    const dir = path.join(t.deps.filesDir!, 'sha256');
    return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
  };
  const timeline = async (clientId: string, type: string) =>
    (await owner.request({ method: 'GET', url: `/api/v1/clients/${clientId}/events?limit=200` })).json().items.filter((e: { type: string }) => e.type === type);

  beforeAll(async () => {
    t = await createTestApp(kind);
    owner = await setUpOwner(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  test('a draft link is visible at once; an uploaded file downloads with its name and type', async () => {
    const clientId = await newClient('Acme');
    const contractId = await sentContract(owner, clientId);
    const link = await addLink(contractId, { title: 'Moodboard', url: 'https://example.com/board' });
    expect(link.statusCode, link.body).toBe(201);
    expect(link.json()).toMatchObject({ kind: 'link', url: 'https://example.com/board', isFinal: false, state: 'visible', heldBy: [], heldReason: null, releasedBy: 'not_held' });
    const bytes = Buffer.from('%PDF-1.7 first sketches');
    const file = await upload(contractId, { title: 'Sketches', isFinal: 'false' }, { name: 'Bocetos señal.pdf', type: 'application/pdf', bytes });
    expect(file.statusCode, file.body).toBe(201);
    expect(file.json()).toMatchObject({ kind: 'file', fileName: 'Bocetos señal.pdf', mediaType: 'application/pdf', sizeBytes: bytes.length, state: 'visible', url: null });
    const listed = await list(contractId);
    expect(listed.canAdd).toBe(true);
    expect(listed.items.map((d: { title: string }) => d.title).sort()).toEqual(['Moodboard', 'Sketches']);
    const download = await owner.request({ method: 'GET', url: `/api/v1/deliverables/${file.json().id}/file` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(bytes)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="Bocetos se_al.pdf"; filename*=UTF-8''Bocetos%20se%C3%B1al.pdf`);
    // A draft reaches nobody's inbox; the client simply finds it in the portal.
    expect((await outbox('acme@example.com')).filter((m) => /delivered on payment|are ready/.test(m.subject))).toEqual([]);
    expectProblem(await owner.request({ method: 'GET', url: `/api/v1/deliverables/${link.json().id}/file` }), 404, { code: 'not_found' });
  });

  test('final work waits while an invoice is open; the client hears "complete, delivered on payment" with the balance, and sees no file', async () => {
    const clientId = await newClient('Brisa');
    const contractId = await sentContract(owner, clientId);
    const invoice = await issuedInvoice(owner, clientId, contractId);
    const held = await upload(contractId, { title: 'Final logo files', isFinal: 'true' });
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json()).toMatchObject({ state: 'held', heldReason: 'open_balance', heldBy: [{ invoiceId: invoice.id, number: invoice.number, balance: 121_000, currency: 'EUR' }], releasedAt: null, releasedBy: null });
    const contractTitle = (await owner.request({ method: 'GET', url: `/api/v1/agreements/${contractId}` })).json().title;
    const notice = await heldNotice('brisa@example.com');
    expect(notice?.subject).toBe(`${contractTitle}: complete, delivered on payment`);
    expect(notice?.bodyText).toContain('Balance due: €1,210.00 (invoice');
    expect(notice?.bodyText).toMatch(/\/p\/[\w-]+\/deliverables/);
    expect(await timeline(clientId, 'deliverable_held')).toHaveLength(1);

    const token = await portalToken(clientId);
    const portal = await asClient(`/api/v1/portal/${token}/deliverables`);
    expect(portal.statusCode, portal.body).toBe(200);
    expect(portal.json().contracts).toEqual([
      expect.objectContaining({
        agreementId: contractId,
        amountDue: [{ amount: 121_000, currency: 'EUR' }],
        payToRelease: [{ invoiceId: invoice.id, number: invoice.number, balance: 121_000, currency: 'EUR' }],
        items: [expect.objectContaining({ title: 'Final logo files', state: 'held', fileName: null, url: null, sizeBytes: null })],
      }),
    ]);
    expectProblem(await asClient(`/api/v1/portal/${token}/deliverables/${held.json().id}/file`), 404, { code: 'not_found' });
    expect((await asClient(`/api/v1/portal/${token}`)).json().sections).toContain('deliverables');
  });

  test("paying the contract's invoices releases the held work exactly once and queues one 'files ready' email", async () => {
    const clientId = await newClient('Cima');
    const contractId = await sentContract(owner, clientId);
    const first = await issuedInvoice(owner, clientId, contractId);
    const second = await issuedInvoice(owner, clientId, contractId, 50_000);
    const held = (await upload(contractId, { title: 'Brand book', isFinal: 'true' })).json();
    expect(held.heldBy).toHaveLength(2);

    expect((await pay(first.id, 121_000)).statusCode).toBe(201);
    expect((await pay(second.id, 10_000)).statusCode).toBe(201);
    expect((await list(contractId)).items[0]).toMatchObject({ state: 'held', heldBy: [{ invoiceId: second.id, balance: 50_500 }] });
    expect((await pay(second.id, 50_500)).statusCode).toBe(201);
    const released = (await list(contractId)).items[0];
    expect(released).toMatchObject({ state: 'released', releasedBy: 'payment', releasedAt: '2027-03-01T09:00:00.000Z', heldBy: [] });

    const ready = (await outbox('cima@example.com')).filter((m) => m.subject.includes('are ready'));
    expect(ready).toHaveLength(1);
    expect(ready[0]!.bodyText).toContain('• Brand book');
    expect(ready[0]!.bodyText).toMatch(/\/p\/[\w-]+\/deliverables/);
    expect(await timeline(clientId, 'deliverable_released')).toEqual([expect.objectContaining({ payload: expect.objectContaining({ releasedBy: 'payment', to: 'cima@example.com' }) })]);

    const token = await portalToken(clientId);
    const download = await asClient(`/api/v1/portal/${token}/deliverables/${held.id}/file`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('%PDF-1.7 final logo');
    // Released stays released: a late fee invoice or anything later does not take it back, nor mail again.
    await issuedInvoice(owner, clientId, contractId, 1_000);
    expect((await list(contractId)).items[0].state).toBe('released');
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/deliverables/${held.id}/release` }), 409, { code: 'conflict' });
    expect((await outbox('cima@example.com')).filter((m) => m.subject.includes('are ready'))).toHaveLength(1);
  });

  test('voiding the invoice that was still open releases the work too', async () => {
    const clientId = await newClient('Duna');
    const contractId = await sentContract(owner, clientId);
    const paidOne = await issuedInvoice(owner, clientId, contractId);
    await pay(paidOne.id, 121_000);
    const mistaken = await issuedInvoice(owner, clientId, contractId, 999);
    const held = (await upload(contractId, { title: 'Final files', isFinal: 'true' })).json();
    expect(held.state).toBe('held');
    expect((await owner.request({ method: 'POST', url: `/api/v1/invoices/${mistaken.id}/void`, payload: { reason: 'Sent by mistake' } })).statusCode).toBe(200);
    expect((await list(contractId)).items[0]).toMatchObject({ state: 'released', releasedBy: 'payment' });
  });

  test('on a fixed project, a paid deposit is not the balance: the rest must be invoiced and paid', async () => {
    const clientId = await newClient('Eco');
    const contractId = await sentContract(owner, clientId, { cost: { amount: 200_000 } });
    const deposit = await issuedInvoice(owner, clientId, contractId, 100_000);
    await pay(deposit.id, 121_000);
    const held = (await upload(contractId, { title: 'Website files', isFinal: 'true' })).json();
    expect(held).toMatchObject({ state: 'held', heldReason: 'total_not_invoiced', notInvoiced: { amount: 100_000, currency: 'EUR' }, heldBy: [] });
    const notice = await heldNotice('eco@example.com');
    expect(notice?.bodyText).toContain('The final invoice is on its way');
    const balance = await issuedInvoice(owner, clientId, contractId, 100_000);
    await pay(balance.id, 121_000);
    expect((await list(contractId)).items[0]).toMatchObject({ state: 'released', releasedBy: 'payment' });
  });

  test('final work added when nothing is owed goes to the client at once, with the "files ready" email', async () => {
    const clientId = await newClient('Faro');
    const contractId = await sentContract(owner, clientId);
    const invoice = await issuedInvoice(owner, clientId, contractId);
    await pay(invoice.id, 121_000);
    const added = (await addLink(contractId, { title: 'Final video', url: 'https://video.example.com/final', isFinal: true })).json();
    expect(added).toMatchObject({ state: 'released', releasedBy: 'not_held' });
    expect((await outbox('faro@example.com')).filter((m) => m.subject.includes('are ready'))).toHaveLength(1);
  });

  test('the freelancer can release held work by hand; a Spanish client is told in Spanish', async () => {
    const clientId = await newClient('Gaviota', 'es');
    const contractId = await sentContract(owner, clientId);
    const held = (await upload(contractId, { title: 'Archivos finales', isFinal: 'true' })).json();
    expect(held).toMatchObject({ state: 'held', heldReason: 'no_invoice_issued' });
    const notice = (await outbox('gaviota@example.com')).find((m) => m.subject.includes('se entrega al recibir el pago'));
    expect(notice?.subject).toContain('trabajo terminado, se entrega al recibir el pago');
    const released = await owner.request({ method: 'POST', url: `/api/v1/deliverables/${held.id}/release` });
    expect(released.statusCode, released.body).toBe(200);
    expect(released.json()).toMatchObject({ state: 'released', releasedBy: 'freelancer' });
    const ready = (await outbox('gaviota@example.com')).find((m) => m.subject.startsWith('Ya tienes listos'));
    expect(ready?.bodyText).toContain('Hola, Gaviota Contact:');
    expect(ready?.bodyText).toContain('• Archivos finales');
    const draft = (await addLink(contractId, { title: 'Borrador', url: 'https://example.com/b' })).json();
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/deliverables/${draft.id}/release` }), 409, { code: 'conflict' });
  });

  test('the same bytes are stored once, and deleted only when no deliverable refers to them', async () => {
    const clientId = await newClient('Haya');
    const contractId = await sentContract(owner, clientId);
    const bytes = { name: 'same.txt', type: 'text/plain', bytes: Buffer.from(`shared bytes ${kind}`) };
    const before = storedFiles().length;
    const one = (await upload(contractId, { title: 'One' }, bytes)).json();
    const two = (await upload(contractId, { title: 'Two' }, bytes)).json();
    expect(storedFiles()).toHaveLength(before + 1);
    expect((await owner.request({ method: 'DELETE', url: `/api/v1/deliverables/${one.id}` })).statusCode).toBe(204);
    expect(storedFiles()).toHaveLength(before + 1);
    expect((await owner.request({ method: 'GET', url: `/api/v1/deliverables/${two.id}/file` })).body).toBe(`shared bytes ${kind}`);
    expect((await owner.request({ method: 'DELETE', url: `/api/v1/deliverables/${two.id}` })).statusCode).toBe(204);
    expect(storedFiles()).toHaveLength(before);
    expect((await list(contractId)).items).toEqual([]);
    expectProblem(await owner.request({ method: 'DELETE', url: `/api/v1/deliverables/${two.id}` }), 404, { code: 'not_found' });
  });

  test('bad input: no title, a link that is not a web address, a file over 100 MB, the wrong agreement', async () => {
    const clientId = await newClient('Iris');
    const contractId = await sentContract(owner, clientId);
    expectProblem(await upload(contractId, { isFinal: 'true' }), 400, { code: 'validation_failed', field: 'title' });
    expectProblem(await addLink(contractId, { title: 'x', url: 'javascript:alert(1)' }), 400, { field: 'url' });
    expectProblem(await addLink(contractId, { title: 'x', url: 'file:///etc/passwd' }), 400, { field: 'url' });
    expectProblem(await addLink(contractId, { title: 'x' }), 400, { field: 'url' });
    expectProblem(await upload(contractId, { title: 'Both', url: 'https://example.com' }), 400, { field: 'url' });
    expectProblem(await upload(contractId, { title: 'x', isFinal: 'maybe' }), 400, { field: 'isFinal' });
    expectProblem(await upload(contractId, { title: 'x', colour: 'red' }), 400, { field: 'colour' });
    expectProblem(await upload(contractId, { title: 'Nul\u0000' }), 400, { field: 'title' });
    const noFileChosen = '--x\r\nContent-Disposition: form-data; name="title"\r\n\r\nLogo\r\n--x\r\nContent-Disposition: form-data; name="file"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--x--\r\n';
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/agreements/${contractId}/deliverables`, payload: noFileChosen, headers: { 'content-type': 'multipart/form-data; boundary=x' } }), 400, { field: 'url' });
    const broken = await owner.request({ method: 'POST', url: `/api/v1/agreements/${contractId}/deliverables`, payload: '--x\r\nnonsense', headers: { 'content-type': 'multipart/form-data; boundary=x' } });
    expectProblem(broken, 400, { code: 'validation_failed', field: 'body' });

    const before = storedFiles().length;
    const huge = await owner.request({ method: 'POST', url: `/api/v1/agreements/${contractId}/deliverables`, ...streamedUpload(100 * 1024 * 1024 + 1) });
    const problem = expectProblem(huge, 413, { code: 'payload_too_large', field: 'file' });
    expect(problem.detail).toContain('100 MB');
    expect(storedFiles()).toHaveLength(before);
    expect(fs.readdirSync(path.join(t.deps.filesDir!, 'tmp'))).toEqual([]);

    const proposal = (await owner.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId, templateId: 'starter-writer-en' } })).json();
    expectProblem(await addLink(proposal.id, { title: 'x', url: 'https://example.com' }), 409, { code: 'conflict' });
    const draftContract = (await owner.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId, kind: 'contract', templateId: 'starter-writer-en' } })).json();
    expectProblem(await upload(draftContract.id, { title: 'x' }), 409, { code: 'conflict' });
    expect((await list(draftContract.id)).canAdd).toBe(false);
    expect(fs.readdirSync(path.join(t.deps.filesDir!, 'tmp'))).toEqual([]);
    // An invoice bills one of its own client's contracts.
    const otherClient = await newClient('Jara');
    const otherContract = await sentContract(owner, otherClient);
    expectProblem(await owner.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId, agreementId: otherContract, lines: [] } }), 400, { field: 'agreementId' });
    expectProblem(await owner.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId, agreementId: proposal.id, lines: [] } }), 400, { field: 'agreementId' });
  });

  test("a client's portal never shows another client's deliverables or another workspace's", async () => {
    const [kiwi, lima] = [await newClient('Kiwi'), await newClient('Lima')];
    const kiwiContract = await sentContract(owner, kiwi);
    const kiwiFile = (await upload(kiwiContract, { title: 'Kiwi draft' })).json();
    const limaToken = await portalToken(lima);
    expect((await asClient(`/api/v1/portal/${limaToken}/deliverables`)).json()).toEqual({ contracts: [] });
    expect((await asClient(`/api/v1/portal/${limaToken}`)).json().sections).not.toContain('deliverables');
    expectProblem(await asClient(`/api/v1/portal/${limaToken}/deliverables/${kiwiFile.id}/file`), 404, { code: 'not_found' });
    const stranger = await setUpOwner(t.app);
    expectProblem(await stranger.request({ method: 'GET', url: `/api/v1/deliverables/${kiwiFile.id}/file` }), 404, { code: 'not_found' });
    expectProblem(await stranger.request({ method: 'GET', url: `/api/v1/agreements/${kiwiContract}/deliverables` }), 404, { code: 'not_found' });
    const kiwiToken = await portalToken(kiwi);
    expect((await asClient(`/api/v1/portal/${kiwiToken}/deliverables/${kiwiFile.id}/file`)).body).toBe('%PDF-1.7 final logo');
  });
});
