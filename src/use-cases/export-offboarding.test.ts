// Exit plans, offboardings, procedures and recoveries survive export → import into an empty database → export, byte for byte.
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

describe.each(databaseKinds)('exit and offboarding data in the export on %s', (kind) => {
  it('round-trips byte-identically, and files without these keys still import', async () => {
    const t = await createTestApp(kind);
    cleanups.push(() => t.close());
    const owner = await setUpOwner(t.app);
    const client = async (name: string) => (await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name, timeZone: 'UTC', language: 'es', currency: 'EUR', stage: 'active' } })).json().id as string;
    const [leaving, toxic] = [await client('Leaving'), await client('Toxic')];
    await owner.request({ method: 'POST', url: `/api/v1/clients/${leaving.toString()}/exit-plan`, payload: { origin: 'health', steps: [{ title: 'Ahorrar 3 meses' }] } });
    await owner.request({ method: 'POST', url: `/api/v1/clients/${toxic}/exit-plan`, payload: { origin: 'manual' } });
    for (const id of [leaving, toxic]) await owner.request({ method: 'POST', url: `/api/v1/clients/${id}/offboarding` });
    const checklist = { keep_talking: true, finish_work: false, document_procedures: true, speak_well: true, keep_confidences: true };
    const saved = await owner.request({
      method: 'PUT',
      url: `/api/v1/clients/${toxic}/offboarding`,
      payload: { version: 1, checklist, workStatus: 'Casi listo ✍️', openItems: [{ text: 'Informe final' }], procedures: [{ title: 'Boletín', cadence: 'Lunes', steps: [{ text: 'Redactar' }, { text: 'Clave', isConfidential: true }] }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await owner.request({ method: 'POST', url: `/api/v1/clients/${toxic}/offboarding/close`, payload: { version: 2, isToxic: true } });
    await owner.request({ method: 'PATCH', url: `/api/v1/clients/${toxic}/recovery`, payload: { version: 1, restStart: '2027-03-08', restEnd: '2027-03-12', review: { answers: { why_yes: 'Dinero' }, lessons: [{ text: 'Prisas desde el día uno' }] } } });
    await owner.request({ method: 'POST', url: `/api/v1/clients/${toxic}/recovery/lessons`, payload: { text: 'Prisas desde el día uno', target: 'red_flags' } });

    const first = serializeExport(await exportWorkspace({ db: t.database.db, workspaceId: owner.workspaceId, exportedAt: NOW }));
    const data = JSON.parse(first);
    expect(data.exitPlans).toHaveLength(2);
    expect(data.offboardings).toHaveLength(2);
    expect(data.clientProcedures).toEqual([expect.objectContaining({ title: 'Boletín', steps: [{ text: 'Redactar', isConfidential: false }, { text: 'Clave', isConfidential: true }] })]);
    expect(data.recoveries).toEqual([expect.objectContaining({ restStart: '2027-03-08', review: { answers: expect.objectContaining({ why_yes: 'Dinero' }), lessons: [{ text: 'Prisas desde el día uno', addedTo: ['red_flags'] }] } })]);

    const target: TestDatabase = await createTestDatabase(kind);
    cleanups.push(() => target.drop());
    await importWorkspace({ db: target.db, data: parseWorkspaceExport(data) });
    expect(serializeExport(await exportWorkspace({ db: target.db, workspaceId: owner.workspaceId, exportedAt: NOW }))).toBe(first);

    const older = { ...data };
    for (const key of ['exitPlans', 'offboardings', 'clientProcedures', 'recoveries']) delete older[key];
    expect(parseWorkspaceExport(older).exitPlans).toEqual([]);
    const broken = { ...data, recoveries: [{ ...data.recoveries[0], clientId: 'nobody' }] };
    expect(() => parseWorkspaceExport(broken)).toThrow(/recoveries\[0\]\.clientId/);
  });
});
