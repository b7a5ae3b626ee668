// Workspaces never see each other: every API route is walked with another workspace's ids, and every closed route refuses strangers.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../tests/support/test-app.ts';
import { databaseKinds } from '../../tests/support/test-database.ts';
import { apiRoutes, concreteUrl, isPublicRoute, registeredRoutes, type RegisteredRoute } from '../../tests/support/api-routes.ts';
import { expectProblem } from '../../tests/support/problem.ts';
import { readPdfText } from '../outputs/pdf/read-pdf-text.ts';
import type { Client } from '../schemas/clients.ts';

type Caller = { name: string; request(options: InjectOptions): Promise<LightMyRequestResponse> };

type World = {
  /** Workspace A: the one making the calls. */
  a: Owner;
  /** Workspace B: the one whose data A must never reach. */
  b: Owner;
  bClient: Client;
  bTokenId: string;
  bToken: string;
  aClient: Client;
  aToken: string;
  /** B's vetting data: an interview, a waitlist entry, an intake link token, and a word only B's profile holds. */
  bInterviewId: string;
  bWaitlistClient: Client;
  bWaitlistEntryId: string;
  bIntakeToken: string;
  bProfileWord: string;
  /** Calls the app with no credentials but those given. */
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
};

/**
 * What each closed API route must do when workspace A aims it at workspace B (or lists).
 * The keys must match the registered routes exactly, so a new route cannot skip this walk.
 */
