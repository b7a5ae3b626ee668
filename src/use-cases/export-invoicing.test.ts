// Invoices, payments, counters, promises, reminder steps and late fees survive export → import into an empty database → export, byte for byte.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpOwner } from '../../tests/support/test-app.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../tests/support/test-database.ts';
import { exportWorkspace, serializeExport } from './export-workspace.ts';
import { importWorkspace, parseWorkspaceExport } from './import-workspace.ts';

const NOW = '2027-03-01T09:00:00.000Z';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe.each(databaseKinds)('invoicing data in the export on %s', (kind) => {
  it('round-trips byte-identically, and files without these keys still import', async () => {
    const t = await createTestApp(kind);
    cleanups.push(() => t.close());
    const owner = await setUpOwner(t.app);
    const clientId = (await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Cliente', timeZone: 'UTC', language: 'es', currency: 'EUR', contacts: [{ name: 'Eva', email: 'eva@example.com' }] } })).json().id as string;
    const draft = async () =>
      (
        await owner.request({
          method: 'POST',
          url: '/api/v1/invoices',
          payload: { clientId, dueOn: '2027-03-01', lines: [{ description: 'Diseño ✍️', quantity: 2.5, unitPrice: 3_333, taxRate: 21 }, { description: 'Libro', unitPrice: 1_000, taxRate: 4 }], withholdingRate: 7, lateFeeRule: { kind: 'statutory_eu' } },
        })
      ).json().id as string;
    const [paid, voided, promised] = [await draft(), await draft(), await draft()];
    await draft();
    for (const id of [paid, voided, promised]) expect((await owner.request({ method: 'POST', url: `/api/v1/invoices/${id}/issue` })).statusCode).toBe(200);
    await owner.request({ method: 'POST', url: `/api/v1/invoices/${paid}/payments`, payload: { amount: 500, paidOn: '2027-03-01', method: 'card', reference: 'Ref ñ' } });
    await owner.request({ method: 'POST', url: `/api/v1/invoices/${voided}/void`, payload: { reason: 'Duplicada' } });
    await owner.request({ method: 'POST', url: `/api/v1/invoices/${promised}/promises`, payload: { promisedOn: '2027-03-10', note: 'Promete pagar' } });
    await t.database.db.insertInto('reminders_sent').values({ id: 'r1', workspace_id: owner.workspaceId, invoice_id: promised, step: 'd0', outcome: 'sent', recorded_at: NOW }).execute();
    expect((await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/late-fee-letters`, payload: { rule: { kind: 'percent_monthly', percent: 1.5, graceDays: 10, capPercent: 10 }, effectiveOn: '2027-04-01' } })).statusCode).toBe(201);
    await t.database.db.insertInto('late_fees').values({ id: 'f1', workspace_id: owner.workspaceId, invoice_id: promised, fee_key: 'statutory_compensation', reason: 'statutory_compensation', amount: 4_000, charged_on: '2027-03-02', created_at: NOW }).execute();

    const first = serializeExport(await exportWorkspace({ db: t.database.db, workspaceId: owner.workspaceId, exportedAt: NOW }));
    const data = JSON.parse(first);
    expect(data.invoices).toHaveLength(5);
    expect(data.invoices.at(-1)).toMatchObject({ series: 'corrective', number: 'R-2027-0001', correctsInvoiceId: voided });
    expect(data.invoiceSeries).toEqual([{ series: 'corrective', period: '2027', lastNumber: 1 }, { series: 'default', period: '2027', lastNumber: 3 }]);
    expect(data.invoicePayments).toHaveLength(1);
    expect(data.promisesToPay).toHaveLength(1);
    expect(data.remindersSent).toHaveLength(1);
    expect(data.lateFees).toHaveLength(1);
    expect(data.lateFeeLetters).toEqual([expect.objectContaining({ effectiveOn: '2027-04-01', rule: { kind: 'percent_monthly', percentBp: 150, graceDays: 10, capPercentBp: 1000 } })]);

    const target: TestDatabase = await createTestDatabase(kind);
    cleanups.push(() => target.drop());
    await importWorkspace({ db: target.db, data: parseWorkspaceExport(data) });
    expect(serializeExport(await exportWorkspace({ db: target.db, workspaceId: owner.workspaceId, exportedAt: NOW }))).toBe(first);

    const older = { ...data };
    for (const key of ['invoices', 'invoicePayments', 'invoiceSeries', 'promisesToPay', 'remindersSent', 'lateFees', 'lateFeeLetters']) delete older[key];
    expect(parseWorkspaceExport(older).invoices).toEqual([]);
    const broken = { ...data, invoicePayments: [{ ...data.invoicePayments[0], invoiceId: 'nobody' }] };
    expect(() => parseWorkspaceExport(broken)).toThrow(/invoicePayments\[0\]\.invoiceId/);
  });
});
