// An in-process Sana app on a fresh database, with helpers to set up a workspace and call the API as its owner.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/app.ts';
import { createClock, type Clock } from '../../src/clock.ts';
import type { DatabaseKind } from '../../src/db/connect.ts';
import type { AppDeps } from '../../src/use-cases/context.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export type TestApp = {
  app: FastifyInstance;
  database: TestDatabase;
  deps: AppDeps;
  close(): Promise<void>;
};

export async function createTestApp(
  kind: DatabaseKind,
  { clock = createClock('2027-03-01T09:00:00Z'), isSignupOpen = true, isSmtpConfigured = false }: { clock?: Clock; isSignupOpen?: boolean; isSmtpConfigured?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  // Uploaded files go to a folder of this app's own, removed with it.
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sana-test-files-'));
  const deps: AppDeps = { db: database.db, clock, email: { isSmtpConfigured }, publicUrl: 'http://localhost:3000', filesDir };
  const app = await buildApp({ deps, databaseKind: kind, isSignupOpen, sessionDays: 30, isSecureCookies: false });
  return {
    app,
    database,
    deps,
    async close() {
      await app.close();
      await database.drop();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

export type Owner = {
  workspaceId: string;
  userId: string;
  cookie: string;
  csrfToken: string;
  /** Calls the API as this owner: session cookie, plus the CSRF token on writes. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
};

let ownerCount = 0;

export async function setUpOwner(app: FastifyInstance, overrides: Partial<Record<string, string>> = {}): Promise<Owner> {
  ownerCount += 1;
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/setup',
    // Setup is rate limited per address; each owner comes from its own so a file may set up many.
    remoteAddress: `10.254.${(ownerCount >> 8) & 255}.${ownerCount & 255}`,
    payload: {
      workspaceName: `Studio ${ownerCount}`,
      name: `Owner ${ownerCount}`,
      email: `owner${ownerCount}-${Date.now()}@example.com`,
      password: 'correct horse battery',
      language: 'en',
      timeZone: 'Europe/Madrid',
      currency: 'EUR',
      ...overrides,
    },
  });
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.statusCode} ${response.body}`);
  const body = response.json() as { user: { id: string }; workspace: { id: string }; csrfToken: string };
  const setCookie = response.cookies.find((c) => c.name === 'sana_session');
  if (!setCookie) throw new Error('setup did not set the session cookie');
  const cookie = `sana_session=${setCookie.value}`;
  return {
    workspaceId: body.workspace.id,
    userId: body.user.id,
    cookie,
    csrfToken: body.csrfToken,
    request(options) {
      const isWrite = !['GET', 'HEAD', undefined].includes(options.method as string);
      return app.inject({ ...options, headers: { ...options.headers, cookie, ...(isWrite && { 'x-csrf-token': body.csrfToken }) } });
    },
  };
}
