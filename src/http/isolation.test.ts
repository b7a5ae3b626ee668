// Workspaces never see each other: every API route is walked with another workspace's ids, and every closed route refuses strangers.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../tests/support/test-app.ts';
import { databaseKinds } from '../../tests/support/test-database.ts';
import { apiRoutes, concreteUrl, isPublicRoute, registeredRoutes, type RegisteredRoute } from '../../tests/support/api-routes.ts';
import { expectProblem } from '../../tests/support/problem.ts';
import { readPdfText } from '../outputs/pdf/read-pdf-text.ts';
import { agreementIsolationChecks, agreementsInWorkspaceB, type AgreementWorld } from './routes/agreements.test-support.ts';
import { moneyUpFrontIsolationChecks } from './routes/money-up-front.test-support.ts';
import { deliverableIsolationChecks, deliverablesInWorkspaceB, type DeliverableWorld } from './routes/deliverables.test-support.ts';
import type { Client } from '../schemas/clients.ts';

type Caller = { name: string; request(options: InjectOptions): Promise<LightMyRequestResponse> };

type World = AgreementWorld & DeliverableWorld & {
  /** Workspace A: the one making the calls. */
  a: Owner;
  /** Workspace B: the one whose data A must never reach. */
  b: Owner;
  bClient: Client;
  /** On bClient: an unanswered message and an open concern, with outside-hours contacts enough for a friendly reminder. */
  bMessageEventId: string;
  bConcernEventId: string;
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
  /** A portal link B made for bClient, and its token. */
  bPortalLinkId: string;
  bPortalToken: string;
  /** B's readiness: an income entry from bClient and a business fund balance of 7,777.77 (B never set expenses: they stay 0). */
  bIncomeEntryId: string;
  bFundBalanceId: string;
  /** B letting go: a client with an open exit plan and offboarding under way, and one closed as toxic (with a recovery and a rest block). */
  bLeavingClient: Client;
  bToxicClient: Client;
  /** B's invoices for bClient: a draft, and an issued one (number, seller name only B uses). */
  bDraftInvoiceId: string;
  bInvoiceId: string;
  /** Calls the app with no credentials but those given. */
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
};

/**
 * What each closed API route must do when workspace A aims it at workspace B (or lists).
 * The keys must match the registered routes exactly, so a new route cannot skip this walk.
 */
