// Readiness finances survive export → import → export byte for byte, on every database pair, and feed the same report.
import { afterEach, describe, expect, it } from 'vitest';
import { createClock } from '../clock.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../tests/support/test-database.ts';
import { randomUUID } from 'node:crypto';
import { clientFields, insertUser, insertWorkspace } from '../../tests/support/storage-factories.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { profilesRepository } from '../db/repositories/profiles.ts';
import { starterProfile } from '../domain/profile/starter-profile.ts';
import { exportWorkspace, serializeExport } from './export-workspace.ts';
import { importWorkspace, parseWorkspaceExport } from './import-workspace.ts';
import { recordIncomeEntry } from './record-income-entry.ts';
import { moveIncomeToFund } from './move-income-to-fund.ts';
import { recordFundBalance } from './record-fund-balance.ts';
import { saveFinances } from './save-finances.ts';
import { loadReadiness } from './load-readiness.ts';
import type { WorkspaceContext } from './context.ts';

const NOW = '2027-03-01T09:00:00.000Z';
const opened: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.drop()));
});

async function workspaceWithFinances(database: TestDatabase): Promise<WorkspaceContext> {
  const workspaceId = await insertWorkspace(database.db);
  await insertUser(database.db, workspaceId, `owner-${randomUUID()}@example.com`);
  const ctx: WorkspaceContext = { db: database.db, clock: createClock(NOW), email: { isSmtpConfigured: false }, publicUrl: 'http://localhost:3000', workspaceId, userId: null };
  const profile = {
    ...starterProfile('Europe/Madrid', 'EUR'),
    finances: { monthlyExpenses: { business: 0, personal: 0 }, emergencyFunds: { business: 50_000, personal: 0 }, otherStreams: [{ id: 'book-1', name: 'Libro «Calma»', kind: 'royalties' as const }] },
  };
  expect(await profilesRepository(database.db, workspaceId).saveIfVersion(profile, 0, '2027-02-01T08:00:00.000Z')).toBe(true);
  await saveFinances({ ctx, monthlyExpenses: { business: 70_000, personal: 210_000 }, streamAmounts: [{ streamId: 'book-1', monthlyAmount: 12_345 }] });
  const client = await clientsRepository(database.db, workspaceId).insert(clientFields({ name: 'Señora Muñoz ☕', stage: 'active' }), '2027-01-10T10:00:00.000Z');
  const paid = await recordIncomeEntry({ ctx, source: { kind: 'client', clientId: client }, receivedOn: '2027-02-28', amount: 123_459, note: 'Factura nº 7 — «pagada»' });
  await recordIncomeEntry({ ctx, source: { kind: 'other_stream', streamId: 'book-1' }, receivedOn: '2026-12-31', amount: 9_999, note: '' });
  await moveIncomeToFund({ ctx, incomeEntryId: paid.id, side: 'personal' });
  await recordFundBalance({ ctx, side: 'business', balance: 75_000, recordedOn: '2027-01-15', note: 'Cuenta de ahorro' });
  return ctx;
}

const pairs = databaseKinds.flatMap((from) => databaseKinds.map((to) => [from, to] as const));

describe.each(pairs)('finances exported from %s, imported into %s', (fromKind, toKind) => {
  it('income entries, fund balances and stream amounts come back byte-identical, with the same readiness', async () => {
    const source = await createTestDatabase(fromKind);
    opened.push(source);
    const ctx = await workspaceWithFinances(source);
    const exported = await exportWorkspace({ db: source.db, workspaceId: ctx.workspaceId, exportedAt: NOW });
    expect(exported.incomeEntries).toHaveLength(2);
    expect(exported.fundBalances.map((b) => [b.side, b.balance, b.contribution, b.sequence])).toEqual([
      ['personal', 6_172, 6_172, 1],
      ['business', 75_000, null, 2],
    ]);
    expect(exported.incomeStreamAmounts).toEqual([{ streamId: 'book-1', monthlyAmount: 12_345, updatedAt: NOW }]);
    const first = serializeExport(exported);

    const target = await createTestDatabase(toKind);
    opened.push(target);
    const report = await importWorkspace({ db: target.db, data: parseWorkspaceExport(JSON.parse(first)) });
    expect(report.counts).toMatchObject({ incomeEntries: 2, fundBalances: 2, incomeStreamAmounts: 1 });
    expect(serializeExport(await exportWorkspace({ db: target.db, workspaceId: ctx.workspaceId, exportedAt: NOW }))).toBe(first);

    const now = ctx.clock.now();
    expect(await loadReadiness(target.db, ctx.workspaceId, now)).toEqual(await loadReadiness(source.db, ctx.workspaceId, now));
  });
});

describe('files written before readiness finances', () => {
  it('import with no income, balances or stream amounts', async () => {
    const database = await createTestDatabase('sqlite');
    opened.push(database);
    const ctx = await workspaceWithFinances(database);
    const file = JSON.parse(serializeExport(await exportWorkspace({ db: database.db, workspaceId: ctx.workspaceId, exportedAt: NOW })));
    delete file.incomeEntries;
    delete file.fundBalances;
    delete file.incomeStreamAmounts;
    const parsed = parseWorkspaceExport(file);
    expect([parsed.incomeEntries, parsed.fundBalances, parsed.incomeStreamAmounts]).toEqual([[], [], []]);
  });

  it('a balance naming an income entry the file lacks is refused, naming the field', () => {
    expect(() =>
      parseWorkspaceExport({
        format: 'sana-export',
        version: 1,
        exportedAt: NOW,
        workspace: { id: 'w', name: 'W', language: 'en', timeZone: 'UTC', currency: 'EUR', createdAt: NOW },
        users: [{ id: 'u', name: 'U', email: 'u@example.com', passwordHash: 'x', language: 'en', createdAt: NOW }],
        apiTokens: [],
        clients: [],
        contacts: [],
        events: [],
        profile: null,
        interviews: [],
        waitlistEntries: [],
        intakeLinks: [],
        outbox: [],
        fundBalances: [{ id: 'b', side: 'business', balance: 1, recordedOn: '2027-01-01', note: '', incomeEntryId: 'missing', contribution: 1, sequence: 1, createdAt: NOW }],
      }),
    ).toThrow(/fundBalances\[0\]\.incomeEntryId/);
  });
});
