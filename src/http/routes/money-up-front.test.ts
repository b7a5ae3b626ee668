// Money up front over HTTP on each database: the deposit invoice issued with the last signature (or left as a draft
// when a Spanish invoice lacks its tax details, without undoing the signature), the "ready to start" message once every
// client input is in, and the late-fee invoice that bills charged fees once.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InjectOptions } from 'fastify';
import { z } from 'zod';
import { Temporal } from 'temporal-polyfill';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';
import { toIso, type Clock } from '../../clock.ts';
import { agreementsRepository } from '../../db/repositories/agreements.ts';
import { currentVersionOf } from '../../use-cases/agreement-support.ts';
import { invoiceDepositOnSigning } from '../../use-cases/invoice-deposit-on-signing.ts';
import { exportWorkspace } from '../../use-cases/export-workspace.ts';
import { invoicingExportShape } from '../../use-cases/export-invoicing.ts';
import { signedContract } from './money-up-front.test-support.ts';

type Invoice = { id: string; kind: string; status: string; number: string | null; agreementId: string | null; total: number; balance: number; dueOn: string | null; lines: { description: string; unitPrice: number; taxRate: number }[]; [key: string]: unknown };

function movableClock(start: string) {
  let current = Temporal.Instant.from(start);
  const clock: Clock = { now: () => current, nowIso: () => toIso(current) };
  return { clock, setTo: (iso: string) => (current = Temporal.Instant.from(iso)) };
}

