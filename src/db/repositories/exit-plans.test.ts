// Storage suite for exit plans, offboardings and recoveries: one open plan per client even under a race, and every read scoped to its workspace.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../tests/support/test-database.ts';
import { clientFields, insertWorkspace } from '../../../tests/support/storage-factories.ts';
import { clientsRepository } from './clients.ts';
import { exitPlansRepository } from './exit-plans.ts';
import { offboardingsRepository } from './offboardings.ts';
import { recoveriesRepository } from './recoveries.ts';
import { emptyChecklist } from '../../domain/offboarding/checklist.ts';
import { emptyReview } from '../../domain/recovery/self-review.ts';

const NOW = '2027-03-01T09:00:00.000Z';

describe.each(databaseKinds)('exit and offboarding storage on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function workspaceWithClient(name: string) {
    const workspaceId = await insertWorkspace(database.db);
    const clientId = await clientsRepository(database.db, workspaceId).insert(clientFields({ name, stage: 'active' }), NOW);
    return { workspaceId, clientId };
  }

  test('two plans inserted at once for one client: the database keeps one, and a closed plan makes room for a new one', async () => {
    const { workspaceId, clientId } = await workspaceWithClient('Racing');
    const plans = exitPlansRepository(database.db, workspaceId);
    const plan = { clientId, origin: 'manual' as const, targetDate: '2027-03-31', steps: [{ title: 'Tell them', isDone: false }] };
    const results = await Promise.all([plans.insert(plan, NOW), plans.insert(plan, NOW)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const open = await plans.findOpenForClient(clientId);
    expect(open).toMatchObject({ status: 'open', version: 1, steps: [{ title: 'Tell them', isDone: false }] });
    expect(await plans.updateIfVersion(open!.id, 1, { status: 'cancelled', closedAt: NOW }, NOW)).toBe(true);
    expect(await plans.insert(plan, NOW)).toMatchObject({ status: 'open' });
  });

  test("another workspace sees none of a client's plan, offboarding, procedures or recovery", async () => {
    const { workspaceId, clientId } = await workspaceWithClient('Private');
    const other = await insertWorkspace(database.db, 'Other');
    await exitPlansRepository(database.db, workspaceId).insert({ clientId, origin: 'health', targetDate: '2027-04-01', steps: [] }, NOW);
    const offboardings = offboardingsRepository(database.db, workspaceId);
    expect(await offboardings.insert(clientId, emptyChecklist, NOW)).toBe(true);
    expect(await offboardings.insert(clientId, emptyChecklist, NOW)).toBe(false);
    await offboardings.replaceProcedures(clientId, [{ title: 'Backups', cadence: 'Fridays', steps: [{ text: 'Run it', isConfidential: false }] }], NOW);
    await recoveriesRepository(database.db, workspaceId).insertOnce({ clientId, periodStart: '2026-12-01', periodEnd: '2027-03-01', review: emptyReview }, NOW);

    expect(await exitPlansRepository(database.db, other).findOpenForClient(clientId)).toBeUndefined();
    expect(await exitPlansRepository(database.db, other).listOpen()).toEqual([]);
    expect(await offboardingsRepository(database.db, other).findForClient(clientId)).toBeUndefined();
    expect(await offboardingsRepository(database.db, other).listProcedures(clientId)).toEqual([]);
    expect(await recoveriesRepository(database.db, other).findForClient(clientId)).toBeUndefined();
    expect(await offboardingsRepository(database.db, workspaceId).listProcedures(clientId)).toEqual([{ title: 'Backups', cadence: 'Fridays', steps: [{ text: 'Run it', isConfidential: false }] }]);
  });
});
