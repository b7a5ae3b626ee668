// The public intake link: a prospect with no account sends answers; a lead appears for the freelancer, nothing leaks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';

describe.each(databaseKinds)('the intake link on %s', (kind) => {
  let testApp: TestApp;
  let owner: Owner;
  let token: string;

  const prospect = { name: 'Pepa Martín', email: 'pepa@example.es', company: 'Huerta Viva', language: 'es', timeZone: 'Europe/Madrid', answers: { callsPerWeek: 2, notes: 'Necesito un blog' } };

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    owner = await setUpOwner(testApp.app, { language: 'es', workspaceName: 'Lucía escribe' });
    const created = await owner.request({ method: 'POST', url: '/api/v1/intake-link' });
    expect(created.statusCode).toBe(201);
    token = created.json().url.split('/intake/')[1];
  });
  afterAll(() => testApp.close());

  it('the link carries at least 128 bits of randomness and only its hash is stored', async () => {
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const rows = await testApp.database.db.selectFrom('intake_links').select('token_hash').execute();
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
  });

  it('a prospect sees only whose form it is, never the profile or other clients', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: `/api/v1/intake/${token}` });
    expect(response.json()).toEqual({ workspaceName: 'Lucía escribe', language: 'es' });
  });

  it('answers create a lead with the interview attached and a notice in the freelancer’s outbox', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: `/api/v1/intake/${token}`, payload: prospect });
    expect(response.statusCode, response.body).toBe(202);
    expect(response.json()).toEqual({ isAccepted: true });
    const clients = (await owner.request({ method: 'GET', url: '/api/v1/clients?q=pepa' })).json();
    expect(clients.items).toHaveLength(1);
    expect(clients.items[0]).toMatchObject({ stage: 'lead', language: 'es', primaryEmail: 'pepa@example.es' });
    const interviews = (await owner.request({ method: 'GET', url: `/api/v1/clients/${clients.items[0].id}/interviews` })).json();
    expect(interviews.items[0]).toMatchObject({ origin: 'intake', gut: null, fit: { recommendation: null } });
    const outbox = (await owner.request({ method: 'GET', url: '/api/v1/outbox' })).json();
    const notice = outbox.items.find((m: { subject: string }) => /Pepa Martín/.test(m.subject));
    expect(notice, 'the freelancer is told about the new enquiry').toBeDefined();
    expect(notice.bodyText).toMatch(/\/clients\/.+\/interviews\//);
  });

  it('the freelancer’s gut check completes the recommendation of an intake interview', async () => {
    const client = (await owner.request({ method: 'GET', url: '/api/v1/clients?q=pepa' })).json().items[0];
    const interview = (await owner.request({ method: 'GET', url: `/api/v1/clients/${client.id}/interviews` })).json().items[0];
    const response = await owner.request({ method: 'PUT', url: `/api/v1/clients/${client.id}/interviews/${interview.id}/gut`, payload: { feeling: 'unsure', note: 'Vague about budget' } });
    expect(response.statusCode).toBe(200);
    expect(response.json().fit.recommendation).not.toBeNull();
    expect(response.json().fit.items[0].reason).toMatch(/llamadas/);
  });

  it('bad answers are refused naming the field; a filled honeypot stores nothing', async () => {
    expectProblem(await testApp.app.inject({ method: 'POST', url: `/api/v1/intake/${token}`, payload: { ...prospect, email: 'not-an-email' } }), 400, { field: 'email' });
    const before = (await owner.request({ method: 'GET', url: '/api/v1/clients' })).json().total;
    const bot = await testApp.app.inject({ method: 'POST', url: `/api/v1/intake/${token}`, payload: { ...prospect, name: 'Bot', website: 'http://spam.example' } });
    expect(bot.statusCode).toBe(202);
    expect((await owner.request({ method: 'GET', url: '/api/v1/clients' })).json().total).toBe(before);
  });

  it('rotating the link retires the old one', async () => {
    const rotated = (await owner.request({ method: 'POST', url: '/api/v1/intake-link' })).json();
    expectProblem(await testApp.app.inject({ method: 'GET', url: `/api/v1/intake/${token}` }), 404);
    token = rotated.url.split('/intake/')[1];
    expect((await testApp.app.inject({ method: 'GET', url: `/api/v1/intake/${token}` })).statusCode).toBe(200);
  });
});