describe.each(databaseKinds)('money up front on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  let time: ReturnType<typeof movableClock>;
  let lucia: string;
  let sam: string;
  const inject = (options: InjectOptions) => t.app.inject(options);

  const newClient = async (as: Owner, payload: Record<string, unknown>) => {
    const response = await as.request({ method: 'POST', url: '/api/v1/clients', payload: { timeZone: 'Europe/Madrid', currency: 'EUR', ...payload } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const invoicesOf = async (clientId: string, as = owner) => (await as.request({ method: 'GET', url: `/api/v1/invoices?clientId=${clientId}&limit=200` })).json().items as { id: string; kind: string }[];
  const invoice = async (id: string, as = owner) => (await as.request({ method: 'GET', url: `/api/v1/invoices/${id}` })).json() as Invoice;
  const depositOf = async (agreementId: string, clientId: string, as = owner) => {
    for (const item of await invoicesOf(clientId, as)) {
      const full = await invoice(item.id, as);
      if (full.kind === 'deposit' && full.agreementId === agreementId) return full;
    }
    return undefined;
  };
  const issuedStandard = async (clientId: string, extra: Record<string, unknown> = {}) => {
    const draft = await owner.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId, dueOn: '2027-03-10', lines: [{ description: 'Work', unitPrice: 100_000, taxRate: 0 }], ...extra } });
    expect(draft.statusCode, draft.body).toBe(201);
    const issued = await owner.request({ method: 'POST', url: `/api/v1/invoices/${draft.json().id}/issue` });
    expect(issued.statusCode, issued.body).toBe(200);
    return issued.json() as Invoice;
  };
  const record = (agreementId: string, inputId: string, receivedOn = '2027-03-01') => owner.request({ method: 'POST', url: `/api/v1/agreements/${agreementId}/client-inputs`, payload: { inputId, receivedOn } });
  const readiness = async (agreementId: string) => (await owner.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/ready-to-start` })).json();
  const events = async (clientId: string, as = owner) => (await as.request({ method: 'GET', url: `/api/v1/clients/${clientId}/events?limit=100` })).json().items as { type: string; payload: Record<string, unknown> }[];

  beforeAll(async () => {
    time = movableClock('2027-03-01T09:00:00Z');
    t = await createTestApp(kind, { clock: time.clock });
    owner = await setUpOwner(t.app, { name: 'Marta Vidal' });
    const settings = { seller: { name: 'Marta Vidal Estudio' }, depositDueDays: 10, defaultTaxRate: 21, defaultWithholdingRate: 15 };
    const saved = await owner.request({ method: 'PUT', url: '/api/v1/settings/invoicing', payload: { settings, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    lucia = await newClient(owner, { name: 'Lucía Ortega', company: 'Norte Café', language: 'es', contacts: [{ name: 'Lucía', email: 'lucia@norte.example' }] });
    sam = await newClient(owner, { name: 'Sam Reed', language: 'en', currency: 'GBP', contacts: [{ name: 'Sam', email: 'sam@example.com' }] });
  });
  afterAll(async () => {
    await t?.close();
  });

  test('the last signature (the client, in the portal) issues the deposit invoice with the next number, due in the deposit days', async () => {
    const first = await issuedStandard(lucia);
    expect(first.number).toBe('2027-0001');
    const edit = (document: { cost: Record<string, unknown> }) => void (document.cost.lateFee = { kind: 'flat', amount: 2_500, graceDays: 5 });
    const { agreementId, signed } = await signedContract(owner, inject, { clientId: lucia, templateId: 'starter-designer-es', document: { cost: { amount: 300_000 } }, edit });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed' });
    const deposit = await depositOf(agreementId, lucia);
    // 50% of 3,000.00 = 1,500.00; IVA 21% = 315.00; IRPF 15% = 225.00 withheld: 1,590.00 to pay.
    expect(deposit).toMatchObject({ status: 'issued', number: '2027-0002', issueDate: '2027-03-01', dueOn: '2027-03-11', language: 'es', currency: 'EUR', base: 150_000, tax: 31_500, withholding: 22_500, total: 159_000 });
    expect(deposit!.lines).toEqual([expect.objectContaining({ description: 'Anticipo (50\u00a0%, no reembolsable) — Diseño de identidad de marca', unitPrice: 150_000, taxRate: 21 })]);
    expect(deposit!.lateFeeRule).toEqual({ kind: 'flat', amount: 2_500, graceDays: 5 });
    expect(deposit!.buyer).toMatchObject({ name: 'Norte Café' });
    expect((await events(lucia)).find((e) => e.type === 'invoice_issued' && e.payload.invoiceId === deposit!.id)?.payload).toMatchObject({ number: '2027-0002', dueOn: '2027-03-11', total: 159_000 });
  });

  test('when the freelancer signs last, in the app, the deposit is issued too: a monthly late fee becomes simple monthly interest', async () => {
    const client = await newClient(owner, { name: 'Dana Lee', language: 'en', contacts: [{ name: 'Dana', email: 'dana@example.com' }] });
    const { agreementId, signed } = await signedContract(owner, inject, { clientId: client, clientSignsFirst: true, document: { title: 'Logo refresh', cost: { amount: 100_001, depositPercent: 33.33, isDepositRefundable: true } } });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed' });
    const deposit = await depositOf(agreementId, client);
    // 33.33% of 1,000.01 = 333.303… → 333.30.
    expect(deposit).toMatchObject({ status: 'issued', number: '2027-0003', base: 33_330, language: 'en' });
    expect(deposit!.lines[0]!.description).toBe('Deposit (33.33%, refundable) — Logo refresh');
    expect(deposit!.lateFeeRule).toEqual({ kind: 'percent_monthly', percent: 1.5, graceDays: 7, capPercent: null });
  });

  test('the deposit is written once per contract, however often signing is replayed', async () => {
    const { agreementId } = await signedContract(owner, inject, { clientId: lucia, templateId: 'starter-designer-es', document: { cost: { amount: 50_000 } } });
    const agreement = (await agreementsRepository(t.database.db, owner.workspaceId).findById(agreementId))!;
    const { document } = await currentVersionOf(t.database.db, owner.workspaceId, agreement);
    const again = await t.database.db.transaction().execute((trx) => invoiceDepositOnSigning({ trx, ctx: { ...t.deps, workspaceId: owner.workspaceId, userId: null }, agreement, document }));
    expect(again).toBe('already_invoiced');
    const deposits = [];
    for (const item of await invoicesOf(lucia)) if ((await invoice(item.id)).agreementId === agreementId) deposits.push(item);
    expect(deposits).toHaveLength(1);
  });

  test('no deposit for a retainer, hourly work, a 0% deposit or a contract without a total', async () => {
    const client = await newClient(owner, { name: 'No Deposit Co', language: 'en', contacts: [{ name: 'Noor', email: 'noor@example.com' }] });
    const cases = [
      { templateId: 'starter-virtual-assistant-en', document: { cost: { amount: 150_000 } } },
      { document: { cost: { pricingModel: 'hourly', amount: 6_000 } } },
      { document: { cost: { amount: 100_000, depositPercent: 0 } } },
      { document: { cost: { amount: 0 } } },
    ];
    for (const options of cases) {
      const { signed } = await signedContract(owner, inject, { clientId: client, ...options });
      expect(signed.statusCode, signed.body).toBe(200);
    }
    expect(await invoicesOf(client)).toEqual([]);
  });

  test('a Spanish deposit missing its legal details stays a draft, the signature stands, and the timeline says what to add', async () => {
    const spanish = await setUpOwner(t.app, { name: 'Lucía Peña' });
    const settings = { seller: { name: 'Lucía Peña Ruiz', taxId: '12345678Z' } };
    expect((await spanish.request({ method: 'PUT', url: '/api/v1/settings/invoicing', payload: { settings, version: 0 } })).json()).toMatchObject({ isSpanishWorkspace: true });
    const client = await newClient(spanish, { name: 'Acme Ibérica', language: 'es', contacts: [{ name: 'Ana', email: 'ana@acme.example' }] });
    const { agreementId, signed } = await signedContract(spanish, inject, { clientId: client, templateId: 'starter-designer-es', document: { cost: { amount: 200_000 } } });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed', signatures: [expect.anything(), expect.anything()] });
    const deposit = await depositOf(agreementId, client, spanish);
    // No default tax in this workspace: the deposit is half of 2,000.00.
    expect(deposit).toMatchObject({ status: 'draft', number: null, total: 100_000, dueOn: '2027-03-08' });
    const left = (await events(client, spanish)).find((e) => e.type === 'invoice_left_as_draft');
    expect(left?.payload).toMatchObject({ kind: 'deposit', agreementId, invoiceId: deposit!.id, missing: ['seller.address', 'buyer.taxId', 'buyer.address'] });
    expect((await spanish.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}` })).json()).toMatchObject({ status: 'signed' });
    expect((await spanish.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}/ready-to-start` })).json()).toMatchObject({ isReady: false, depositInvoice: { id: deposit!.id, number: null }, draft: null });
    // Completed by hand, it issues with the next number.
    const completed = await spanish.request({ method: 'PATCH', url: `/api/v1/invoices/${deposit!.id}`, payload: { version: deposit!.version, buyer: { name: 'Acme Ibérica SL', taxId: 'B12345674', address: 'Gran Vía 2, Madrid' } } });
    expect(completed.statusCode, completed.body).toBe(200);
    await spanish.request({ method: 'PUT', url: '/api/v1/settings/invoicing', payload: { settings: { seller: { ...settings.seller, address: 'Calle Mayor 1, Madrid' } }, version: 1 } });
    expect((await spanish.request({ method: 'POST', url: `/api/v1/invoices/${deposit!.id}/issue` })).json()).toMatchObject({ status: 'issued', number: '2027-0001' });
  });

  test('ready to start: once every client input is in and the deposit is unpaid, a draft in the client’s language goes out once', async () => {
    const inputs = [
      { id: 'questionnaire', title: 'Cuestionario de marca', expected: { kind: 'after_start', days: 5 } },
      { id: 'photos', title: 'Fotos del local', expected: { kind: 'after_start', days: 5 } },
    ];
    const { agreementId } = await signedContract(owner, inject, { clientId: lucia, templateId: 'starter-designer-es', document: { title: 'Carta nueva', cost: { amount: 80_000 }, when: { clientInputs: inputs } } });
    const deposit = (await depositOf(agreementId, lucia))!;
    const before = await readiness(agreementId);
    expect(before).toMatchObject({ isReady: false, draft: null, sentAt: null, depositInvoice: { id: deposit.id, number: deposit.number, balance: 42_400, currency: 'EUR', dueOn: '2027-03-11' } });
    expect(before.missingInputs).toEqual([{ id: 'questionnaire', title: 'Cuestionario de marca' }, { id: 'photos', title: 'Fotos del local' }]);
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/agreements/${agreementId}/ready-to-start`, payload: { subject: 'x', body: 'y' } }), 409, { code: 'conflict' });

    expect((await record(agreementId, 'questionnaire')).statusCode).toBe(200);
    expect((await readiness(agreementId)).missingInputs).toEqual([{ id: 'photos', title: 'Fotos del local' }]);
    expect((await record(agreementId, 'photos')).statusCode).toBe(200);
    const ready = await readiness(agreementId);
    expect(ready).toMatchObject({ isReady: true, missingInputs: [], draft: { to: 'lucia@norte.example', language: 'es', subject: 'Todo listo para empezar: Carta nueva' } });
    expect(ready.draft.body).toContain(`Empiezo en cuanto llegue el anticipo: la factura ${deposit.number} de 424,00\u00a0€, con vencimiento el 11 de marzo de 2027.`);
    expect(ready.draft.body).toContain('[enlace a tu portal]');

    const body = `${ready.draft.body}\n\nP. D.: ¡Qué ganas de empezar!`;
    const sent = await owner.request({ method: 'POST', url: `/api/v1/agreements/${agreementId}/ready-to-start`, payload: { subject: ready.draft.subject, body } });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ isReady: true, draft: null, sentAt: '2027-03-01T09:00:00.000Z' });
    const mail = (await owner.request({ method: 'GET', url: '/api/v1/outbox?limit=200' })).json().items.filter((m: { subject: string }) => m.subject === 'Todo listo para empezar: Carta nueva');
    expect(mail).toHaveLength(1);
    expect(mail[0].to).toBe('lucia@norte.example');
    expect(mail[0].bodyText).toMatch(/En tu portal puedes ver la factura y todo lo que acordamos:\nhttp:\/\/localhost:3000\/p\/[A-Za-z0-9_-]{20,}/);
    expect(mail[0].bodyText).not.toContain('[enlace a tu portal]');
    expect(mail[0].bodyText).toContain('¡Qué ganas de empezar!');
    expect((await events(lucia)).find((e) => e.type === 'ready_to_start_sent')).toMatchObject({ payload: { agreementId, number: deposit.number, amount: 42_400, to: 'lucia@norte.example' } });
    // Once per deposit: a second send (a double click, another tab) is refused and queues nothing.
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/agreements/${agreementId}/ready-to-start`, payload: { subject: 'Again', body: 'Again' } }), 409, { code: 'conflict' });

    // Paid: nothing to wait for any more.
    const paid = await owner.request({ method: 'POST', url: `/api/v1/invoices/${deposit.id}/payments`, payload: { amount: 42_400, paidOn: '2027-03-01', method: 'bank_transfer' } });
    expect(paid.statusCode, paid.body).toBe(201);
    expect(await readiness(agreementId)).toMatchObject({ isReady: false, draft: null, depositInvoice: { balance: 0, status: 'paid' } });
  });

  test('a client without an email gets a draft with no recipient, and sending it answers 422 naming to', async () => {
    const { agreementId } = await signedContract(owner, inject, { clientId: sam, document: { cost: { amount: 60_000 } } });
    // The contract went to Sam's address; since then the contact was removed.
    const current = (await owner.request({ method: 'GET', url: `/api/v1/clients/${sam}` })).json();
    expect((await owner.request({ method: 'PATCH', url: `/api/v1/clients/${sam}`, payload: { version: current.version, contacts: [{ name: 'Sam' }] } })).statusCode).toBe(200);
    expect((await record(agreementId, 'questionnaire')).statusCode).toBe(200);
    const ready = await readiness(agreementId);
    expect(ready).toMatchObject({ isReady: true, draft: { to: null, language: 'en', subject: 'Ready to start: Brand identity design' } });
    expect(ready.draft.body).toContain('invoice 2027-');
    expect(ready.draft.body).toContain('£318.00');
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/agreements/${agreementId}/ready-to-start`, payload: { subject: 'Ready', body: 'Hi' } }), 422, { code: 'unprocessable', field: 'to' });
    expect((await events(sam)).some((e) => e.type === 'ready_to_start_sent')).toBe(false);
  });

  test('a proposal, a contract not signed yet, or a retainer has nothing to wait for', async () => {
    const proposal = (await owner.request({ method: 'POST', url: '/api/v1/agreements', payload: { clientId: lucia, templateId: 'starter-designer-es', document: { cost: { amount: 10_000 } } } })).json();
    expect(await readiness(proposal.id)).toMatchObject({ isReady: false, depositInvoice: null, draft: null });
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/agreements/${proposal.id}/ready-to-start`, payload: { subject: 'x', body: 'y' } }), 409, { code: 'conflict' });
    expectProblem(await owner.request({ method: 'GET', url: '/api/v1/agreements/00000000-0000-4000-8000-000000000000/ready-to-start' }), 404, { code: 'not_found' });
  });

  test('a late-fee invoice bills the fees charged under the terms once, for the same client and contract, in their language', async () => {
    // The first test's deposit: 1,590.00 due 11 March with a 25.00 fee after 5 days' grace. On 20 March it is charged.
    const deposit = (await owner.request({ method: 'GET', url: `/api/v1/invoices?clientId=${lucia}&limit=200` })).json().items.find((i: { number: string }) => i.number === '2027-0002');
    time.setTo('2027-03-20T10:00:00Z');
    const billed = await owner.request({ method: 'POST', url: `/api/v1/invoices/${deposit.id}/late-fee-invoice` });
    expect(billed.statusCode, billed.body).toBe(201);
    const lateFeeInvoice = billed.json() as Invoice;
    const original = await invoice(deposit.id);
    expect(lateFeeInvoice).toMatchObject({ kind: 'late_fee', status: 'issued', clientId: lucia, agreementId: original.agreementId, language: 'es', currency: 'EUR', issueDate: '2027-03-20', total: 2_500, tax: 0, withholding: 0, lateFeeRule: null });
    expect(billed.headers.location).toBe(`/api/v1/invoices/${lateFeeInvoice.id}`);
    expect(lateFeeInvoice.lines).toEqual([expect.objectContaining({ description: 'Recargo por demora (factura 2027-0002, 17 de marzo de 2027)', unitPrice: 2_500, taxRate: 0 })]);
    expect(lateFeeInvoice.notes).toBe('Recargos por demora de la factura 2027-0002, aplicados según las condiciones de pago acordadas.');
    const fees = await t.database.db.selectFrom('late_fees').select(['fee_key', 'billed_by_invoice_id']).where('invoice_id', '=', deposit.id).execute();
    expect(fees).toEqual([{ fee_key: 'flat', billed_by_invoice_id: lateFeeInvoice.id }]);
    // Nothing is left: a second request bills nothing.
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/invoices/${deposit.id}/late-fee-invoice` }), 422, { code: 'unprocessable' });
  });

  test('statutory interest accrued so far is fixed into a charge and billed with the 40 € compensation; missing rates are asked for', async () => {
    time.setTo('2027-03-01T09:00:00Z');
    const statutory = await issuedStandard(lucia, { lateFeeRule: { kind: 'statutory_eu' } });
    time.setTo('2027-03-20T10:00:00Z');
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/invoices/${statutory.id}/late-fee-invoice` }), 422, { code: 'unprocessable', field: 'euReferenceRates' });
    const current = (await owner.request({ method: 'GET', url: '/api/v1/settings/invoicing' })).json();
    const rates = await owner.request({ method: 'PUT', url: '/api/v1/settings/invoicing', payload: { settings: { ...current.settings, euReferenceRates: { '2027-H1': 2.15 } }, version: current.version } });
    expect(rates.statusCode, rates.body).toBe(200);
    const billed = await owner.request({ method: 'POST', url: `/api/v1/invoices/${statutory.id}/late-fee-invoice` });
    expect(billed.statusCode, billed.body).toBe(201);
    // 10 days late on 1,000.00 at (2.15 + 8)% a year: 1,000.00 × 10.15% × 10 / 365 = 2.78.
    expect(billed.json().lines.map((l: { description: string; unitPrice: number }) => [l.description, l.unitPrice])).toEqual([
      ['Indemnización por costes de cobro (factura ' + statutory.number + ', 11 de marzo de 2027)', 4_000],
      ['Intereses legales de demora (factura ' + statutory.number + ', 20 de marzo de 2027)', 278],
    ]);
    const original = await invoice(statutory.id);
    expect(original.lateFees).toMatchObject({ accruedInterest: null, chargedTotal: 4_278 });
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/invoices/${statutory.id}/late-fee-invoice` }), 422, { code: 'unprocessable' });
  });

  test('an export keeps which late-fee invoice billed each fee; a file from before late-fee invoices reads as not billed', async () => {
    const file = await exportWorkspace({ db: t.database.db, workspaceId: owner.workspaceId, exportedAt: time.clock.nowIso() });
    const billed = file.lateFees.filter((fee) => fee.billedByInvoiceId !== null);
    expect(billed.map((fee) => fee.key).sort()).toEqual(['flat', 'statutory_compensation', 'statutory_interest']);
    expect(billed.every((fee) => file.invoices.some((i) => i.id === fee.billedByInvoiceId && i.kind === 'late_fee'))).toBe(true);
    const { billedByInvoiceId: _dropped, ...older } = billed[0]!;
    expect(z.object(invoicingExportShape).parse({ lateFees: [older] }).lateFees[0]!.billedByInvoiceId).toBeNull();
  });

  test('a void invoice or a draft answers 409, an invoice without fees 422, another id 404', async () => {
    const plain = await issuedStandard(sam, { dueOn: '2027-03-31', currency: 'GBP' });
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/invoices/${plain.id}/late-fee-invoice` }), 422, { code: 'unprocessable' });
    expect((await owner.request({ method: 'POST', url: `/api/v1/invoices/${plain.id}/void`, payload: { reason: 'Wrong client' } })).statusCode).toBe(200);
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/invoices/${plain.id}/late-fee-invoice` }), 409, { code: 'conflict' });
    const draft = (await owner.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId: sam, lines: [{ description: 'x', unitPrice: 1, taxRate: 0 }] } })).json();
    expectProblem(await owner.request({ method: 'POST', url: `/api/v1/invoices/${draft.id}/late-fee-invoice` }), 409, { code: 'conflict' });
    expectProblem(await owner.request({ method: 'POST', url: '/api/v1/invoices/00000000-0000-4000-8000-000000000000/late-fee-invoice' }), 404, { code: 'not_found' });
  });
});
