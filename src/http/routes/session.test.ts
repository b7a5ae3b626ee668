// First-run setup, login and logout, the session cookie, CSRF on cookie writes, API tokens and the login rate limit.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { sha256Hex } from '../../security/secrets.ts';
import { buildApp } from '../app.ts';
import { createClock } from '../../clock.ts';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { databaseKinds } from '../../../tests/support/test-database.ts';
import { expectProblem } from '../../../tests/support/problem.ts';

const password = 'correct horse battery';
const newClient = { name: 'Acme', timeZone: 'Europe/Madrid', language: 'en', currency: 'EUR' };

let addressCount = 0;
/** A fresh client address per call, so the per-address rate limit on setup and login only bites where a test wants it to. */
function freshAddress(): string {
  addressCount += 1;
  return `10.1.${(addressCount >> 8) & 255}.${addressCount & 255}`;
}

function setupBody(email: string, overrides: Record<string, unknown> = {}) {
  return { workspaceName: 'Ana Studio', name: 'Ana', email, password, language: 'en', timeZone: 'Europe/Madrid', currency: 'EUR', ...overrides };
}

type Session = { cookie: string; secret: string; csrfToken: string; userId: string; workspaceId: string };

function sessionFrom(response: LightMyRequestResponse): Session {
  expect(response.statusCode, response.body).toBe(201);
  const cookie = response.cookies.find((c) => c.name === 'sana_session');
  if (!cookie) throw new Error('no session cookie');
  const body = response.json() as { user: { id: string }; workspace: { id: string }; csrfToken: string };
  return { cookie: `sana_session=${cookie.value}`, secret: cookie.value, csrfToken: body.csrfToken, userId: body.user.id, workspaceId: body.workspace.id };
}

