// Exit plans, offboarding and recovery through the API, on SQLite and PostgreSQL: what the freelancer sees at each step.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';
import { readPdfText } from '../../outputs/pdf/read-pdf-text.ts';

describe.each(databaseKinds)('exit plans, offboarding and recovery on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  const newClient = async (payload: Record<string, unknown>) => {
    const response = await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { timeZone: 'Europe/Madrid', language: 'en', currency: 'EUR', stage: 'active', ...payload } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; version: number };
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    owner = await setUpOwner(t.app, { name: 'Ana Ruiz' });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('exit plans', () => {
    test('a new plan starts on the suggested date (today plus the notice) with the usual steps in the freelancer language', async () => {
      const client = await newClient({ name: 'Plan Co' });
      const suggestion = (await owner.request({ method: 'GET', url: `/api/v1/clients/${client.id}/exit-plan/suggestion` })).json();
      // No finances yet: only the 30-day notice counts, and the reason says so.
      expect(suggestion.suggestion).toMatchObject({ date: '2027-03-31', noticeOn: '2027-03-01', reason: { kind: 'runway_unknown', noticeDays: 30 } });
      expect(suggestion.steps[1]).toContain('Tell Plan Co kindly');

      expectProblem(await owner.request({ method: 'GET', url: `/api/v1/clients/${client.id}/exit-plan` }), 404, { code: 'not_found' });
      const created = await owner.request({ method: 'POST', url: `/api/v1/clients/${client.id}/exit-plan`, payload: { origin: 'health' } });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({ origin: 'health', status: 'open', targetDate: '2027-03-31', version: 1 });
      expect(created.json().steps).toHaveLength(4);

      expectProblem(await owner.request({ method: 'POST', url: `/api/v1/clients/${client.id}/exit-plan`, payload: { origin: 'manual' } }), 409, { code: 'conflict' });
      const events = (await owner.request({ method: 'GET', url: `/api/v1/clients/${client.id}/events` })).json();
      expect(events.items.map((e: { type: string }) => e.type)).toContain('exit_plan_created');
    });

    test('a stale version is refused, ticking a step off saves, and the calendar lists the plan', async () => {
      const client = await newClient({ name: 'Tick Co' });
      await owner.request({ method: 'POST', url: `/api/v1/clients/${client.id}/exit-plan`, payload: { origin: 'manual', targetDate: '2027-06-30', steps: [{ title: 'Save three months' }, { title: 'Tell them' }] } });
      const ticked = await owner.request({ method: 'PATCH', url: `/api/v1/clients/${client.id}/exit-plan`, payload: { version: 1, steps: [{ title: 'Save three months', isDone: true }, { title: 'Tell them' }] } });
      expect(ticked.statusCode, ticked.body).toBe(200);
      expect(ticked.json()).toMatchObject({ version: 2, noticeOn: '2027-05-31', steps: [{ title: 'Save three months', isDone: true }, { title: 'Tell them', isDone: false }] });
      expectProblem(await owner.request({ method: 'PATCH', url: `/api/v1/clients/${client.id}/exit-plan`, payload: { version: 1, targetDate: '2027-07-01' } }), 409, { code: 'version_conflict' });

      const calendar = (await owner.request({ method: 'GET', url: '/api/v1/exit-plans' })).json();
      expect(calendar.today).toBe('2027-03-01');
      expect(calendar.items).toContainEqual(expect.objectContaining({ clientName: 'Tick Co', targetDate: '2027-06-30', stepsDone: 1, stepsTotal: 2 }));
    });

    test('bad dates and origins name the field; a past date is refused', async () => {
      const client = await newClient({ name: 'Dates Co' });
      const url = `/api/v1/clients/${client.id}/exit-plan`;
      expectProblem(await owner.request({ method: 'POST', url, payload: { origin: 'manual', targetDate: '2027-02-30' } }), 400, { field: 'targetDate' });
      expectProblem(await owner.request({ method: 'POST', url, payload: { origin: 'manual', targetDate: '2027-02-01' } }), 400, { field: 'targetDate' });
      expectProblem(await owner.request({ method: 'POST', url, payload: { origin: 'gut' } }), 400, { field: 'origin' });
      expectProblem(await owner.request({ method: 'POST', url, payload: { origin: 'manual', steps: [{ title: ' ' }] } }), 400, { field: 'steps.0.title' });
    });

    test('cancelling closes the plan, records it, and a new plan can start', async () => {
      const client = await newClient({ name: 'Cancel Co' });
      const url = `/api/v1/clients/${client.id}/exit-plan`;
      await owner.request({ method: 'POST', url, payload: { origin: 'manual' } });
      expect((await owner.request({ method: 'DELETE', url })).statusCode).toBe(204);
      expectProblem(await owner.request({ method: 'GET', url }), 404);
      expectProblem(await owner.request({ method: 'DELETE', url }), 404);
      expect((await owner.request({ method: 'POST', url, payload: { origin: 'manual' } })).statusCode).toBe(201);
    });

    test('with finances, a client the freelancer cannot yet afford to lose is kept until the runway allows, and the reason says so', async () => {
      const client = await newClient({ name: 'Big Payer' });
      const { profile, version } = (await owner.request({ method: 'GET', url: '/api/v1/profile' })).json();
      // 3,000 a month of expenses and 3,000 in the funds; this client paid 36,000 in the last year (all the income).
      profile.finances = { monthlyExpenses: { business: 100_000, personal: 200_000 }, emergencyFunds: { business: 150_000, personal: 150_000 }, otherStreams: [] };
      const saved = await owner.request({ method: 'PUT', url: '/api/v1/profile', payload: profile, headers: { 'if-match': `"${version}"` } });
      expect(saved.statusCode, saved.body).toBe(200);
      const income = await owner.request({ method: 'POST', url: '/api/v1/readiness/income', payload: { source: { kind: 'client', clientId: client.id }, receivedOn: '2027-02-01', amount: 3_600_000 } });
      expect(income.statusCode, income.body).toBe(201);
      const suggestion = (await owner.request({ method: 'GET', url: `/api/v1/clients/${client.id}/exit-plan/suggestion` })).json().suggestion;
      // Without them the funds last 1 month; keeping them 2 more months reaches the 3-month safe runway.
      expect(suggestion).toEqual({ date: '2027-05-01', noticeOn: '2027-04-01', today: '2027-03-01', reason: { kind: 'runway', noticeDays: 30, runwayMonths: 1, monthsToKeep: 2, safeRunwayMonths: 3 } });
      // A client who paid nothing takes no income away: the date is the notice date, with the runway of today.
      const other = await newClient({ name: 'Small One' });
      expect((await owner.request({ method: 'GET', url: `/api/v1/clients/${other.id}/exit-plan/suggestion` })).json().suggestion.reason).toEqual({ kind: 'notice', noticeDays: 30, runwayMonths: null });
    });

    test('the notice period is a setting: a longer one moves the suggested date', async () => {
      const settings = (await owner.request({ method: 'GET', url: '/api/v1/settings/offboarding' })).json();
      expect(settings).toEqual({ settings: { noticeDays: 30, safeRunwayMonths: 3, hardPeriodDays: 90 }, version: 0 });
      const saved = await owner.request({ method: 'PUT', url: '/api/v1/settings/offboarding', payload: { noticeDays: 45, safeRunwayMonths: 3, hardPeriodDays: 90, version: 0 } });
      expect(saved.statusCode, saved.body).toBe(200);
      expectProblem(await owner.request({ method: 'PUT', url: '/api/v1/settings/offboarding', payload: { noticeDays: 10, safeRunwayMonths: 3, hardPeriodDays: 90, version: 0 } }), 409);
      const client = await newClient({ name: 'Notice Co' });
      expect((await owner.request({ method: 'GET', url: `/api/v1/clients/${client.id}/exit-plan/suggestion` })).json().suggestion.date).toBe('2027-04-15');
      await owner.request({ method: 'PUT', url: '/api/v1/settings/offboarding', payload: { noticeDays: 30, safeRunwayMonths: 3, hardPeriodDays: 90, version: 1 } });
    });
  });

  describe('offboarding, handoff and recovery', () => {
    let toxic: { id: string };
    let calm: { id: string };
    const confidentialNote = 'Owner is going through a divorce';
    const confidentialEvent = 'They admitted the accounts are under audit';
    const confidentialStep = 'The admin password is Tulip-2027';

    beforeAll(async () => {
      calm = await newClient({ name: 'Calma Estudio', language: 'es', contacts: [{ name: 'Lucía Pérez', email: 'lucia@calma.example' }] });
      toxic = await newClient({ name: 'Stormy Ltd', language: 'es', notes: confidentialNote, isNotesConfidential: true });
      await owner.request({ method: 'POST', url: `/api/v1/clients/${toxic.id}/events`, payload: { type: 'note', summary: confidentialEvent, isConfidential: true } });
      const missed = await owner.request({
        method: 'POST',
        url: `/api/v1/clients/${toxic.id}/events`,
        payload: { type: 'missed_commitment', summary: 'Calma logo delivered a week late', otherClientId: calm.id, occurredAt: '2027-02-10T10:00:00Z' },
      });
      expect(missed.statusCode, missed.body).toBe(201);
      await owner.request({ method: 'POST', url: `/api/v1/clients/${toxic.id}/exit-plan`, payload: { origin: 'health' } });
    });

    test('starting moves the client to offboarding, and saving keeps procedures and open items', async () => {
      const started = await owner.request({ method: 'POST', url: `/api/v1/clients/${toxic.id}/offboarding` });
      expect(started.statusCode, started.body).toBe(201);
      expect(started.json()).toMatchObject({ stage: 'offboarding', version: 1, isClosed: false });
      expectProblem(await owner.request({ method: 'POST', url: `/api/v1/clients/${toxic.id}/offboarding` }), 409, { code: 'conflict' });
      expect((await owner.request({ method: 'GET', url: `/api/v1/clients/${toxic.id}/exit-plan` })).json().status).toBe('offboarding');

      const saved = await owner.request({
        method: 'PUT',
        url: `/api/v1/clients/${toxic.id}/offboarding`,
        payload: {
          version: 1,
          checklist: { keep_talking: true, finish_work: false, document_procedures: true, speak_well: true, keep_confidences: true },
          workStatus: 'La campaña de primavera está redactada.',
          openItems: [{ text: 'Publicar el boletín de abril' }, { text: 'Archivar la web antigua', isDone: true }],
          procedures: [
            {
              title: 'Boletín semanal',
              cadence: 'Cada lunes',
              steps: [
                { text: 'Reunir las ofertas de la tienda' },
                { text: confidentialStep, isConfidential: true },
                { text: 'Programar el envío a las 9:00' },
              ],
            },
          ],
        },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ version: 2, checklist: { keep_talking: true, finish_work: false }, procedures: [{ title: 'Boletín semanal', steps: [{}, { isConfidential: true }, {}] }] });
      const { checklist, workStatus, openItems, procedures } = saved.json();
      expectProblem(await owner.request({ method: 'PUT', url: `/api/v1/clients/${toxic.id}/offboarding`, payload: { version: 1, checklist, workStatus, openItems, procedures } }), 409, { code: 'version_conflict' });
    });

    test("the handoff PDF and Markdown are in the client's language and carry no confidential note, event or step", async () => {
      const pdf = await owner.request({ method: 'GET', url: `/api/v1/clients/${toxic.id}/handoff?format=pdf` });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toContain('handoff-stormy-ltd-2027-03-01.pdf');
      const { text } = await readPdfText(pdf.rawPayload);
      const markdown = (await owner.request({ method: 'GET', url: `/api/v1/clients/${toxic.id}/handoff?format=md` })).body;
      for (const document of [text, markdown]) {
        expect(document).toContain('Traspaso: Stormy Ltd');
        expect(document).toContain('Reunir las ofertas de la tienda');
        expect(document).toContain('Publicar el boletín de abril');
        expect(document).toContain('Preparado por Ana Ruiz');
        expect(document).not.toContain('Tulip');
        expect(document).not.toContain('divorce');
        expect(document).not.toContain('audit');
      }
      expectProblem(await owner.request({ method: 'GET', url: `/api/v1/clients/${toxic.id}/handoff?format=docx` }), 400, { field: 'format' });
    });

    test('closing as toxic makes the client past on the timeline and opens a recovery listing the neglected client', async () => {
      const current = (await owner.request({ method: 'GET', url: `/api/v1/clients/${toxic.id}/offboarding` })).json();
      expectProblem(await owner.request({ method: 'POST', url: `/api/v1/clients/${toxic.id}/offboarding/close`, payload: { version: current.version, isToxic: 'yes' } }), 400, { field: 'isToxic' });
      const closed = await owner.request({ method: 'POST', url: `/api/v1/clients/${toxic.id}/offboarding/close`, payload: { version: current.version, isToxic: true } });
      expect(closed.statusCode, closed.body).toBe(200);
      expect(closed.json()).toMatchObject({ stage: 'past', isClosed: true, isToxic: true, hasRecovery: true });
      const events = (await owner.request({ method: 'GET', url: `/api/v1/clients/${toxic.id}/events` })).json().items as { type: string; payload: Record<string, unknown> }[];
      expect(events).toContainEqual(expect.objectContaining({ type: 'stage_changed', payload: { from: 'offboarding', to: 'past' } }));
      expect(events).toContainEqual(expect.objectContaining({ type: 'client_offboarded', payload: { isToxic: true } }));
      expectProblem(await owner.request({ method: 'GET', url: `/api/v1/clients/${toxic.id}/exit-plan` }), 404);

      const recovery = (await owner.request({ method: 'GET', url: `/api/v1/clients/${toxic.id}/recovery` })).json();
      expect(recovery).toMatchObject({ periodStart: '2026-12-01', periodEnd: '2027-03-01', restStart: null });
      expect(recovery.slipped).toEqual([
        expect.objectContaining({
          clientId: calm.id,
          clientName: 'Calma Estudio',
          language: 'es',
          email: 'lucia@calma.example',
          slips: [{ occurredAt: '2027-02-10T10:00:00.000Z', summary: 'Calma logo delivered a week late' }],
          isQueued: false,
        }),
      ]);
      expect(recovery.slipped[0].draft.subject).toBe('Vuelvo a estar totalmente disponible');
      expect(recovery.slipped[0].draft.body).toContain('Hola, Lucía');
    });

    test('the availability message is queued once; the rest block shows on the calendar; a lesson reaches the profile', async () => {
      const url = `/api/v1/clients/${toxic.id}/recovery`;
      const message = { otherClientId: calm.id, subject: 'De vuelta', body: 'Hola, Lucía: ya estoy disponible.' };
      const queued = await owner.request({ method: 'POST', url: `${url}/messages`, payload: message });
      expect(queued.statusCode, queued.body).toBe(202);
      expectProblem(await owner.request({ method: 'POST', url: `${url}/messages`, payload: message }), 409);
      expectProblem(await owner.request({ method: 'POST', url: `${url}/messages`, payload: { ...message, otherClientId: toxic.id } }), 400, { field: 'otherClientId' });
      const outbox = (await owner.request({ method: 'GET', url: '/api/v1/outbox' })).json();
      expect(outbox.items).toContainEqual(expect.objectContaining({ to: 'lucia@calma.example', subject: 'De vuelta' }));

      const before = (await owner.request({ method: 'GET', url })).json();
      expect(before.slipped[0].isQueued).toBe(true);
      expectProblem(await owner.request({ method: 'PATCH', url, payload: { version: before.version, restStart: '2027-03-10', restEnd: '2027-03-05' } }), 400, { field: 'restEnd' });
      expectProblem(await owner.request({ method: 'PATCH', url, payload: { version: before.version, restStart: '2027-03-10' } }), 400, { field: 'restEnd' });
      const rested = await owner.request({
        method: 'PATCH',
        url,
        payload: { version: before.version, restStart: '2027-03-08', restEnd: '2027-03-14', review: { answers: { why_yes: 'I needed the money' }, lessons: [{ text: 'Budget talk avoided on the first call' }] } },
      });
      expect(rested.statusCode, rested.body).toBe(200);
      expect(rested.json().review).toEqual({
        answers: { why_yes: 'I needed the money', ignored_gut: '', expectations: '', do_differently: '' },
        lessons: [{ text: 'Budget talk avoided on the first call', addedTo: [] }],
      });
      const calendar = (await owner.request({ method: 'GET', url: '/api/v1/exit-plans' })).json();
      expect(calendar.restBlocks).toEqual([{ clientId: toxic.id, clientName: 'Stormy Ltd', restStart: '2027-03-08', restEnd: '2027-03-14' }]);

      const lesson = await owner.request({ method: 'POST', url: `${url}/lessons`, payload: { text: 'Budget talk avoided on the first call', target: 'red_flags' } });
      expect(lesson.statusCode, lesson.body).toBe(200);
      expect(lesson.json().review.lessons).toEqual([{ text: 'Budget talk avoided on the first call', addedTo: ['red_flags'] }]);
      const profile = (await owner.request({ method: 'GET', url: '/api/v1/profile' })).json();
      expect(profile.profile.avoid.redFlags.items).toContainEqual({ kind: 'own', text: 'Budget talk avoided on the first call' });
      expectProblem(await owner.request({ method: 'POST', url: `${url}/lessons`, payload: { text: 'x', target: 'friends' } }), 400, { field: 'target' });
    });

    test('a client who never ended as toxic has no recovery, and the offboarding cannot close twice', async () => {
      const calmOffboarding = await owner.request({ method: 'GET', url: `/api/v1/clients/${calm.id}/recovery` });
      expectProblem(calmOffboarding, 404);
      const current = (await owner.request({ method: 'GET', url: `/api/v1/clients/${toxic.id}/offboarding` })).json();
      expectProblem(await owner.request({ method: 'POST', url: `/api/v1/clients/${toxic.id}/offboarding/close`, payload: { version: current.version, isToxic: false } }), 409);
    });
  });
});
