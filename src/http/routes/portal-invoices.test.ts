// Invoices in the client portal over HTTP: the "new invoice" email and its link, the list and one invoice as the client
// sees them (never a draft, never another client's), the first opening marking it viewed once, and the PDF.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';
import { toIso, type Clock } from '../../clock.ts';
import { readPdfText } from '../../outputs/pdf/read-pdf-text.ts';
import { sendInvoiceReminder } from '../../use-cases/send-invoice-reminder.ts';

const START = '2027-03-01T09:00:00Z';

function movableClock(start: string) {
  let current = Temporal.Instant.from(start);
  const clock: Clock = { now: () => current, nowIso: () => toIso(current) };
  return { clock, set: (iso: string) => (current = Temporal.Instant.from(iso)) };
}

describe.each(databaseKinds)('invoices in the client portal on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  let stranger: Owner;
  let time: ReturnType<typeof movableClock>;
  let addressCount = 0;

  /** A client with no cookies, each call from its own address so the portal's rate limit stays out of the way. */
  function asClient(options: InjectOptions): Promise<LightMyRequestResponse> {
    addressCount += 1;
    return t.app.inject({ ...options, remoteAddress: `10.7.${(addressCount >> 8) & 255}.${addressCount & 255}` });
  }
  const tokenOf = (url: string) => /\/p\/([\w-]+)/.exec(url)![1]!;
  const newClient = async (as: Owner, name: string, language: string, email = '') =>
    (await as.request({ method: 'POST', url: '/api/v1/clients', payload: { name, timeZone: 'Europe/Madrid', language, currency: 'EUR', contacts: [{ name, email }] } })).json().id as string;
  const newLink = async (clientId: string, as = owner) => tokenOf((await as.request({ method: 'POST', url: `/api/v1/clients/${clientId}/portal-links` })).json().url);
  async function draft(clientId: string, extra: Record<string, unknown> = {}, as = owner): Promise<string> {
    const response = await as.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId, dueOn: '2027-03-31', lines: [{ description: 'Diseño web', quantity: 10, unitPrice: 5_000, taxRate: 21 }], ...extra } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  }
  async function issued(clientId: string, extra: Record<string, unknown> = {}, as = owner): Promise<{ id: string; number: string; total: number }> {
    const response = await as.request({ method: 'POST', url: `/api/v1/invoices/${await draft(clientId, extra, as)}/issue` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }
  const outboxFor = (invoiceId: string) => t.database.db.selectFrom('outbox').selectAll().where('idempotency_key', '=', `invoice-issued:${invoiceId}`).execute();
  const eventsOf = async (clientId: string, type: string) =>
    ((await owner.request({ method: 'GET', url: `/api/v1/clients/${clientId}/events?limit=200` })).json().items as { type: string; payload: Record<string, unknown> }[]).filter((e) => e.type === type);
  const freelancerView = async (invoiceId: string) => (await owner.request({ method: 'GET', url: `/api/v1/invoices/${invoiceId}` })).json();
  /** What a bad token answers, without the per-request parts. */
  const goneBody = async () => {
    const { instance: _instance, requestId: _requestId, ...rest } = expectProblem(await asClient({ method: 'GET', url: `/api/v1/portal/${'A'.repeat(43)}/invoices` }), 404, { code: 'not_found' });
    return rest;
  };

  beforeAll(async () => {
    time = movableClock(START);
    t = await createTestApp(kind, { clock: time.clock });
    owner = await setUpOwner(t.app, { name: 'Marta Vidal', workspaceName: 'Marta Writes' });
    stranger = await setUpOwner(t.app, { name: 'Someone Else', workspaceName: 'Other Studio' });
    const saved = await owner.request({ method: 'PUT', url: '/api/v1/settings/invoicing', payload: { settings: { seller: { name: 'Marta Vidal Ruiz', taxId: '', address: 'Calle Luna 3\nMadrid' }, euReferenceRates: { '2027-H1': 2.15 } }, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  test('issuing emails the client in the invoice language with number, total, due date and a link that opens that invoice', async () => {
    time.set(START);
    const lucia = await newClient(owner, 'Lucía Fernández', 'es', 'lucia@norte.example');
    const invoice = await issued(lucia);
    const [email, ...more] = await outboxFor(invoice.id);
    expect(more).toEqual([]);
    expect(email).toMatchObject({ to_address: 'lucia@norte.example', subject: `Factura ${invoice.number} de Marta Vidal Ruiz` });
    expect(email!.body_text).toContain('Hola, Lucía Fernández:');
    expect(email!.body_text.replace(/\u00a0/g, ' ')).toContain(`Marta Vidal Ruiz te ha enviado la factura ${invoice.number} por 605,00 €, con vencimiento el 31 de marzo de 2027.`);
    const link = /http:\/\/localhost:3000\/p\/[\w-]{43}\/invoices\/[\w-]+/.exec(email!.body_text)?.[0];
    expect(link).toBe(`http://localhost:3000/p/${tokenOf(email!.body_text)}/invoices/${invoice.id}`);
    const opened = await asClient({ method: 'GET', url: `/api/v1/portal/${tokenOf(link!)}/invoices/${invoice.id}` });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ number: invoice.number, total: 60_500, dueOn: '2027-03-31', language: 'es' });
    // An ordinary issue does not leave a "could not email" note.
    expect(await eventsOf(lucia, 'invoice_not_emailed')).toEqual([]);
  });

  test('a client without an email still gets the invoice issued; the timeline tells the freelancer to add one', async () => {
    time.set(START);
    const quiet = await newClient(owner, 'Quiet Co', 'en');
    const invoice = await issued(quiet);
    expect(invoice).toMatchObject({ status: 'issued' });
    expect(await outboxFor(invoice.id)).toEqual([]);
    expect((await eventsOf(quiet, 'invoice_not_emailed')).map((e) => e.payload)).toEqual([{ invoiceId: invoice.id, number: invoice.number }]);
  });

  test('the list shows the client’s invoices that are not drafts, newest first, with status as of today; the portal home gains the section', async () => {
    time.set(START);
    const bruno = await newClient(owner, 'Bruno Keller', 'en', 'bruno@keller.example');
    const token = await newLink(bruno);
    expect((await asClient({ method: 'GET', url: `/api/v1/portal/${token}` })).json().sections).toEqual(['working_together', 'testimonial']);
    const empty = await asClient({ method: 'GET', url: `/api/v1/portal/${token}/invoices` });
    expect(empty.json()).toEqual({ items: [] });
    await draft(bruno);
    const first = await issued(bruno, { dueOn: '2027-03-05' });
    time.set('2027-03-02T09:00:00Z');
    const second = await issued(bruno, { kind: 'deposit' });
    await draft(bruno);
    const other = await issued(await newClient(owner, 'Someone Else Ltd', 'en'));
    time.set('2027-03-10T09:00:00Z');
    expect((await asClient({ method: 'GET', url: `/api/v1/portal/${token}` })).json().sections).toEqual(['working_together', 'testimonial', 'invoices']);
    const list = await asClient({ method: 'GET', url: `/api/v1/portal/${token}/invoices` });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toEqual({
      items: [
        { id: second.id, number: second.number, kind: 'deposit', status: 'issued', isCorrective: false, currency: 'EUR', issueDate: '2027-03-02', dueOn: '2027-03-31', total: 60_500, balance: 60_500 },
        { id: first.id, number: first.number, kind: 'standard', status: 'overdue', isCorrective: false, currency: 'EUR', issueDate: '2027-03-01', dueOn: '2027-03-05', total: 60_500, balance: 60_500 },
      ],
    });
    expect(list.body).not.toContain(other.id);
  });

  test('a draft, another client’s invoice and another workspace’s answer exactly like a link that does not work', async () => {
    time.set(START);
    const ana = await newClient(owner, 'Ana Ortega', 'es', 'ana@ortega.example');
    const token = await newLink(ana);
    const ownDraft = await draft(ana);
    const neighbour = await issued(await newClient(owner, 'Neighbour SL', 'es', 'n@example.com'));
    const foreign = await issued(await newClient(stranger, 'Foreign SL', 'es', 'f@example.com'), {}, stranger);
    const gone = await goneBody();
    for (const invoiceId of [ownDraft, neighbour.id, foreign.id, '00000000-0000-0000-0000-000000000000', 'not-an-id']) {
      for (const suffix of ['', '/pdf']) {
        const { instance: _instance, requestId: _requestId, ...body } = expectProblem(await asClient({ method: 'GET', url: `/api/v1/portal/${token}/invoices/${invoiceId}${suffix}` }), 404, { code: 'not_found' });
        expect(body).toEqual(gone);
      }
    }
    // Looking did not mark anyone's invoice viewed.
    expect(await freelancerView(neighbour.id)).toMatchObject({ status: 'issued', viewedAt: null });
    // A revoked link opens nothing either.
    const own = await issued(ana);
    const links = (await owner.request({ method: 'GET', url: `/api/v1/clients/${ana}/portal-links` })).json().items as { id: string }[];
    for (const link of links) await owner.request({ method: 'DELETE', url: `/api/v1/clients/${ana}/portal-links/${link.id}` });
    for (const url of [`/api/v1/portal/${token}/invoices`, `/api/v1/portal/${token}/invoices/${own.id}`, `/api/v1/portal/${token}/invoices/${own.id}/pdf`]) {
      expectProblem(await asClient({ method: 'GET', url }), 404, { code: 'not_found' });
    }
  });

  test('the first opening marks the invoice viewed and notes it on the timeline once; later openings change nothing', async () => {
    time.set(START);
    const carla = await newClient(owner, 'Carla Soto', 'es', 'carla@soto.example');
    const token = await newLink(carla);
    const invoice = await issued(carla);
    time.set('2027-03-03T10:15:00Z');
    // Two tabs opening it at the same moment still make one "viewed" note.
    const [first, twin] = await Promise.all([asClient({ method: 'GET', url: `/api/v1/portal/${token}/invoices/${invoice.id}` }), asClient({ method: 'GET', url: `/api/v1/portal/${token}/invoices/${invoice.id}` })]);
    expect(first.statusCode, first.body).toBe(200);
    expect(twin.statusCode, twin.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'viewed' });
    time.set('2027-03-04T10:15:00Z');
    await asClient({ method: 'GET', url: `/api/v1/portal/${token}/invoices/${invoice.id}` });
    await asClient({ method: 'GET', url: `/api/v1/portal/${token}/invoices/${invoice.id}/pdf` });
    expect(await freelancerView(invoice.id)).toMatchObject({ status: 'viewed', viewedAt: '2027-03-03T10:15:00.000Z' });
    expect((await eventsOf(carla, 'invoice_viewed')).map((e) => e.payload)).toEqual([{ invoiceId: invoice.id, number: invoice.number }]);

    // The PDF alone counts as opening it.
    const byPdf = await issued(carla);
    expect((await asClient({ method: 'GET', url: `/api/v1/portal/${token}/invoices/${byPdf.id}/pdf` })).statusCode).toBe(200);
    expect(await freelancerView(byPdf.id)).toMatchObject({ status: 'viewed', viewedAt: '2027-03-04T10:15:00.000Z' });

    // A paid invoice stays paid; it is still noted as seen, once.
    const paid = await issued(carla);
    expect((await owner.request({ method: 'POST', url: `/api/v1/invoices/${paid.id}/payments`, payload: { amount: paid.total, paidOn: '2027-03-04', method: 'bank_transfer', reference: 'TRF-99 internal' } })).statusCode).toBe(201);
    const seen = await asClient({ method: 'GET', url: `/api/v1/portal/${token}/invoices/${paid.id}` });
    expect(seen.json()).toMatchObject({ status: 'paid', balance: 0, paid: paid.total, paidInFullOn: '2027-03-04', payments: [{ amount: paid.total, paidOn: '2027-03-04' }] });
    expect(await freelancerView(paid.id)).toMatchObject({ status: 'paid', viewedAt: '2027-03-04T10:15:00.000Z' });
    expect((await eventsOf(carla, 'invoice_viewed')).length).toBe(3);
  });

  test('one invoice shows what the client should see, with late fees and interest as of today, and nothing internal', async () => {
    time.set(START);
    const dora = await newClient(owner, 'Dora Martín', 'es', 'dora@martin.example');
    const token = await newLink(dora);
    const invoice = await issued(dora, {
      dueOn: '2027-03-10',
      notes: 'Gracias por confiar en mí.',
      buyer: { name: 'Dora Martín SL', taxId: 'B12345674', address: 'Gran Vía 2, Madrid' },
      lines: [{ description: 'Redacción', quantity: 2, unitPrice: 30_000, discount: 5_000, taxRate: 21 }, { description: 'Libro', unitPrice: 2_000, taxRate: 4 }],
      withholdingRate: 15,
      lateFeeRule: { kind: 'statutory_eu' },
    });
    time.set('2027-03-20T09:00:00Z');
    expect((await owner.request({ method: 'POST', url: `/api/v1/invoices/${invoice.id}/payments`, payload: { amount: 10_000, paidOn: '2027-03-15', method: 'card', reference: 'SECRET-REF' } })).statusCode).toBe(201);
    expect((await owner.request({ method: 'POST', url: `/api/v1/invoices/${invoice.id}/promises`, payload: { promisedOn: '2027-03-25', note: 'Said cash is tight' } })).statusCode).toBe(201);
    const response = await asClient({ method: 'GET', url: `/api/v1/portal/${token}/invoices/${invoice.id}` });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      number: invoice.number,
      status: 'overdue',
      kind: 'standard',
      isCorrective: false,
      seller: { name: 'Marta Vidal Ruiz', address: 'Calle Luna 3\nMadrid' },
      buyer: { name: 'Dora Martín SL', taxId: 'B12345674' },
      taxes: [
        { taxRate: 21, base: 55_000, tax: 11_550 },
        { taxRate: 4, base: 2_000, tax: 80 },
      ],
      base: 57_000,
      tax: 11_630,
      withholdingRate: 15,
      withholding: 8_550,
      total: 60_080,
      paid: 10_000,
      balance: 50_080,
      paidInFullOn: null,
      notes: 'Gracias por confiar en mí.',
      payments: [{ amount: 10_000, paidOn: '2027-03-15' }],
      lateFees: { basis: 'terms', rule: { kind: 'statutory_eu' }, effectiveOn: null, asOf: '2027-03-20' },
      correctsNumber: null,
      correctedByNumber: null,
    });
    expect(body.lines).toHaveLength(2);
    expect(body.lateFees.accruedInterest).toBeGreaterThan(0);
    for (const internal of ['promises', 'remindersSent', 'version', 'lateFeeRule', 'voidReason', 'clientId']) expect(body).not.toHaveProperty(internal);
    expect(response.body).not.toContain('SECRET-REF');
    expect(response.body).not.toContain('cash is tight');
  });

  test('a voided invoice names its corrective invoice, and the corrective one the invoice it cancels', async () => {
    time.set(START);
    const eva = await newClient(owner, 'Eva Gil', 'en', 'eva@gil.example');
    const token = await newLink(eva);
    const invoice = await issued(eva);
    const voided = await owner.request({ method: 'POST', url: `/api/v1/invoices/${invoice.id}/void`, payload: { reason: 'Wrong rate' } });
    expect(voided.statusCode, voided.body).toBe(200);
    const corrective = voided.json().corrective as { id: string; number: string };
    // The corrective invoice was emailed too, saying what it cancels.
    const [email] = await outboxFor(corrective.id);
    expect(email?.subject).toBe(`Corrective invoice ${corrective.number}: invoice ${invoice.number} is cancelled`);
    const list = (await asClient({ method: 'GET', url: `/api/v1/portal/${token}/invoices` })).json().items;
    expect(list.map((i: { id: string; status: string; isCorrective: boolean; balance: number }) => [i.id, i.status, i.isCorrective, i.balance])).toEqual([
      [corrective.id, 'paid', true, 0],
      [invoice.id, 'void', false, 0],
    ]);
    expect((await asClient({ method: 'GET', url: `/api/v1/portal/${token}/invoices/${invoice.id}` })).json()).toMatchObject({ status: 'void', correctedByNumber: corrective.number, balance: 0 });
    expect((await asClient({ method: 'GET', url: `/api/v1/portal/${token}/invoices/${corrective.id}` })).json()).toMatchObject({ isCorrective: true, correctsNumber: invoice.number, notes: 'Wrong rate', total: -60_500 });
    // Opening a void invoice notes the view but never "un-voids" it.
    expect(await freelancerView(invoice.id)).toMatchObject({ status: 'void' });
  });

  test('the PDF is the freelancer’s PDF, in the invoice language, as a download', async () => {
    time.set(START);
    const fer = await newClient(owner, 'Fernando Ríos', 'es', 'fer@rios.example');
    const token = await newLink(fer);
    const invoice = await issued(fer);
    const pdf = await asClient({ method: 'GET', url: `/api/v1/portal/${token}/invoices/${invoice.id}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="factura-${invoice.number}.pdf"`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await readPdfText(pdf.rawPayload);
    expect(text).toContain('Factura');
    expect(text).toContain(invoice.number);
    expect(text).toContain('Diseño web');
    const freelancers = await owner.request({ method: 'GET', url: `/api/v1/invoices/${invoice.id}/pdf` });
    expect((await readPdfText(freelancers.rawPayload)).text).toBe(text);
  });

  test('an automatic reminder links to the invoice’s own page in the portal', async () => {
    time.set(START);
    const gil = await newClient(owner, 'Gil Ramos', 'en', 'gil@ramos.example');
    const invoice = await issued(gil, { dueOn: '2027-03-04' });
    time.set('2027-03-04T08:00:00Z');
    expect(await sendInvoiceReminder({ deps: { ...t.deps, clock: time.clock }, workspaceId: owner.workspaceId, invoiceId: invoice.id })).toBe('sent');
    const reminder = await t.database.db.selectFrom('outbox').select('body_text').where('idempotency_key', 'like', `invoice-reminder:${invoice.id}:%`).executeTakeFirstOrThrow();
    const link = /http:\/\/localhost:3000\/p\/[\w-]{43}\/invoices\/[\w-]+/.exec(reminder.body_text)?.[0];
    expect(link).toMatch(new RegExp(`/invoices/${invoice.id}$`));
    expect((await asClient({ method: 'GET', url: `/api/v1/portal/${tokenOf(link!)}/invoices/${invoice.id}` })).json()).toMatchObject({ number: invoice.number, status: 'viewed' });
  });
});
