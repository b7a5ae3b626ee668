// Talks to the running server as the owner (cookie + CSRF), to seed data quickly where the UI path is not under test.
import type { z } from 'zod';
import type { SessionInfo, SetupBody } from '../../../src/schemas/auth.ts';
import type { Client, CreateClientBody } from '../../../src/schemas/clients.ts';
import type { LogEventBody } from '../../../src/schemas/events.ts';

export type Owner = { email: string; password: string; name: string; workspaceName: string };

export const defaultOwner: Owner = { email: 'ana@example.com', password: 'correct horse battery', name: 'Ana Ruiz', workspaceName: 'Ana Ruiz Writing' };

export type ApiSession = {
  cookie: { name: string; value: string };
  session: SessionInfo;
  createClient(body: z.input<typeof CreateClientBody>): Promise<Client>;
  logEvent(clientId: string, body: z.input<typeof LogEventBody>): Promise<unknown>;
  /** Any other API call, as the owner: `call('POST', '/clients/1/interviews', body)`. */
  call<T = unknown>(method: string, path: string, body?: unknown, extraHeaders?: Record<string, string>): Promise<T>;
};

async function expectOk(response: Response, what: string): Promise<unknown> {
  const body = await response.text();
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${body}`);
  return body ? JSON.parse(body) : undefined;
}

/** Runs first-run setup through the API and returns a session to seed with. */
export async function setUpThroughApi(baseUrl: string, owner: Owner = defaultOwner, extra: Partial<SetupBody> = {}): Promise<ApiSession> {
  const body: SetupBody = { workspaceName: owner.workspaceName, name: owner.name, email: owner.email, password: owner.password, language: 'en', timeZone: 'Europe/Madrid', currency: 'EUR', ...extra };
  const response = await fetch(`${baseUrl}/api/v1/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const session = (await expectOk(response, 'POST /setup')) as SessionInfo;
  const setCookie = response.headers.get('set-cookie') ?? '';
  const match = /^([^=]+)=([^;]*)/.exec(setCookie);
  if (!match?.[1] || match[2] === undefined) throw new Error('POST /setup did not set a session cookie.');
  const cookie = { name: match[1], value: match[2] };
  const headers = { 'content-type': 'application/json', cookie: `${cookie.name}=${cookie.value}`, 'x-csrf-token': session.csrfToken };
  return {
    cookie,
    session,
    async createClient(client) {
      return (await expectOk(await fetch(`${baseUrl}/api/v1/clients`, { method: 'POST', headers, body: JSON.stringify(client) }), 'POST /clients')) as Client;
    },
    async logEvent(clientId, event) {
      return expectOk(await fetch(`${baseUrl}/api/v1/clients/${clientId}/events`, { method: 'POST', headers, body: JSON.stringify(event) }), 'POST /events');
    },
    call: caller(baseUrl, headers),
  };
}

function caller(baseUrl: string, headers: Record<string, string>): ApiSession['call'] {
  return async <T>(method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}) => {
    // A bodiless request must not claim a JSON body, or the server refuses it as empty JSON.
    const { 'content-type': contentType, ...rest } = headers;
    const sent = body === undefined ? { ...rest, ...extraHeaders } : { ...rest, 'content-type': contentType ?? 'application/json', ...extraHeaders };
    const response = await fetch(`${baseUrl}/api/v1${path}`, { method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body) });
    return (await expectOk(response, `${method} ${path}`)) as T;
  };
}

/** Reuses the browser's own login (its cookie) to seed data through the API. */
export async function apiFromBrowser(baseUrl: string, cookies: { name: string; value: string }[]): Promise<Omit<ApiSession, 'cookie'>> {
  const cookie = cookies.find((c) => c.name === 'sana_session');
  if (!cookie) throw new Error('The browser is not logged in (no sana_session cookie).');
  const cookieHeader = `${cookie.name}=${cookie.value}`;
  const session = (await expectOk(await fetch(`${baseUrl}/api/v1/session`, { headers: { cookie: cookieHeader } }), 'GET /session')) as SessionInfo;
  const headers = { 'content-type': 'application/json', cookie: cookieHeader, 'x-csrf-token': session.csrfToken };
  return {
    session,
    async createClient(client) {
      return (await expectOk(await fetch(`${baseUrl}/api/v1/clients`, { method: 'POST', headers, body: JSON.stringify(client) }), 'POST /clients')) as Client;
    },
    async logEvent(clientId, event) {
      return expectOk(await fetch(`${baseUrl}/api/v1/clients/${clientId}/events`, { method: 'POST', headers, body: JSON.stringify(event) }), 'POST /events');
    },
    call: caller(baseUrl, headers),
  };
}
