// The client portal over HTTP: links shown once and stored as hashes, expiry and revocation, one client's data only, testimonials.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';
import { toIso, type Clock } from '../../clock.ts';
import { sha256Hex } from '../../security/secrets.ts';
import type { Client } from '../../schemas/clients.ts';

const START = '2027-03-01T09:00:00Z';

/** A clock the test moves forward, as days pass for a link. */
function movableClock(start: string) {
  let current = Temporal.Instant.from(start);
  const clock: Clock = { now: () => current, nowIso: () => toIso(current) };
  return { clock, advance: (duration: Temporal.DurationLike) => (current = current.add(duration)) };
}

describe.each(databaseKinds)('client portal on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  let other: Owner;
  let time: ReturnType<typeof movableClock>;
  let lucia: Client;
  let bruno: Client;
  let addressCount = 0;
  let apiToken = '';

  /** A client with no cookies, each call from its own address so the portal's rate limit stays out of the way. */
  function asClient(options: InjectOptions): Promise<LightMyRequestResponse> {
    addressCount += 1;
    return t.app.inject({ ...options, remoteAddress: `10.9.${(addressCount >> 8) & 255}.${addressCount & 255}` });
  }
  const tokenOf = (url: string) => url.split('/').pop()!;
  async function newLink(clientId: string, as = owner) {
    const response = await as.request({ method: 'POST', url: `/api/v1/clients/${clientId}/portal-links` });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; url: string; expiresAt: string; status: string };
  }

  beforeAll(async () => {
    time = movableClock(START);
    t = await createTestApp(kind, { clock: time.clock });
    owner = await setUpOwner(t.app, { name: 'Marta Vidal', workspaceName: 'Marta Writes', timeZone: 'Europe/Madrid' });
    other = await setUpOwner(t.app, { name: 'Someone Else', workspaceName: 'Other Studio' });
    const add = async (as: Owner, body: Record<string, unknown>) => (await as.request({ method: 'POST', url: '/api/v1/clients', payload: { currency: 'EUR', ...body } })).json() as Client;
    lucia = await add(owner, { name: 'Lucía Fernández', timeZone: 'America/New_York', language: 'es', contacts: [{ name: 'Lucía', email: '', phone: '' }, { name: 'Oficina', email: 'lucia@norte.example', phone: '' }] });
    bruno = await add(owner, { name: 'Bruno Keller', timeZone: 'Europe/Berlin', language: 'en' });
    const profile = (await owner.request({ method: 'GET', url: '/api/v1/profile' })).json();
    profile.profile.dreamBusiness.blockedDays = [{ kind: 'weekly', weekday: 'wednesday', coreValue: 'Family', label: 'Swimming with Leo' }];
    profile.profile.communication.channels = { flexibility: 'non_negotiable', ranked: ['chat', 'email'] };
    const saved = await owner.request({ method: 'PUT', url: '/api/v1/profile', payload: profile.profile, headers: { 'if-match': `"${profile.version}"` } });
    expect(saved.statusCode, saved.body).toBe(200);
    apiToken = (await owner.request({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'Portal test' } })).json().token;
  });
  afterAll(async () => {
    await t?.close();
  });

  test('a new link is shown once as a /p/ address; only the hash of its token is stored', async () => {
    const link = await newLink(lucia.id);
    expect(link.url).toMatch(/^http:\/\/localhost:3000\/p\/[\w-]{43}$/);
    expect(link).toMatchObject({ status: 'active', expiresAt: '2027-05-30T09:00:00.000Z' });
    const row = await t.database.db.selectFrom('portal_links').selectAll().where('id', '=', link.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(sha256Hex(tokenOf(link.url)));
    expect(JSON.stringify(row)).not.toContain(tokenOf(link.url));
    const list = await owner.request({ method: 'GET', url: `/api/v1/clients/${lucia.id}/portal-links` });
    expect(list.json().items[0]).toEqual({ id: link.id, createdAt: '2027-03-01T09:00:00.000Z', expiresAt: '2027-05-30T09:00:00.000Z', revokedAt: null, lastOpenedAt: null, status: 'active' });
    expect(list.body).not.toContain(tokenOf(link.url));
  });

  test('the portal home names the freelancer and the sections, in the client’s language, and the freelancer sees it was opened', async () => {
    const link = await newLink(lucia.id);
    const home = await asClient({ method: 'GET', url: `/api/v1/portal/${tokenOf(link.url)}` });
    expect(home.statusCode, home.body).toBe(200);
    expect(home.json()).toEqual({ freelancerName: 'Marta Vidal', workspaceName: 'Marta Writes', clientName: 'Lucía Fernández', language: 'es', sections: ['working_together', 'testimonial'], expiresAt: link.expiresAt });
    const list = (await owner.request({ method: 'GET', url: `/api/v1/clients/${lucia.id}/portal-links` })).json();
    expect(list.items.find((l: { id: string }) => l.id === link.id)).toMatchObject({ lastOpenedAt: '2027-03-01T09:00:00.000Z' });
  });

  test('working together shows office hours on both clocks, channels in order, and blocked days without their reason', async () => {
    const link = await newLink(lucia.id);
    const response = await asClient({ method: 'GET', url: `/api/v1/portal/${tokenOf(link.url)}/working-together` });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ freelancerName: 'Marta Vidal', freelancerTimeZone: 'Europe/Madrid', clientTimeZone: 'America/New_York', channels: ['chat', 'email'] });
    // Monday 1 March 2027: 09:00–17:00 in Madrid is 03:00–11:00 in New York.
    expect(body.week[0]).toMatchObject({ date: '2027-03-01', status: 'working', ranges: [{ freelancer: { start: { time: '09:00' } }, client: { start: { date: '2027-03-01', time: '03:00' }, end: { time: '11:00' } } }] });
    expect(body.week[2]).toEqual({ date: '2027-03-03', weekday: 'wednesday', status: 'unavailable' });
    expect(body.agreements).toContainEqual({ kind: 'channels', channels: ['chat', 'email'] });
    expect(body.agreements).toContainEqual({ kind: 'blocked_days' });
    expect(response.body).not.toContain('Family');
    expect(response.body).not.toContain('Leo');
  });

  test('a revoked link answers like an expired one, on every portal route', async () => {
    const link = await newLink(bruno.id);
    const token = tokenOf(link.url);
    expect((await owner.request({ method: 'DELETE', url: `/api/v1/clients/${bruno.id}/portal-links/${link.id}` })).statusCode).toBe(204);
    for (const url of [`/api/v1/portal/${token}`, `/api/v1/portal/${token}/working-together`]) {
      expectProblem(await asClient({ method: 'GET', url }), 404, { code: 'not_found' });
    }
    expectProblem(await asClient({ method: 'POST', url: `/api/v1/portal/${token}/testimonial`, payload: { text: 'Sneaky' } }), 404, { code: 'not_found' });
    const listed = (await owner.request({ method: 'GET', url: `/api/v1/clients/${bruno.id}/portal-links` })).json();
    expect(listed.items.find((l: { id: string }) => l.id === link.id)).toMatchObject({ status: 'revoked', revokedAt: '2027-03-01T09:00:00.000Z' });
    // Revoking needs the link's own client: another client's id does not reach it.
    expectProblem(await owner.request({ method: 'DELETE', url: `/api/v1/clients/${lucia.id}/portal-links/${link.id}` }), 404, { code: 'not_found' });
  });

  test('a testimonial lands on that client’s timeline only, with attribution and consent', async () => {
    const link = await newLink(lucia.id);
    const sent = await asClient({ method: 'POST', url: `/api/v1/portal/${tokenOf(link.url)}/testimonial`, payload: { text: '  Trabajar con Marta fue fácil.  ', name: 'Lucía', role: 'Directora', canPublish: true } });
    expect(sent.statusCode, sent.body).toBe(201);
    const timeline = (await owner.request({ method: 'GET', url: `/api/v1/clients/${lucia.id}/events` })).json();
    expect(timeline.items.find((e: { type: string }) => e.type === 'testimonial')).toMatchObject({ type: 'testimonial', payload: { summary: 'Trabajar con Marta fue fácil.', attribution: 'Lucía, Directora', canPublish: true, via: 'portal' } });
    const brunoTimeline = (await owner.request({ method: 'GET', url: `/api/v1/clients/${bruno.id}/events` })).json();
    expect(brunoTimeline.items.map((e: { type: string }) => e.type)).not.toContain('testimonial');
  });

  test('a portal link never shows another client or another workspace', async () => {
    const foreignClient = (await other.request({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Foreign Person', timeZone: 'UTC', language: 'en', currency: 'EUR' } })).json() as Client;
    const foreign = await newLink(foreignClient.id, other);
    const mine = await newLink(bruno.id);
    const home = (await asClient({ method: 'GET', url: `/api/v1/portal/${tokenOf(mine.url)}` })).json();
    expect(home).toMatchObject({ clientName: 'Bruno Keller', freelancerName: 'Marta Vidal' });
    const foreignHome = await asClient({ method: 'GET', url: `/api/v1/portal/${tokenOf(foreign.url)}` });
    expect(foreignHome.json()).toMatchObject({ clientName: 'Foreign Person', freelancerName: 'Someone Else' });
    expect(foreignHome.body).not.toContain('Marta');
    const together = await asClient({ method: 'GET', url: `/api/v1/portal/${tokenOf(foreign.url)}/working-together` });
    expect(together.body).not.toContain('chat');
    // The other workspace cannot list, revoke or mail through this workspace's client.
    expectProblem(await other.request({ method: 'GET', url: `/api/v1/clients/${bruno.id}/portal-links` }), 404, { code: 'not_found' });
    expectProblem(await other.request({ method: 'DELETE', url: `/api/v1/clients/${bruno.id}/portal-links/${mine.id}` }), 404, { code: 'not_found' });
    expectProblem(await other.request({ method: 'POST', url: `/api/v1/clients/${bruno.id}/testimonial-requests` }), 404, { code: 'not_found' });
  });

  test('an unknown token of the right shape answers the same kind 404; a malformed one names the token', async () => {
    const gone = expectProblem(await asClient({ method: 'GET', url: `/api/v1/portal/${'A'.repeat(43)}` }), 404, { code: 'not_found' });
    expect(gone.detail).toMatch(/Ask the person who sent it/);
    expectProblem(await asClient({ method: 'GET', url: '/api/v1/portal/short' }), 400, { code: 'validation_failed', field: 'token' });
  });

  test('asking for a testimonial from a client without a contact email answers 422 naming the contacts', async () => {
    const problem = expectProblem(await owner.request({ method: 'POST', url: `/api/v1/clients/${bruno.id}/testimonial-requests` }), 422, { code: 'unprocessable', field: 'contacts' });
    expect(problem.detail).toContain('Bruno Keller has no contact email');
    const outbox = (await owner.request({ method: 'GET', url: '/api/v1/outbox' })).json();
    expect(outbox.items.map((m: { to: string }) => m.to)).toEqual([expect.stringContaining('@example.com')]);
  });

  test('asking for a testimonial mails a new portal link in the client’s language and notes it on the timeline', async () => {
    const response = await owner.request({ method: 'POST', url: `/api/v1/clients/${lucia.id}/testimonial-requests` });
    expect(response.statusCode, response.body).toBe(202);
    const { portalLinkId } = response.json();
    expect(response.json()).toEqual({ portalLinkId, to: 'lucia@norte.example', language: 'es' });
    const outbox = (await owner.request({ method: 'GET', url: '/api/v1/outbox' })).json();
    const email = outbox.items.find((m: { to: string }) => m.to === 'lucia@norte.example');
    expect(email.subject).toBe('¿Me dedicas unas palabras sobre cómo ha sido trabajar con Marta Vidal?');
    const url = /http:\/\/localhost:3000\/p\/([\w-]+)\/testimonial/.exec(email.bodyText);
    expect(url).not.toBeNull();
    const row = await t.database.db.selectFrom('portal_links').select(['id', 'client_id']).where('token_hash', '=', sha256Hex(url![1]!)).executeTakeFirstOrThrow();
    expect(row).toEqual({ id: portalLinkId, client_id: lucia.id });
    const timeline = (await owner.request({ method: 'GET', url: `/api/v1/clients/${lucia.id}/events` })).json();
    expect(timeline.items.find((e: { type: string }) => e.type === 'testimonial_requested')).toMatchObject({ type: 'testimonial_requested', payload: { portalLinkId } });
  });

  test('the SPA answers /p/ addresses like any other page', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/p/${randomUUID()}/working-together` });
    // Without a built web app the server says how to build it; either way it is not an API 404.
    expect([200, 503]).toContain(response.statusCode);
    expect(response.headers['content-type']).not.toMatch(/problem/);
  });

  // Last: time only moves forward in this file.
  test('a link stops working when it expires: a kind 404 that says to ask for a new one', async () => {
    const link = await newLink(bruno.id);
    const url = `/api/v1/portal/${tokenOf(link.url)}`;
    time.advance({ hours: 24 * 90 - 1 });
    expect((await asClient({ method: 'GET', url })).statusCode).toBe(200);
    time.advance({ hours: 1 });
    const gone = expectProblem(await asClient({ method: 'GET', url }), 404, { code: 'not_found' });
    expect(gone.detail).toMatch(/no longer works.*Ask the person who sent it for a new one/);
    // Sessions expire too after 90 days; an API token does not, so the freelancer's view is read with one.
    const listed = (await t.app.inject({ method: 'GET', url: `/api/v1/clients/${bruno.id}/portal-links`, headers: { authorization: `Bearer ${apiToken}` } })).json();
    expect(listed.items.find((l: { id: string }) => l.id === link.id)).toMatchObject({ status: 'expired' });
  });
});