const crossWorkspaceChecks: Record<string, (caller: Caller, world: World) => Promise<void>> = {
  ...agreementIsolationChecks,
  ...moneyUpFrontIsolationChecks,
  ...deliverableIsolationChecks,
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
  'POST /api/v1/clients/:id/events/:eventId/reply': async (caller, { bClient, bMessageEventId, aClient }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/events/${bMessageEventId}/reply`, payload: { repliedAt: '2027-03-01T08:30:00Z' } }));
    // B's event under A's own client is not found either.
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${aClient.id}/events/${bMessageEventId}/reply`, payload: { repliedAt: '2027-03-01T08:30:00Z' } }));
  },
  'POST /api/v1/clients/:id/events/:eventId/resolve': async (caller, { bClient, bConcernEventId, aClient }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/events/${bConcernEventId}/resolve`, payload: { notes: 'hijacked' } }));
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${aClient.id}/events/${bConcernEventId}/resolve`, payload: { notes: 'hijacked' } }));
  },
  'GET /api/v1/clients/:id/health': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/health` }));
  },
  'GET /api/v1/clients/:id/relationship': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/relationship` }));
  },
  'POST /api/v1/clients/:id/friendly-reminder': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/friendly-reminder`, payload: { subject: 'Hi', body: 'planted' } }));
  },
  'GET /api/v1/relationship-health': async (caller, { bClient }) => {
    const overview = (await caller.request({ method: 'GET', url: '/api/v1/relationship-health' })).json() as { items: { clientId: string }[] };
    expect(overview.items.map((item) => item.clientId)).not.toContain(bClient.id);
  },
  'GET /api/v1/settings/relationship': async (caller) => {
    // B raised its reminder window to 21 days; A still has its own (default) settings.
    expect((await caller.request({ method: 'GET', url: '/api/v1/settings/relationship' })).json().settings.boundaries.reminderWindowDays).not.toBe(21);
  },
  'PUT /api/v1/settings/relationship': async (caller, { b }) => {
    const mine = (await caller.request({ method: 'GET', url: '/api/v1/settings/relationship' })).json();
    await caller.request({ method: 'PUT', url: '/api/v1/settings/relationship', payload: { settings: { ...mine.settings, concerns: { raiseWithinDays: 9 } }, version: mine.version } });
    expect((await b.request({ method: 'GET', url: '/api/v1/settings/relationship' })).json().settings.concerns.raiseWithinDays).not.toBe(9);
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
  'GET /api/v1/exit-plans': async (caller, { bLeavingClient, bToxicClient }) => {
    const calendar = (await caller.request({ method: 'GET', url: '/api/v1/exit-plans' })).json();
    expect(calendar.items.map((p: { clientId: string }) => p.clientId)).not.toContain(bLeavingClient.id);
    expect(calendar.restBlocks.map((r: { clientId: string }) => r.clientId)).not.toContain(bToxicClient.id);
  },
  'GET /api/v1/clients/:id/exit-plan/suggestion': async (caller, { bLeavingClient }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bLeavingClient.id}/exit-plan/suggestion` }));
  },
  'POST /api/v1/clients/:id/exit-plan': async (caller, { b, bClient }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/exit-plan`, payload: { origin: 'manual' } }));
    expectNotFound(await b.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/exit-plan` }));
  },
  'GET /api/v1/clients/:id/exit-plan': async (caller, { bLeavingClient }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bLeavingClient.id}/exit-plan` }));
  },
  'PATCH /api/v1/clients/:id/exit-plan': async (caller, { b, bLeavingClient }) => {
    expectNotFound(await caller.request({ method: 'PATCH', url: `/api/v1/clients/${bLeavingClient.id}/exit-plan`, payload: { version: 2, targetDate: '2030-01-01' } }));
    // Version 2: starting the offboarding moved the plan along.
    expect((await b.request({ method: 'GET', url: `/api/v1/clients/${bLeavingClient.id}/exit-plan` })).json()).toMatchObject({ version: 2, status: 'offboarding' });
  },
  'DELETE /api/v1/clients/:id/exit-plan': async (caller, { b, bLeavingClient }) => {
    expectNotFound(await caller.request({ method: 'DELETE', url: `/api/v1/clients/${bLeavingClient.id}/exit-plan` }));
    expect((await b.request({ method: 'GET', url: `/api/v1/clients/${bLeavingClient.id}/exit-plan` })).statusCode).toBe(200);
  },
  'GET /api/v1/settings/offboarding': async (caller) => {
    // B saved a 45-day notice; A still reads its own.
    expect((await caller.request({ method: 'GET', url: '/api/v1/settings/offboarding' })).json().settings.noticeDays).not.toBe(45);
  },
  'PUT /api/v1/settings/offboarding': async (caller, { b }) => {
    const { version } = (await caller.request({ method: 'GET', url: '/api/v1/settings/offboarding' })).json();
    expect((await caller.request({ method: 'PUT', url: '/api/v1/settings/offboarding', payload: { noticeDays: 14, safeRunwayMonths: 2, hardPeriodDays: 60, version } })).statusCode).toBe(200);
    expect((await b.request({ method: 'GET', url: '/api/v1/settings/offboarding' })).json().settings.noticeDays).toBe(45);
  },
  'POST /api/v1/clients/:id/offboarding': async (caller, { b, bClient }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/offboarding` }));
    expectNotFound(await b.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/offboarding` }));
  },
  'GET /api/v1/clients/:id/offboarding': async (caller, { bLeavingClient }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bLeavingClient.id}/offboarding` }));
  },
  'PUT /api/v1/clients/:id/offboarding': async (caller, { b, bLeavingClient }) => {
    const checklist = { keep_talking: true, finish_work: true, document_procedures: true, speak_well: true, keep_confidences: true };
    expectNotFound(await caller.request({ method: 'PUT', url: `/api/v1/clients/${bLeavingClient.id}/offboarding`, payload: { version: 1, checklist, workStatus: 'Hijacked' } }));
    expect((await b.request({ method: 'GET', url: `/api/v1/clients/${bLeavingClient.id}/offboarding` })).json()).toMatchObject({ version: 1, workStatus: '' });
  },
  'POST /api/v1/clients/:id/offboarding/close': async (caller, { b, bLeavingClient }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${bLeavingClient.id}/offboarding/close`, payload: { version: 1, isToxic: true } }));
    expect((await b.request({ method: 'GET', url: `/api/v1/clients/${bLeavingClient.id}/offboarding` })).json()).toMatchObject({ isClosed: false });
  },
  'GET /api/v1/clients/:id/handoff': async (caller, { bLeavingClient }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bLeavingClient.id}/handoff?format=md` }));
  },
  'GET /api/v1/clients/:id/recovery': async (caller, { bToxicClient }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bToxicClient.id}/recovery` }));
  },
  'PATCH /api/v1/clients/:id/recovery': async (caller, { b, bToxicClient }) => {
    expectNotFound(await caller.request({ method: 'PATCH', url: `/api/v1/clients/${bToxicClient.id}/recovery`, payload: { version: 2, restStart: null, restEnd: null } }));
    expect((await b.request({ method: 'GET', url: `/api/v1/clients/${bToxicClient.id}/recovery` })).json()).toMatchObject({ version: 2, restStart: '2027-03-08' });
  },
  'POST /api/v1/clients/:id/recovery/messages': async (caller, { bToxicClient, bClient }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${bToxicClient.id}/recovery/messages`, payload: { otherClientId: bClient.id, subject: 'S', body: 'B' } }));
  },
  'POST /api/v1/clients/:id/recovery/lessons': async (caller, { b, bToxicClient }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${bToxicClient.id}/recovery/lessons`, payload: { text: 'Hijacked lesson', target: 'red_flags' } }));
    expect((await b.request({ method: 'GET', url: `/api/v1/clients/${bToxicClient.id}/recovery` })).json().review.lessons).toEqual([]);
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
  'POST /api/v1/clients/:id/portal-links': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/portal-links` }));
  },
  'GET /api/v1/clients/:id/portal-links': async (caller, { aClient, bClient, bPortalLinkId }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/portal-links` }));
    const own = await caller.request({ method: 'GET', url: `/api/v1/clients/${aClient.id}/portal-links` });
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain(bPortalLinkId);
  },
  'DELETE /api/v1/clients/:id/portal-links/:linkId': async (caller, { aClient, bClient, bPortalLinkId, bPortalToken, inject }) => {
    expectNotFound(await caller.request({ method: 'DELETE', url: `/api/v1/clients/${bClient.id}/portal-links/${bPortalLinkId}` }));
    expectNotFound(await caller.request({ method: 'DELETE', url: `/api/v1/clients/${aClient.id}/portal-links/${bPortalLinkId}` }));
    // B's client still opens their portal.
    expect((await inject({ method: 'GET', url: `/api/v1/portal/${bPortalToken}`, remoteAddress: '10.3.1.1' })).json()).toMatchObject({ clientName: 'Bravo Client' });
  },
  'GET /api/v1/readiness': async (caller, { bClient }) => {
    const response = await caller.request({ method: 'GET', url: '/api/v1/readiness' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(bClient.id);
    expect(response.json().funds[0].balance).not.toBe(777_777);
  },
  'POST /api/v1/readiness/what-if': async (caller, { bClient }) => {
    expectProblem(await caller.request({ method: 'POST', url: '/api/v1/readiness/what-if', payload: { funds: {}, droppedClientIds: [bClient.id] } }), 400, { field: 'droppedClientIds.0' });
  },
  'GET /api/v1/readiness/income': async (caller, { bIncomeEntryId }) => {
    const response = await caller.request({ method: 'GET', url: '/api/v1/readiness/income' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(bIncomeEntryId);
  },
  'POST /api/v1/readiness/income': async (caller, { b, bClient }) => {
    const planted = await caller.request({ method: 'POST', url: '/api/v1/readiness/income', payload: { source: { kind: 'client', clientId: bClient.id }, receivedOn: '2027-02-02', amount: 1 } });
    expectProblem(planted, 400, { field: 'source.clientId' });
    expect((await b.request({ method: 'GET', url: '/api/v1/readiness/income' })).json().items).toHaveLength(1);
  },
  'DELETE /api/v1/readiness/income/:entryId': async (caller, { b, bIncomeEntryId }) => {
    expectNotFound(await caller.request({ method: 'DELETE', url: `/api/v1/readiness/income/${bIncomeEntryId}` }));
    expect((await b.request({ method: 'GET', url: '/api/v1/readiness/income' })).json().items[0]).toMatchObject({ id: bIncomeEntryId, movedToFund: null });
  },
  'POST /api/v1/readiness/income/:entryId/move-to-fund': async (caller, { b, bIncomeEntryId }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/readiness/income/${bIncomeEntryId}/move-to-fund`, payload: { side: 'business' } }));
    expect((await b.request({ method: 'GET', url: '/api/v1/readiness' })).json().funds[0].balance).toBe(777_777);
  },
  'GET /api/v1/readiness/fund-balances': async (caller, { bFundBalanceId }) => {
    const response = await caller.request({ method: 'GET', url: '/api/v1/readiness/fund-balances' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(bFundBalanceId);
  },
  'POST /api/v1/readiness/fund-balances': async (caller, { b }) => {
    expect((await caller.request({ method: 'POST', url: '/api/v1/readiness/fund-balances', payload: { side: 'business', balance: 5, recordedOn: '2027-02-28' } })).statusCode).toBe(201);
    expect((await b.request({ method: 'GET', url: '/api/v1/readiness' })).json().funds[0].balance).toBe(777_777);
  },
  'DELETE /api/v1/readiness/fund-balances/:balanceId': async (caller, { b, bFundBalanceId }) => {
    expectNotFound(await caller.request({ method: 'DELETE', url: `/api/v1/readiness/fund-balances/${bFundBalanceId}` }));
    expect((await b.request({ method: 'GET', url: '/api/v1/readiness/fund-balances' })).json().items.map((x: { id: string }) => x.id)).toEqual([bFundBalanceId]);
  },
  'PUT /api/v1/readiness/finances': async (caller, { b }) => {
    expect((await caller.request({ method: 'PUT', url: '/api/v1/readiness/finances', payload: { monthlyExpenses: { business: 9, personal: 9 } } })).statusCode).toBe(204);
    expect((await b.request({ method: 'GET', url: '/api/v1/readiness' })).json().monthlyExpenses).toEqual({ business: 0, personal: 0 });
    expect((await b.request({ method: 'GET', url: '/api/v1/profile' })).json().version).toBe(1);
  },
  'GET /api/v1/settings/readiness': async (caller) => {
    expect((await caller.request({ method: 'GET', url: '/api/v1/settings/readiness' })).json().settings.warmLeadsPerClient).not.toBe(7);
  },
  'PUT /api/v1/settings/readiness': async (caller, { b }) => {
    const current = (await caller.request({ method: 'GET', url: '/api/v1/settings/readiness' })).json();
    expect((await caller.request({ method: 'PUT', url: '/api/v1/settings/readiness', payload: { settings: { ...current.settings, warmLeadsPerClient: 2 }, version: current.version } })).statusCode).toBe(200);
    expect((await b.request({ method: 'GET', url: '/api/v1/settings/readiness' })).json()).toMatchObject({ version: 1, settings: { warmLeadsPerClient: 7 } });
  },
  'POST /api/v1/clients/:id/testimonial-requests': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/testimonial-requests` }));
  },
  'PUT /api/v1/me/language': async (caller, { b }) => {
    const response = await caller.request({ method: 'PUT', url: '/api/v1/me/language', payload: { language: 'es' } });
    if (caller.name === 'token') expectProblem(response, 403, { code: 'forbidden' });
    else expect(response.statusCode).toBe(204);
    expect((await b.request({ method: 'GET', url: '/api/v1/session' })).json()).toMatchObject({ user: { language: 'en' } });
  },
  'GET /api/v1/invoices': async (caller, { bInvoiceId, bDraftInvoiceId }) => {
    const response = await caller.request({ method: 'GET', url: '/api/v1/invoices?limit=200' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(bInvoiceId);
    expect(response.body).not.toContain(bDraftInvoiceId);
  },
  'POST /api/v1/invoices': async (caller, { b, bClient }) => {
    expectProblem(await caller.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId: bClient.id, lines: [{ description: 'planted', unitPrice: 1, taxRate: 0 }] } }), 400, { field: 'clientId' });
    expect((await b.request({ method: 'GET', url: '/api/v1/invoices' })).json().total).toBe(2);
  },
  'GET /api/v1/invoices/:id': async (caller, { bInvoiceId }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/invoices/${bInvoiceId}` }));
  },
  'PATCH /api/v1/invoices/:id': async (caller, { b, bDraftInvoiceId }) => {
    expectNotFound(await caller.request({ method: 'PATCH', url: `/api/v1/invoices/${bDraftInvoiceId}`, payload: { version: 1, notes: 'Hijacked' } }));
    expect((await b.request({ method: 'GET', url: `/api/v1/invoices/${bDraftInvoiceId}` })).json()).toMatchObject({ version: 1, notes: '' });
  },
  'POST /api/v1/invoices/:id/issue': async (caller, { b, bDraftInvoiceId }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/invoices/${bDraftInvoiceId}/issue` }));
    expect((await b.request({ method: 'GET', url: `/api/v1/invoices/${bDraftInvoiceId}` })).json()).toMatchObject({ status: 'draft', number: null });
  },
  'POST /api/v1/invoices/:id/void': async (caller, { b, bInvoiceId }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/invoices/${bInvoiceId}/void`, payload: { reason: 'Hijacked' } }));
    expect((await b.request({ method: 'GET', url: `/api/v1/invoices/${bInvoiceId}` })).json()).toMatchObject({ status: 'issued' });
  },
  'POST /api/v1/invoices/:id/payments': async (caller, { b, bInvoiceId }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/invoices/${bInvoiceId}/payments`, payload: { amount: 1, paidOn: '2027-03-01', method: 'cash' } }));
    expect((await b.request({ method: 'GET', url: `/api/v1/invoices/${bInvoiceId}` })).json()).toMatchObject({ paid: 0, payments: [] });
  },
  'POST /api/v1/invoices/:id/promises': async (caller, { b, bInvoiceId }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/invoices/${bInvoiceId}/promises`, payload: { promisedOn: '2027-04-01' } }));
    expect((await b.request({ method: 'GET', url: `/api/v1/invoices/${bInvoiceId}` })).json().promises).toEqual([]);
  },
  'GET /api/v1/invoices/:id/pdf': async (caller, { bInvoiceId }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/invoices/${bInvoiceId}/pdf` }));
  },
  'GET /api/v1/clients/:id/payment-behaviour': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/payment-behaviour` }));
  },
  'POST /api/v1/clients/:id/late-fee-letters': async (caller, { b, bClient }) => {
    expectNotFound(await caller.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/late-fee-letters`, payload: { rule: { kind: 'statutory_eu' }, effectiveOn: '2027-05-01' } }));
    expect((await b.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/late-fee-letters` })).json().items).toEqual([]);
  },
  'GET /api/v1/clients/:id/late-fee-letters': async (caller, { bClient }) => {
    expectNotFound(await caller.request({ method: 'GET', url: `/api/v1/clients/${bClient.id}/late-fee-letters` }));
  },
  'GET /api/v1/settings/invoicing': async (caller) => {
    expect((await caller.request({ method: 'GET', url: '/api/v1/settings/invoicing' })).body).not.toContain('Bravo Legal Name');
  },
  'PUT /api/v1/settings/invoicing': async (caller, { b }) => {
    const { version } = (await caller.request({ method: 'GET', url: '/api/v1/settings/invoicing' })).json();
    expect((await caller.request({ method: 'PUT', url: '/api/v1/settings/invoicing', payload: { settings: { seller: { name: 'Alpha Legal Name' } }, version } })).statusCode).toBe(200);
    expect((await b.request({ method: 'GET', url: '/api/v1/settings/invoicing' })).json()).toMatchObject({ version: 1, settings: { seller: { name: 'Bravo Legal Name' } } });
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

/** B's exit-plan data: a 45-day notice setting, a client being let go, and one closed as toxic with a rest block. */
async function letGoInWorkspaceB(b: Owner, add: (owner: Owner, name: string) => Promise<Client>): Promise<Pick<World, 'bLeavingClient' | 'bToxicClient'>> {
  expect((await b.request({ method: 'PUT', url: '/api/v1/settings/offboarding', payload: { noticeDays: 45, safeRunwayMonths: 3, hardPeriodDays: 90, version: 0 } })).statusCode).toBe(200);
  const bLeavingClient = await add(b, 'Bravo Leaving');
  const bToxicClient = await add(b, 'Bravo Toxic');
  expect((await b.request({ method: 'POST', url: `/api/v1/clients/${bLeavingClient.id}/exit-plan`, payload: { origin: 'manual' } })).statusCode).toBe(201);
  for (const client of [bLeavingClient, bToxicClient]) expect((await b.request({ method: 'POST', url: `/api/v1/clients/${client.id}/offboarding` })).statusCode).toBe(201);
  expect((await b.request({ method: 'POST', url: `/api/v1/clients/${bToxicClient.id}/offboarding/close`, payload: { version: 1, isToxic: true } })).statusCode).toBe(200);
  expect((await b.request({ method: 'PATCH', url: `/api/v1/clients/${bToxicClient.id}/recovery`, payload: { version: 1, restStart: '2027-03-08', restEnd: '2027-03-12' } })).statusCode).toBe(200);
  return { bLeavingClient, bToxicClient };
}

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
    const bLog = async (payload: Record<string, unknown>) => (await b.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/events`, payload })).json().id as string;
    const bMessageEventId = await bLog({ type: 'message_received', summary: 'B message', occurredAt: '2027-03-01T08:00:00Z', isImportant: true });
    const bConcernEventId = await bLog({ type: 'concern', summary: 'B concern', occurredAt: '2027-02-20T08:00:00Z' });
    const bSettingsDoc = (await b.request({ method: 'GET', url: '/api/v1/settings/relationship' })).json();
    const bSaved = await b.request({ method: 'PUT', url: '/api/v1/settings/relationship', payload: { settings: { ...bSettingsDoc.settings, boundaries: { ...bSettingsDoc.settings.boundaries, reminderWindowDays: 21 } }, version: 0 } });
    expect(bSaved.statusCode, bSaved.body).toBe(200);
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
    const bPortal = (await b.request({ method: 'POST', url: `/api/v1/clients/${bClient.id}/portal-links` })).json() as { id: string; url: string };
    const bIncome = await b.request({ method: 'POST', url: '/api/v1/readiness/income', payload: { source: { kind: 'client', clientId: bClient.id }, receivedOn: '2027-02-01', amount: 500_000 } });
    expect(bIncome.statusCode, bIncome.body).toBe(201);
    const bBalance = await b.request({ method: 'POST', url: '/api/v1/readiness/fund-balances', payload: { side: 'business', balance: 777_777, recordedOn: '2027-02-01' } });
    expect(bBalance.statusCode, bBalance.body).toBe(201);
    const bSettings = (await b.request({ method: 'GET', url: '/api/v1/settings/readiness' })).json();
    expect((await b.request({ method: 'PUT', url: '/api/v1/settings/readiness', payload: { settings: { ...bSettings.settings, warmLeadsPerClient: 7 }, version: 0 } })).statusCode).toBe(200);
    // B's invoicing: seller details, a draft and an issued invoice for bClient.
    expect((await b.request({ method: 'PUT', url: '/api/v1/settings/invoicing', payload: { settings: { seller: { name: 'Bravo Legal Name' } }, version: 0 } })).statusCode).toBe(200);
    const bInvoice = async () => (await b.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId: bClient.id, dueOn: '2027-03-31', lines: [{ description: 'B work', unitPrice: 50_000, taxRate: 21 }] } })).json().id as string;
    const [bDraftInvoiceId, bInvoiceId] = [await bInvoice(), await bInvoice()];
    expect((await b.request({ method: 'POST', url: `/api/v1/invoices/${bInvoiceId}/issue` })).statusCode).toBe(200);
    // B's deliverables (a contact email for bClient, a sent contract, a held file), before the snapshot: they add to bClient's timeline.
    const bDeliverables = await deliverablesInWorkspaceB(b, bClient.id);
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
      bMessageEventId,
      bConcernEventId,
      bTokenId: bToken.id,
      bToken: bToken.token,
      aToken: aToken.token,
      bInterviewId: bInterview.json().id,
      bWaitlistClient,
      bWaitlistEntryId,
      bIntakeToken: bIntakeUrl.split('/').pop()!,
      bProfileWord,
      bPortalLinkId: bPortal.id,
      bPortalToken: bPortal.url.split('/').pop()!,
      bIncomeEntryId: bIncome.json().id,
      bFundBalanceId: bBalance.json().id,
      ...(await letGoInWorkspaceB(b, add)),
      bClientId: bClient.id,
      ...(await agreementsInWorkspaceB(b, bClient.id)),
      ...bDeliverables,
      bDraftInvoiceId,
      bInvoiceId,
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
    expect(bClients.items.map((c: Client) => c.id).sort()).toEqual([bClient.id, world.bWaitlistClient.id, world.bLeavingClient.id, world.bToxicClient.id].sort());
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