const crossWorkspaceChecks: Record<string, (caller: Caller, world: World) => Promise<void>> = {
  'GET /api/v1/clients': async (caller, { bClient, aClient }) => {
    const page = (await caller.request({ method: 'GET', url: '/api/v1/clients?archived=include&limit=200' })).json();
    const ids = page.items.map((c: { id: string }) => c.id);
    expect(ids).toContain(aClient.id);
    expect(ids).not.toContain(bClient.id);
    const search = (await caller.request({ method: 'GET', url: `/api/v1/clients?q=${encodeURIComponent(bClient.name)}&archived=include` })).json();
    expect(search).toMatchObject({ items: [], total: 0 });
  },
  'POST /api/v1/clients': async (caller, { b }) => {
    const name = `Made by ${caller.name} ${randomUUID()}`;
    expect((await caller.request({ method: 'POST', url: '/api/v1/clients', payload: { name, timeZone: 'UTC', language: 'en', currency: 'EUR' } })).statusCode).toBe(201);
    const seenByB = (await b.request({ method: 'GET', url: `/api/v1/clients?q=${encodeURIComponent(name)}&archived=include` })).json();
    expect(seenByB.total).toBe(0);
  },
  'GET /api/v1/clients/:id': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}` }));
  },
  'PATCH /api/v1/clients/:id': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'PATCH', url: `/api/v1/clients/${bClient.id}`, payload: { version: bClient.version, name: 'Hijacked', stage: 'declined' } }));
  },
  'DELETE /api/v1/clients/:id': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'DELETE', url: `/api/v1/clients/${bClient.id}` }));
  },
  'GET /api/v1/clients/:id/events': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/events` }));
  },
  'POST /api/v1/clients/:id/events': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/events`, payload: { type: 'note', summary: 'planted' } }));
  },
  'GET /api/v1/tokens': async (caller, { bTokenId }) => {
    const ids = (await caller.request({ method: 'GET', url: '/api/v1/tokens' })).json().items.map((t: { id: string }) => t.id);
    expect(ids).not.toContain(bTokenId);
  },
  'POST /api/v1/tokens': async (caller, { bClient, aClient, inject }) => {
    const created = (await caller.request({ method: 'POST', url: '/api/v1/tokens', payload: { name: `made by ${caller.name}` } })).json() as { token: string };
    const bearer = { authorization: `Bearer ${created.token}` };
    expect((await inject({ method: 'GET', url: `/api/v1/clients/${aClient.id}`, headers: bearer })).statusCode).toBe(200);
    expectNotFound(await inject({ method: 'GET', url: `/api/v1/clients/${bClient.id}`, headers: bearer }));
  },
  'DELETE /api/v1/tokens/:id': async (caller, { bTokenId }) => {
    expectNotFound(await caller.request({ method: 'DELETE', url: `/api/v1/tokens/${bTokenId}` }));
  },
  'GET /api/v1/outbox': async (caller, { a, b }) => {
    const page = (await caller.request({ method: 'GET', url: '/api/v1/outbox' })).json();
    const recipients = page.items.map((m: { to: string }) => m.to);
    expect(recipients).toEqual([ownerEmail(a)]);
    expect(recipients).not.toContain(ownerEmail(b));
    expect(page.total).toBe(1);
  },
  'GET /api/v1/session': async (caller, { a }) => {
    const response = await caller.request({ method: 'GET', url: '/api/v1/session' });
    // A token is not a person (403); a session names its own workspace only.
    if (caller.name === 'token') expectProblem(response, 403, { code: 'forbidden' });
    else expect(response.json()).toMatchObject({ workspace: { id: a.workspaceId }, user: { id: a.userId } });
  },
  'GET /api/v1/profile': async (caller, { bProfileWord }) => {
    const response = await caller.request({ method: 'GET', url: '/api/v1/profile' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(bProfileWord);
  },
  'PUT /api/v1/profile': async (caller, { b, bProfileWord }) => {
    const { profile, version } = (await caller.request({ method: 'GET', url: '/api/v1/profile' })).json();
    profile.skills.strengths = [`A skill from ${caller.name}`];
    expect((await caller.request({ method: 'PUT', url: '/api/v1/profile', payload: profile, headers: { 'if-match': `"${version}"` } })).statusCode).toBe(200);
    const bView = (await b.request({ method: 'GET', url: '/api/v1/profile' })).json();
    expect(bView.profile.skills.strengths).toEqual([bProfileWord]);
    expect(bView.version).toBe(1);
  },
  'GET /api/v1/profile/pdf': async (caller, { bProfileWord }) => {
    const response = await caller.request({ method: 'GET', url: '/api/v1/profile/pdf' });
    expect(response.statusCode).toBe(200);
    expect((await readPdfText(response.rawPayload)).text).not.toContain(bProfileWord);
  },
  'POST /api/v1/clients/:id/interviews': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/interviews`, payload: { answers: {}, gut: { feeling: 'at_ease' } } }));
  },
  'GET /api/v1/clients/:id/interviews': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/interviews` }));
  },
  'GET /api/v1/clients/:id/interviews/:interviewId': async (caller, { aClient, bClient, bInterviewId }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/interviews/${bInterviewId}` }));
    // Pairing B's interview with A's own client does not reach it either.
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${aClient.id}/interviews/${bInterviewId}` }));
  },
  'PUT /api/v1/clients/:id/interviews/:interviewId/gut': async (caller, { aClient, bClient, bInterviewId }) => {
    for (const clientId of [bClient.id, aClient.id]) {
      expectNotFound(await caller.request({ method: 'PUT', url: `/api/v1/clients/${clientId}/interviews/${bInterviewId}/gut`, payload: { feeling: 'uneasy' } }));
    }
  },
  'GET /api/v1/clients/:id/decline-template': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/decline-template` }));
  },
  'POST /api/v1/clients/:id/vetting-outcome': async (caller, { aClient, bClient, bInterviewId }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/vetting-outcome`, payload: { outcome: 'accept' } }));
    // Citing B's interview for A's own client is refused too, and A's client stays where it was.
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${aClient.id}/vetting-outcome`, payload: { outcome: 'accept', interviewId: bInterviewId } }));
    expect((await caller.request({ method: 'GET', url: `/api/v1/clients/${aClient.id}` })).json()).toMatchObject({ stage: 'lead' });
  },
  'GET /api/v1/intake-link': async (caller, { inject, bIntakeToken }) => {
    expect((await caller.request({ method: 'GET', url: '/api/v1/intake-link' })).statusCode).toBe(200);
    expect((await inject({ method: 'GET', url: `/api/v1/intake/${bIntakeToken}`, remoteAddress: '10.3.0.1' })).json()).toMatchObject({ workspaceName: 'Bravo Studio' });
  },
  'POST /api/v1/intake-link': async (caller, { inject, bIntakeToken }) => {
    const created = (await caller.request({ method: 'POST', url: '/api/v1/intake-link' })).json() as { url: string };
    const aToken = created.url.split('/').pop();
    expect((await inject({ method: 'GET', url: `/api/v1/intake/${aToken}`, remoteAddress: '10.3.0.2' })).json()).toMatchObject({ workspaceName: 'Alpha Studio' });
    // A new link for A retires A's old one, never B's.
    expect((await inject({ method: 'GET', url: `/api/v1/intake/${bIntakeToken}`, remoteAddress: '10.3.0.3' })).statusCode).toBe(200);
  },
  'DELETE /api/v1/intake-link': async (caller, { inject, bIntakeToken }) => {
    expect((await caller.request({ method: 'DELETE', url: '/api/v1/intake-link' })).statusCode).toBe(204);
    expect((await inject({ method: 'GET', url: `/api/v1/intake/${bIntakeToken}`, remoteAddress: '10.3.0.4' })).statusCode).toBe(200);
  },
  'GET /api/v1/waitlist': async (caller, { bWaitlistEntryId, bWaitlistClient }) => {
    const response = await caller.request({ method: 'GET', url: '/api/v1/waitlist' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(bWaitlistEntryId);
    expect(response.body).not.toContain(bWaitlistClient.id);
  },
  'PATCH /api/v1/waitlist/:entryId': async (caller, { b, bWaitlistEntryId }) => {
    expectNotFound(await caller.request({ method: 'PATCH', url: `/api/v1/waitlist/${bWaitlistEntryId}`, payload: { followUpOn: '2030-01-01' } }));
    const [entry] = (await b.request({ method: 'GET', url: '/api/v1/waitlist' })).json().items;
    expect(entry).toMatchObject({ id: bWaitlistEntryId, followUpOn: '2027-04-01' });
  },
  'DELETE /api/v1/waitlist/:entryId': async (caller, { b, bWaitlistEntryId }) => {
    expectNotFound(await caller.request({ method: 'DELETE', url: `/api/v1/waitlist/${bWaitlistEntryId}` }));
    expect((await b.request({ method: 'GET', url: '/api/v1/waitlist' })).json().items).toHaveLength(1);
  },
  'PUT /api/v1/me/language': async (caller, { b }) => {
    const response = await caller.request({ method: 'PUT', url: '/api/v1/me/language', payload: { language: 'es' } });
    if (caller.name === 'token') expectProblem(response, 403, { code: 'forbidden' });
    else expect(response.statusCode).toBe(204);
    expect((await b.request({ method: 'GET', url: '/api/v1/session' })).json()).toMatchObject({ user: { language: 'en' } });
  },
  // Last on purpose: a session caller really logs out here.
  'DELETE /api/v1/session': async (caller, { a, b }) => {
    const response = await caller.request({ method: 'DELETE', url: '/api/v1/session' });
    if (caller.name === 'token') {
      expectProblem(response, 403, { code: 'forbidden' });
    } else {
      expect(response.statusCode).toBe(204);
      expectProblem(await a.request({ method: 'GET', url: '/api/v1/session' }), 401, { code: 'unauthenticated' });
    }
    // Logging out ends the caller's own session only.
    expect((await b.request({ method: 'GET', url: '/api/v1/session' })).statusCode).toBe(200);
  },
};

const emails = new Map<string, string>();
function ownerEmail(owner: Owner): string {
  return emails.get(owner.userId) ?? '';
}

function expectNotFound(response: LightMyRequestResponse) {
  expectProblem(response, 404, { code: 'not_found' });
}

describe.each(databaseKinds)('workspace isolation on %s', (kind) => {
  let t: TestApp;
  let world: World;
  let routes: RegisteredRoute[];
  let bSnapshot: { client: unknown; events: unknown };

  beforeAll(async () => {
    t = await createTestApp(kind, { isSignupOpen: true });
    const aEmail = `a-${kind}-${randomUUID()}@example.com`;
    const bEmail = `b-${kind}-${randomUUID()}@example.com`;
    const [a, b] = await Promise.all([setUpOwner(t.app, { email: aEmail, workspaceName: 'Alpha Studio' }), setUpOwner(t.app, { email: bEmail, workspaceName: 'Bravo Studio' })]);
    emails.set(a.userId, aEmail).set(b.userId, bEmail);
    const add = async (owner: Owner, name: string) =>
      (await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name, company: `${name} Corp`, timeZone: 'UTC', language: 'en', currency: 'EUR' } })).json() as Client;
    const aClient = await add(a, 'Alpha Client');
    const bClient = await add(b, 'Bravo Client');
    await b.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/events`, payload: { type: 'note', summary: 'B only' } });
    const bToken = (await b.request({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'B integration' } })).json() as { id: string; token: string };
    const aToken = (await a.request({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'A integration' } })).json() as { token: string };
    // B's vetting data.
    const bInterview = await b.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/interviews`, payload: { answers: {}, gut: { feeling: 'at_ease' } } });
    expect(bInterview.statusCode, bInterview.body).toBe(201);
    const bWaitlistClient = await add(b, 'Bravo Waiting');
    const waitlisted = await b.request({ method: 'POST', url: `/api/v1/clients/${bWaitlistClient.id}/vetting-outcome`, payload: { outcome: 'waitlist', waitlist: { reason: 'asked_while_busy', followUpOn: '2027-04-01' } } });
    expect(waitlisted.statusCode, waitlisted.body).toBe(200);
    const bWaitlistEntryId = (await b.request({ method: 'GET', url: '/api/v1/waitlist' })).json().items[0].id as string;
    const bIntakeUrl = (await b.request({ method: 'POST', url: '/api/v1/intake-link' })).json().url as string;
    const bProfileWord = `Bravosecretskill${kind}`;
    const bProfile = (await b.request({ method: 'GET', url: '/api/v1/profile' })).json();
    bProfile.profile.skills.strengths = [bProfileWord];
    const saved = await b.request({ method: 'PUT', url: '/api/v1/profile', payload: bProfile.profile, headers: { 'if-match': `"${bProfile.version}"` } });
    expect(saved.statusCode, saved.body).toBe(200);
    // What B sees once set up; the last test compares against it.
    bSnapshot = {
      client: (await b.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}` })).json(),
      events: (await b.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/events` })).json(),
    };
    world = {
      a,
      b,
      aClient,
      bClient: bSnapshot.client as Client,
      bTokenId: bToken.id,
      bToken: bToken.token,
      aToken: aToken.token,
      bInterviewId: bInterview.json().id,
      bWaitlistClient,
      bWaitlistEntryId,
      bIntakeToken: bIntakeUrl.split('/').pop()!,
      bProfileWord,
      inject: (options) => t.app.inject(options),
    };
    routes = apiRoutes(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  test('the walk below covers every closed API route the app registers, and nothing else', () => {
    const closed = routes.filter((r) => !isPublicRoute(r)).map((r) => r.key);
    expect(closed.length).toBeGreaterThanOrEqual(29);
    expect(Object.keys(crossWorkspaceChecks).sort()).toEqual(closed.sort());
  });

  describe.each(['session', 'token'] as const)('calling as workspace A with a %s', (callerKind) => {
    let caller: Caller;
    beforeAll(() => {
      caller =
        callerKind === 'session'
          ? { name: 'session', request: (options) => world.a.request(options) }
          : { name: 'token', request: (options) => t.app.inject({ ...options, headers: { ...options.headers, authorization: `Bearer ${world.aToken}` } }) };
    });

    test("another workspace's id answers exactly like an id that never existed", async () => {
      const foreign = await caller.request({ method: 'GET', url: `/api/v1/clients/${world.bClient.id}` });
      const missing = await caller.request({ method: 'GET', url: `/api/v1/clients/${randomUUID()}` });
      expectNotFound(foreign);
      expect(foreign.json().detail).toBe(missing.json().detail);
    });

    test.each(Object.keys(crossWorkspaceChecks))('%s keeps workspace B out of reach', async (key) => {
      await crossWorkspaceChecks[key]!(caller, world);
    });
  });

  test("after all those attempts, workspace B's data is exactly as B left it", async () => {
    const { b, bClient, bToken } = world;
    expect((await b.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}` })).json()).toEqual(bSnapshot.client);
    expect((await b.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/events` })).json()).toEqual(bSnapshot.events);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/clients', headers: { authorization: `Bearer ${bToken}` } })).statusCode).toBe(200);
    const bClients = (await b.request({ method: 'GET', url: '/api/v1/clients?archived=include' })).json();
    expect(bClients.items.map((c: Client) => c.id).sort()).toEqual([bClient.id, world.bWaitlistClient.id].sort());
    const interviews = (await b.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/interviews` })).json();
    expect(interviews.items).toEqual([expect.objectContaining({ id: world.bInterviewId, gut: expect.objectContaining({ feeling: 'at_ease' }) })]);
  });

  test('every route except health, setup, login, the public intake form, openapi.json and the docs answers 401 without credentials', async () => {
    const all = registeredRoutes(t.app).filter((r) => r.path.startsWith('/api/'));
    expect(all.length).toBeGreaterThan(15);
    const unexpected: string[] = [];
    for (const route of all) {
      const response = await t.app.inject({ method: route.method as InjectOptions['method'], url: concreteUrl(route.path, randomUUID()).replace('*', 'x') });
      const isRefused = response.statusCode === 401;
      if (isRefused === isPublicRoute(route)) unexpected.push(`${route.key} → ${response.statusCode}`);
      if (isRefused && route.method !== 'HEAD') expectProblem(response, 401, { code: 'unauthenticated' });
    }
    expect(unexpected).toEqual([]);
  });

  test('an unknown, expired-looking or foreign-format credential is refused the same way', async () => {
    const forged = [
      { cookie: 'sana_session=forged' },
      { authorization: 'Bearer sana_forged' },
      { authorization: 'Bearer ' },
      { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
    ];
    for (const headers of forged) {
      expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/clients', headers }), 401, { code: 'unauthenticated' });
    }
  });
});