describe.each(databaseKinds)('setup, login and sessions on %s', (kind) => {
  let closedApp: TestApp;
  let openApp: TestApp;
  const ownerEmail = `ana-${kind}@example.com`;
  let owner: Session;

  function setup(t: TestApp, body: unknown) {
    return t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: body as object, remoteAddress: freshAddress() });
  }
  function logIn(email: string, pass: string, remoteAddress = freshAddress()) {
    return closedApp.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password: pass }, remoteAddress });
  }
  function asSession(session: Session, method: 'GET' | 'POST' | 'DELETE' | 'PUT', url: string, payload?: object, csrf: string | null = session.csrfToken) {
    return closedApp.app.inject({ method, url, payload, headers: { cookie: session.cookie, ...(csrf !== null && { 'x-csrf-token': csrf }) } });
  }

  beforeAll(async () => {
    [closedApp, openApp] = await Promise.all([createTestApp(kind, { isSignupOpen: false }), createTestApp(kind, { isSignupOpen: true })]);
  });
  afterAll(async () => {
    await Promise.all([closedApp?.close(), openApp?.close()]);
  });

  describe('first-run setup', () => {
    test('before anyone sets up, GET /setup says setup is needed and signup is closed', async () => {
      const response = await closedApp.app.inject({ method: 'GET', url: '/api/v1/setup' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ needsSetup: true, isSignupOpen: false });
    });

    test('a password shorter than 8 characters answers 400 naming password, and nothing is created', async () => {
      const response = await setup(closedApp, setupBody(ownerEmail, { password: 'short' }));
      expectProblem(response, 400, { code: 'validation_failed', field: 'password' });
      expect(await closedApp.database.db.selectFrom('workspaces').selectAll().execute()).toEqual([]);
    });

    test('the first setup creates the workspace and its owner and sets an HttpOnly, SameSite=Lax session cookie', async () => {
      const response = await setup(closedApp, setupBody(ownerEmail.toUpperCase(), { workspaceName: 'Ana Studio', timeZone: 'America/Bogota', currency: 'COP', language: 'es' }));
      owner = sessionFrom(response);
      expect(response.json()).toMatchObject({
        user: { name: 'Ana', email: ownerEmail, language: 'es' },
        workspace: { name: 'Ana Studio', timeZone: 'America/Bogota', currency: 'COP', language: 'es' },
        csrfToken: expect.any(String),
      });
      const cookie = response.cookies.find((c) => c.name === 'sana_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie?.secure).toBeFalsy();
      // The session lasts sessionDays (30) from the pinned clock.
      expect(new Date(cookie!.expires!).toISOString()).toBe('2027-03-31T09:00:00.000Z');
      const [workspace] = await closedApp.database.db.selectFrom('workspaces').selectAll().execute();
      const users = await closedApp.database.db.selectFrom('users').selectAll().execute();
      expect(workspace?.id).toBe(owner.workspaceId);
      expect(users.map((u) => [u.id, u.workspace_id, u.email])).toEqual([[owner.userId, owner.workspaceId, ownerEmail]]);
    });

    test('the session cookie opens GET /session, which names the user and the workspace', async () => {
      const response = await asSession(owner, 'GET', '/api/v1/session');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ user: { id: owner.userId, email: ownerEmail }, workspace: { id: owner.workspaceId }, csrfToken: owner.csrfToken });
    });

    test('only the SHA-256 of the session id is stored, never the id itself', async () => {
      const rows = await closedApp.database.db.selectFrom('sessions').select(['id_hash']).execute();
      expect(rows.map((r) => r.id_hash)).toContain(sha256Hex(owner.secret));
      expect(rows.map((r) => r.id_hash)).not.toContain(owner.secret);
    });

    test('the password is stored as an scrypt hash with N=131072, r=8, p=1 and a random salt', async () => {
      const user = await closedApp.database.db.selectFrom('users').select('password_hash').where('id', '=', owner.userId).executeTakeFirstOrThrow();
      expect(user.password_hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
      expect(user.password_hash).not.toContain(password);
    });

    test('once an owner exists, GET /setup says setup is no longer needed', async () => {
      const response = await closedApp.app.inject({ method: 'GET', url: '/api/v1/setup' });
      expect(response.json()).toEqual({ needsSetup: false, isSignupOpen: false });
    });

    test('with signup closed, a second setup answers 403 and creates nothing', async () => {
      const response = await setup(closedApp, setupBody(`intruder-${kind}@example.com`));
      expectProblem(response, 403, { code: 'setup_closed' });
      expect(response.cookies.find((c) => c.name === 'sana_session')).toBeUndefined();
      expect(await closedApp.database.db.selectFrom('users').select('id').execute()).toHaveLength(1);
      expect(await closedApp.database.db.selectFrom('workspaces').select('id').execute()).toHaveLength(1);
    });

    test('with signup open, GET /setup says so and every setup answers 201 with a workspace of its own', async () => {
      expect((await openApp.app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needsSetup: true, isSignupOpen: true });
      const first = sessionFrom(await setup(openApp, setupBody(`first-${kind}@example.com`)));
      const second = sessionFrom(await setup(openApp, setupBody(`second-${kind}@example.com`)));
      expect(second.workspaceId).not.toBe(first.workspaceId);
      expect((await openApp.app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needsSetup: false, isSignupOpen: true });
    });

    test('setting up again with an email that already has an account answers 409 naming email', async () => {
      const response = await setup(openApp, setupBody(`FIRST-${kind}@example.com`));
      expectProblem(response, 409, { code: 'conflict', field: 'email' });
      expect(await openApp.database.db.selectFrom('workspaces').select('id').execute()).toHaveLength(2);
    });
  });

  /** A second live session of the owner, from the login test; the CSRF tests use it as "another session". */
  let second: Session;

  describe('login and logout', () => {
    test('a wrong password and an unknown email get the same 401, and no cookie', async () => {
      const [wrongPassword, unknownEmail] = await Promise.all([logIn(ownerEmail, 'not the password'), logIn(`nobody-${kind}@example.com`, password)]);
      const a = expectProblem(wrongPassword, 401, { code: 'unauthenticated' });
      const b = expectProblem(unknownEmail, 401, { code: 'unauthenticated' });
      expect({ ...a, requestId: undefined, instance: undefined }).toEqual({ ...b, requestId: undefined, instance: undefined });
      expect(wrongPassword.cookies).toEqual([]);
      expect(unknownEmail.cookies).toEqual([]);
    });

    test('every login issues a new session id (the email is matched without case), and each session works', async () => {
      const first = sessionFrom(await logIn(ownerEmail, password));
      second = sessionFrom(await logIn(ownerEmail.toUpperCase(), password));
      expect(new Set([owner.secret, first.secret, second.secret]).size).toBe(3);
      expect(new Set([owner.csrfToken, first.csrfToken, second.csrfToken]).size).toBe(3);
      for (const session of [first, second]) {
        const response = await asSession(session, 'GET', '/api/v1/session');
        expect(response.json()).toMatchObject({ user: { id: owner.userId } });
      }
      // Logging out kills this session on the server: a copy of the cookie is worthless afterwards.
      const logout = await asSession(first, 'DELETE', '/api/v1/session');
      expect(logout.statusCode).toBe(204);
      const cleared = logout.cookies.find((c) => c.name === 'sana_session');
      expect(cleared?.value).toBe('');
      expectProblem(await asSession(first, 'GET', '/api/v1/session'), 401, { code: 'unauthenticated' });
      expectProblem(await asSession(first, 'POST', '/api/v1/clients', newClient), 401, { code: 'unauthenticated' });
      // Other sessions of the same person are untouched.
      expect((await asSession(second, 'GET', '/api/v1/session')).statusCode).toBe(200);
    });

    test('a session expires after sessionDays without use, and each use slides the expiry forward', async () => {
      const appAt = (iso: string) =>
        buildApp({ deps: { ...closedApp.deps, clock: createClock(iso) }, databaseKind: kind, isSignupOpen: false, sessionDays: 30, isSecureCookies: false });
      const sessionRow = () => closedApp.database.db.selectFrom('sessions').select('expires_at').where('id_hash', '=', sha256Hex(owner.secret)).executeTakeFirst();
      const later = await appAt('2027-03-30T09:00:00Z');
      try {
        expect((await later.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: owner.cookie } })).statusCode).toBe(200);
      } finally {
        await later.close();
      }
      expect((await sessionRow())?.expires_at).toBe('2027-04-29T09:00:00.000Z');
      const tooLate = await appAt('2027-04-29T09:00:01Z');
      try {
        expectProblem(await tooLate.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: owner.cookie } }), 401, { code: 'unauthenticated' });
      } finally {
        await tooLate.close();
      }
    });
  });

  describe('CSRF protection on cookie-authenticated writes', () => {
    let session: Session;
    let other: Session;
    beforeAll(() => {
      [session, other] = [owner, second];
    });
    async function clientCount(): Promise<number> {
      return (await asSession(session, 'GET', '/api/v1/clients?archived=include')).json().total as number;
    }

    test('a read needs no CSRF token', async () => {
      expect((await asSession(session, 'GET', '/api/v1/clients', undefined, null)).statusCode).toBe(200);
    });

    test('a write without X-CSRF-Token answers 403 and changes nothing', async () => {
      const before = await clientCount();
      expectProblem(await asSession(session, 'POST', '/api/v1/clients', newClient, null), 403, { code: 'csrf_failed' });
      expectProblem(await asSession(session, 'DELETE', '/api/v1/session', undefined, null), 403, { code: 'csrf_failed' });
      expect(await clientCount()).toBe(before);
      expect((await asSession(session, 'GET', '/api/v1/session')).statusCode).toBe(200);
    });

    test('a write with a wrong token, or with another session’s token, answers 403', async () => {
      const before = await clientCount();
      expectProblem(await asSession(session, 'POST', '/api/v1/clients', newClient, 'not-the-token'), 403, { code: 'csrf_failed' });
      expectProblem(await asSession(session, 'POST', '/api/v1/clients', newClient, ''), 403, { code: 'csrf_failed' });
      expectProblem(await asSession(session, 'POST', '/api/v1/clients', newClient, other.csrfToken), 403, { code: 'csrf_failed' });
      expectProblem(await asSession(session, 'PUT', '/api/v1/me/language', { language: 'en' }, other.csrfToken), 403, { code: 'csrf_failed' });
      expect(await clientCount()).toBe(before);
    });

    test('a write with the session’s own token goes through', async () => {
      const response = await asSession(session, 'POST', '/api/v1/clients', newClient);
      expect(response.statusCode).toBe(201);
    });

    test('PUT /me/language remembers the language the user chose', async () => {
      expect((await asSession(session, 'PUT', '/api/v1/me/language', { language: 'en' })).statusCode).toBe(204);
      expect((await asSession(other, 'GET', '/api/v1/session')).json()).toMatchObject({ user: { language: 'en' } });
    });
  });

  describe('API tokens', () => {
    let token: { id: string; name: string; token: string };
    const asToken = (secret: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
      closedApp.app.inject({ method, url, payload, headers: { authorization: `Bearer ${secret}` } });

    test('a created token is shown once; the list shows its name but never the secret', async () => {
      const response = await asSession(owner, 'POST', '/api/v1/tokens', { name: '  Zapier  ' });
      expect(response.statusCode).toBe(201);
      token = response.json();
      expect(token).toEqual({ id: expect.any(String), name: 'Zapier', token: expect.stringMatching(/^sana_[A-Za-z0-9_-]{43}$/) });
      const list = await asSession(owner, 'GET', '/api/v1/tokens');
      expect(list.json()).toEqual({ items: [{ id: token.id, name: 'Zapier', createdAt: '2027-03-01T09:00:00.000Z', lastUsedAt: null }] });
      expect(list.body).not.toContain(token.token);
      const row = await closedApp.database.db.selectFrom('api_tokens').selectAll().where('id', '=', token.id).executeTakeFirstOrThrow();
      expect(row.token_hash).toBe(sha256Hex(token.token));
    });

    test('a Bearer token writes without any CSRF token, and its last use is recorded', async () => {
      const response = await asToken(token.token, 'POST', '/api/v1/clients', { ...newClient, name: 'Made by token' });
      expect(response.statusCode).toBe(201);
      const [summary] = (await asSession(owner, 'GET', '/api/v1/tokens')).json().items;
      expect(summary.lastUsedAt).toBe('2027-03-01T09:00:00.000Z');
    });

    test('a token acts for the workspace, not for a person: session-only routes answer 403', async () => {
      expectProblem(await asToken(token.token, 'GET', '/api/v1/session'), 403, { code: 'forbidden' });
      expectProblem(await asToken(token.token, 'DELETE', '/api/v1/session'), 403, { code: 'forbidden' });
    });

    test('an invalid Bearer token answers 401 even next to a valid session cookie', async () => {
      const response = await closedApp.app.inject({ method: 'GET', url: '/api/v1/clients', headers: { authorization: 'Bearer sana_nope', cookie: owner.cookie } });
      expectProblem(response, 401, { code: 'unauthenticated' });
    });

    test('a revoked token answers 401; revoking it again answers 404', async () => {
      expect((await asSession(owner, 'DELETE', `/api/v1/tokens/${token.id}`)).statusCode).toBe(204);
      expectProblem(await asToken(token.token, 'GET', '/api/v1/clients'), 401, { code: 'unauthenticated' });
      expectProblem(await asSession(owner, 'DELETE', `/api/v1/tokens/${token.id}`), 404, { code: 'not_found' });
      expect((await asSession(owner, 'GET', '/api/v1/tokens')).json()).toEqual({ items: [] });
    });
  });

  describe('login rate limit', () => {
    test('after 10 attempts in a minute from one address the next answers 429, even with the right password; other addresses still log in', async () => {
      const address = freshAddress();
      // One wrong password and nine malformed attempts: the limit counts attempts, whatever they carry.
      const malformed = (remoteAddress: string) => closedApp.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: ownerEmail }, remoteAddress });
      const attempts = await Promise.all([logIn(ownerEmail, 'wrong password', address), ...Array.from({ length: 9 }, () => malformed(address))]);
      expect(attempts.map((r) => r.statusCode).sort()).toEqual([400, 400, 400, 400, 400, 400, 400, 400, 400, 401]);
      const blocked = await logIn(ownerEmail, password, address);
      expectProblem(blocked, 429, { code: 'rate_limited' });
      expect(blocked.headers['retry-after']).toBeDefined();
      expect(blocked.cookies).toEqual([]);
      // The limit is per address: another one is still heard (and told what is wrong with its attempt).
      expectProblem(await malformed(freshAddress()), 400, { code: 'validation_failed', field: 'password' });
    });
  });
});
