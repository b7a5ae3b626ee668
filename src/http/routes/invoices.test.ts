// Invoices through the API on each database: drafts, gapless issue (also under concurrency), payments, promises, void, behaviour, PDF.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';
import { readPdfText } from '../../outputs/pdf/read-pdf-text.ts';

const spanishSeller = { name: 'Lucía Peña Ruiz', taxId: '12345678Z', address: 'Calle Mayor 1\n28013 Madrid' };
const spanishBuyer = { name: 'Acme Ibérica SL', taxId: 'B12345674', address: 'Gran Vía 2, 28013 Madrid' };

describe.each(databaseKinds)('invoices API on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  let clientId: string;

  const newClient = async (name: string, language = 'es') =>
    (await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name, timeZone: 'Europe/Madrid', language, currency: 'EUR', contacts: [{ name: 'Ana', email: `${name.toLowerCase()}@example.com` }] } })).json().id as string;
  const draft = async (payload: Record<string, unknown> = {}) => {
    const response = await owner.request({
      method: 'POST',
      url: '/api/v1/invoices',
      payload: { clientId, dueOn: '2027-03-31', buyer: spanishBuyer, lines: [{ description: 'Diseño web', quantity: 12.5, unitPrice: 4_500, discount: 2_500, taxRate: 21 }], withholdingRate: 15, ...payload },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const issue = (id: string) => owner.request({ method: 'POST', url: `/api/v1/invoices/${id}/issue` });

  beforeAll(async () => {
    t = await createTestApp(kind);
    owner = await setUpOwner(t.app);
    const saved = await owner.request({ method: 'PUT', url: '/api/v1/settings/invoicing', payload: { settings: { seller: spanishSeller }, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ isSpanishWorkspace: true, settings: { numberPattern: 'YYYY-NNNN', reminderDays: [-3, 0, 3, 7, 14, 30] } });
    clientId = await newClient('Acme');
  });
  afterAll(async () => {
    await t?.close();
  });

  test('a draft has no number and shows its totals per rate with IRPF withheld; it can be edited', async () => {
    const invoice = await draft();
    expect(invoice).toMatchObject({ status: 'draft', number: null, base: 53_750, tax: 11_288, withholding: 8_063, total: 56_975, balance: 56_975, language: 'es', currency: 'EUR' });
    expect(invoice.taxes).toEqual([{ taxRate: 21, base: 53_750, tax: 11_288 }]);
    const edited = await owner.request({ method: 'PATCH', url: `/api/v1/invoices/${invoice.id}`, payload: { version: 1, lines: [{ description: 'Diseño', unitPrice: 10_000, taxRate: 21 }, { description: 'Libro', unitPrice: 2_000, taxRate: 4 }], withholdingRate: 0 } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, base: 12_000, tax: 2_180, total: 14_180, taxes: [{ taxRate: 21, base: 10_000, tax: 2_100 }, { taxRate: 4, base: 2_000, tax: 80 }] });
    expectProblem(await owner.request({ method: 'PATCH', url: `/api/v1/invoices/${invoice.id}`, payload: { version: 1, notes: 'stale' } }), 409, { code: 'version_conflict' });
  });

  test('issuing takes the next number; an issued invoice cannot be edited, only voided with a corrective invoice', async () => {
    const invoice = await draft();
    const issued = await issue(invoice.id);
    expect(issued.statusCode, issued.body).toBe(200);
    const body = issued.json();
    expect(body).toMatchObject({ status: 'issued', issueDate: '2027-03-01', operationDate: '2027-03-01', seller: spanishSeller, isSpanishInvoice: true });
    expect(body.number).toMatch(/^2027-\d{4}$/);
    expectProblem(await owner.request({ method: 'PATCH', url: `/api/v1/invoices/${invoice.id}`, payload: { version: body.version, notes: 'x' } }), 409, { code: 'conflict' });
    expectProblem(await issue(invoice.id), 409, { code: 'conflict' });

    const voided = await owner.request({ method: 'POST', url: `/api/v1/invoices/${invoice.id}/void`, payload: { reason: 'Importe equivocado' } });
    expect(voided.statusCode, voided.body).toBe(200);
    const { voided: old, corrective } = voided.json();
    expect(old).toMatchObject({ status: 'void', number: body.number, balance: 0, voidReason: 'Importe equivocado' });
    expect(corrective).toMatchObject({ series: 'corrective', number: 'R-2027-0001', correctsInvoiceId: invoice.id, total: -body.total, base: -body.base, tax: -body.tax, balance: 0 });
    expect((await owner.request({ method: 'GET', url: `/api/v1/invoices/${invoice.id}` })).json()).toMatchObject({ status: 'void', number: body.number });
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/invoices/${invoice.id}/payments`, payload: { amount: 1, paidOn: '2027-03-01', method: 'cash' } }), 409, { code: 'conflict' });
    const correctivePdf = (await readPdfText((await owner.request({ method: 'GET', url: `/api/v1/invoices/${corrective.id}/pdf` })).rawPayload)).text;
    expect(correctivePdf).toContain('Factura rectificativa');
    expect(correctivePdf).toContain(`Esta factura rectifica y anula la factura ${body.number}. Motivo: Importe equivocado`);
    const voidPdf = (await readPdfText((await owner.request({ method: 'GET', url: `/api/v1/invoices/${invoice.id}/pdf` })).rawPayload)).text;
    expect(voidPdf).toContain('Anulada: la anula la factura rectificativa R-2027-0001');
  });

  test('a Spanish invoice is not issued without the buyer tax id and address, and says which are missing', async () => {
    const invoice = await draft({ buyer: { name: 'Sin datos' } });
    const problem = expectProblem(await issue(invoice.id), 422, { code: 'unprocessable', field: 'buyer.taxId' });
    expect(problem.errors?.map((e) => e.field)).toEqual(['buyer.taxId', 'buyer.address']);
    expect((await owner.request({ method: 'GET', url: `/api/v1/invoices/${invoice.id}` })).json()).toMatchObject({ status: 'draft', number: null });
  });

  test('payments: partial, then the rest; more than the balance is refused naming the amount', async () => {
    const invoice = (await issue((await draft()).id)).json();
    const pay = (amount: number, paidOn = '2027-03-01') => owner.request({ method: 'POST', url: `/api/v1/invoices/${invoice.id}/payments`, payload: { amount, paidOn, method: 'bank_transfer', reference: 'TRF-1' } });
    const partial = await pay(20_000);
    expect(partial.statusCode, partial.body).toBe(201);
    expect(partial.json()).toMatchObject({ status: 'partially_paid', paid: 20_000, balance: invoice.total - 20_000 });
    const refused = expectProblem(await pay(invoice.total), 400, { code: 'validation_failed', field: 'amount' });
    expect(refused.detail).toContain(String(invoice.total - 20_000));
    expectProblem(await pay(1, '2027-03-02'), 400, { field: 'paidOn' });
    const rest = await pay(invoice.total - 20_000);
    expect(rest.json()).toMatchObject({ status: 'paid', balance: 0 });
    expect(rest.json().payments).toHaveLength(2);
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/invoices/${invoice.id}/void`, payload: { reason: 'x' } }), 409, { code: 'conflict' });
    const events = (await owner.request({ method: 'GET', url: `/api/v1/clients/${clientId}/events?limit=200` })).json().items.map((e: { type: string }) => e.type);
    expect(events).toEqual(expect.arrayContaining(['invoice_issued', 'payment_recorded', 'invoice_voided']));
  });

  test('a promise to pay is recorded with its date; one in the past is refused', async () => {
    const invoice = (await issue((await draft()).id)).json();
    const promised = await owner.request({ method: 'POST', url: `/api/v1/invoices/${invoice.id}/promises`, payload: { promisedOn: '2027-04-15', note: 'Llamó Ana' } });
    expect(promised.statusCode, promised.body).toBe(201);
    expect(promised.json().promises).toEqual([expect.objectContaining({ promisedOn: '2027-04-15', recordedOn: '2027-03-01', outcome: 'pending' })]);
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/invoices/${invoice.id}/promises`, payload: { promisedOn: '2027-02-01' } }), 400, { field: 'promisedOn' });
  });

  test('the list filters by status as of today and by client, with paging', async () => {
    const other = await newClient('Otra');
    const mine = await draft({ clientId: other });
    const page = (await owner.request({ method: 'GET', url: `/api/v1/invoices?clientId=${other}` })).json();
    expect(page).toMatchObject({ total: 1, items: [{ id: mine.id, status: 'draft', clientName: 'Otra' }] });
    const drafts = (await owner.request({ method: 'GET', url: '/api/v1/invoices?status=draft&limit=1' })).json();
    expect(drafts.items).toHaveLength(1);
    expect(drafts.total).toBeGreaterThan(1);
    expect((await owner.request({ method: 'GET', url: '/api/v1/invoices?status=overdue' })).json().total).toBe(0);
  });

  test('statutory EU late fees need an invoice in euros', async () => {
    const response = await owner.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId, currency: 'GBP', lines: [], lateFeeRule: { kind: 'statutory_eu' } } });
    expectProblem(response, 400, { field: 'lateFeeRule' });
  });

  test('the PDF is in the client language with the fields Spanish law requires', async () => {
    const invoice = (await issue((await draft()).id)).json();
    const response = await owner.request({ method: 'GET', url: `/api/v1/invoices/${invoice.id}/pdf` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(`factura-${invoice.number}.pdf`);
    const { text } = await readPdfText(response.rawPayload);
    for (const expected of ['Factura', invoice.number, 'Fecha de expedición', 'Fecha de la operación', 'Lucía Peña Ruiz', 'NIF: 12345678Z', 'Calle Mayor 1', 'Acme Ibérica SL', 'NIF: B12345674', 'Gran Vía 2', 'Base imponible', '537,50 €', '21 %', '112,88 €', 'Retención IRPF (15 %)', '-80,63 €', '569,75 €']) {
      expect(text).toContain(expected);
    }
  });

  test('issuing many drafts at the same time gives consecutive numbers with no gap and no repeat', async () => {
    const ids = await Promise.all(Array.from({ length: 12 }, async () => (await draft()).id));
    const responses = await Promise.all(ids.map((id) => issue(id)));
    for (const response of responses) expect(response.statusCode, response.body).toBe(200);
    const numbers = (await t.database.db.selectFrom('invoices').select('number').where('workspace_id', '=', owner.workspaceId).where('series', '=', 'default').where('number', 'is not', null).execute())
      .map((row) => Number(row.number!.slice(5)))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
  });
});

describe.each(databaseKinds)('payment behaviour on %s', (kind) => {
  test('on-time rate, days late, trend and promises, from paid invoices', async () => {
    const dates = ['2027-01-10', '2027-01-20', '2027-02-10', '2027-02-22', '2027-03-10', '2027-03-18', '2027-04-10', '2027-04-10', '2027-05-10', '2027-05-12', '2027-06-10', '2027-06-09'];
    let clock = { now: '2027-01-01T09:00:00Z' };
    // The clock moves with the story: each invoice is issued before its due date and paid on its payment day.
    const { createClock } = await import('../../clock.ts');
    const dynamicClock = { now: () => createClock(clock.now).now(), nowIso: () => createClock(clock.now).nowIso() };
    const t = await createTestApp(kind, { clock: dynamicClock });
    try {
      const owner = await setUpOwner(t.app);
      const clientId = (await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Pagador', timeZone: 'UTC', language: 'en', currency: 'EUR' } })).json().id;
      for (let i = 0; i < 6; i++) {
        const [due, paid] = [dates[2 * i]!, dates[2 * i + 1]!];
        clock = { now: `${due.slice(0, 8)}01T09:00:00Z` };
        const created = (await owner.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId, dueOn: due, lines: [{ description: 'Work', unitPrice: 10_000, taxRate: 0 }] } })).json();
        expect((await owner.request({ method: 'POST', url: `/api/v1/invoices/${created.id}/issue` })).statusCode).toBe(200);
        if (i === 0) expect((await owner.request({ method: 'POST', url: `/api/v1/invoices/${created.id}/promises`, payload: { promisedOn: '2027-01-15' } })).statusCode).toBe(201);
        clock = { now: `${paid}T12:00:00Z` };
        const payment = await owner.request({ method: 'POST', url: `/api/v1/invoices/${created.id}/payments`, payload: { amount: 10_000, paidOn: paid, method: 'bank_transfer' } });
        expect(payment.statusCode, payment.body).toBe(201);
      }
      const behaviour = await owner.request({ method: 'GET', url: `/api/v1/clients/${clientId}/payment-behaviour` });
      expect(behaviour.statusCode, behaviour.body).toBe(200);
      expect(behaviour.json()).toEqual({
        clientId,
        paidInvoices: 6,
        onTimeRate: 0.333,
        averageDaysLate: 5.3,
        trend: 'improving',
        recentAverageDaysLate: 0.7,
        previousAverageDaysLate: 10,
        promisesKept: 0,
        promisesBroken: 1,
        promisesPending: 0,
        openBalance: 0,
      });
    } finally {
      await t.close();
    }
  });
});
