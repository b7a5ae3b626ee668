// The app as a whole: health, the OpenAPI contract and docs, security headers, and unknown paths.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../tests/support/test-app.ts';
import { databaseKinds } from '../../tests/support/test-database.ts';
import { apiRoutes } from '../../tests/support/api-routes.ts';
import { expectProblem } from '../../tests/support/problem.ts';
import { version } from '../version.ts';

type Operation = { requestBody?: { required?: boolean; content: Record<string, { schema: unknown }> }; parameters?: { in: string; name: string }[]; responses: Record<string, unknown> };
type OpenApi = { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>> };

describe.each(databaseKinds)('the app on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('health', () => {
    test('GET /health answers ok, the database kind and the version, without credentials', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok', database: kind, version });
      expect(version).toMatch(/^\d+\.\d+\.\d+/);
    });
  });

  describe('OpenAPI', () => {
    let spec: OpenApi;
    beforeAll(async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      spec = response.json() as OpenApi;
    });

    test('is OpenAPI 3.1 and titled with the running version', () => {
      expect(spec.openapi).toMatch(/^3\.1\.\d+$/);
      expect(spec.info).toMatchObject({ title: 'Sana API', version });
    });

    test('lists every API path, with the methods the app serves', () => {
      for (const path of ['/clients', '/clients/{id}', '/clients/{id}/events', '/session', '/setup', '/tokens', '/tokens/{id}', '/health', '/outbox', '/me/language']) {
        expect(Object.keys(spec.paths)).toContain(`/api/v1${path}`);
      }
      const documented = Object.entries(spec.paths).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      );
      const served = apiRoutes(t.app)
        .map((r) => r.key)
        .filter((key) => key !== 'GET /api/v1/openapi.json');
      expect(documented.sort()).toEqual(served.sort());
    });

    test('write operations carry their JSON request schema', () => {
      const schemaOf = (path: string, method: string) => spec.paths[`/api/v1${path}`]?.[method]?.requestBody?.content['application/json']?.schema as { properties?: Record<string, unknown>; required?: string[] } | undefined;
      expect(schemaOf('/clients', 'post')?.required).toEqual(expect.arrayContaining(['name', 'timeZone', 'language', 'currency']));
      expect(Object.keys(schemaOf('/clients', 'post')?.properties ?? {})).toEqual(expect.arrayContaining(['name', 'company', 'contacts', 'stage', 'notes', 'isNotesConfidential']));
      expect(schemaOf('/clients/{id}', 'patch')?.required).toEqual(['version']);
      // Each kind of event is its own shape: every one names its type and needs a summary.
      type Union = { $ref?: string; oneOf?: { required?: string[] }[]; anyOf?: { required?: string[] }[] };
      const bodySchema = (spec.paths['/api/v1/clients/{id}/events']?.post?.requestBody?.content['application/json']?.schema ?? {}) as Union;
      const components = (spec as unknown as { components?: { schemas?: Record<string, Union> } }).components?.schemas ?? {};
      const eventKinds = bodySchema.$ref ? (components[bodySchema.$ref.split('/').pop()!] ?? {}) : bodySchema;
      const kinds = eventKinds.oneOf ?? eventKinds.anyOf ?? [];
      expect(kinds.length).toBeGreaterThanOrEqual(15);
      for (const kind of kinds) expect(kind.required).toEqual(expect.arrayContaining(['type', 'summary']));
      expect(schemaOf('/setup', 'post')?.required).toEqual(expect.arrayContaining(['email', 'password', 'workspaceName', 'timeZone', 'currency', 'language']));
      expect(schemaOf('/session', 'post')?.required).toEqual(expect.arrayContaining(['email', 'password']));
      expect(schemaOf('/tokens', 'post')?.required).toEqual(['name']);
      expect(schemaOf('/me/language', 'put')?.required).toEqual(['language']);
    });

    test('list operations document their query parameters and id routes their path parameter', () => {
      const query = (path: string) => (spec.paths[`/api/v1${path}`]?.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      expect(query('/clients')).toEqual(expect.arrayContaining(['limit', 'offset', 'q', 'stage', 'archived']));
      expect(query('/clients/{id}/events')).toEqual(expect.arrayContaining(['limit', 'offset']));
      expect(query('/outbox')).toEqual(expect.arrayContaining(['limit', 'offset']));
      expect(spec.paths['/api/v1/clients/{id}']?.get?.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'path', name: 'id' })]));
    });

    test('error answers are documented as Problem', () => {
      const responses = spec.paths['/api/v1/clients/{id}']?.patch?.responses ?? {};
      expect(Object.keys(responses)).toEqual(expect.arrayContaining(['200', '400', '401', '404', '409']));
      expect(JSON.stringify(responses['409'])).toContain('Problem');
    });
  });

  describe('docs', () => {
    test('GET /api/docs answers an HTML page without credentials', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/docs' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toMatch(/<html/i);
    });
  });

  describe('security headers', () => {
    const pages = [
      ['an API JSON answer', '/api/v1/health'],
      ['an API problem answer', '/api/v1/clients'],
      ['an unknown API path', '/api/v1/nowhere'],
      ['the API docs page', '/api/docs'],
      ['the web app entry', '/'],
      ['a web route', '/clients/123'],
    ] as const;

    test.each(pages)('%s (%s) carries a Content-Security-Policy and X-Content-Type-Options: nosniff', async (_name, url) => {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(response.headers['content-security-policy']).toMatch(/frame-ancestors '(none|self)'/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    });

    test('the CSP allows scripts only from our origin', async () => {
      const csp = (await t.app.inject({ method: 'GET', url: '/api/v1/health' })).headers['content-security-policy'] as string;
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src '));
      expect(scriptSrc?.trim()).toBe("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
    });

    test('over plain http (laptop mode) there is no HSTS', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(response.headers['strict-transport-security']).toBeUndefined();
    });
  });

  describe('unknown paths', () => {
    test('an unknown API path answers 404 problem+json pointing at the docs, with or without a login', async () => {
      const problem = expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/nowhere' }), 404, { code: 'not_found' });
      expect(problem.detail).toContain('/api/docs');
      expectProblem(await t.app.inject({ method: 'DELETE', url: '/api/v1/health' }), 404, { code: 'not_found' });
    });
  });

  describe('when the database is gone', () => {
    test('GET /health answers 503 degraded instead of failing', async () => {
      const broken = await createTestApp(kind);
      await broken.database.close();
      try {
        const response = await broken.app.inject({ method: 'GET', url: '/api/v1/health' });
        expect(response.statusCode).toBe(503);
        expect(response.json()).toEqual({ status: 'degraded', database: kind, version });
      } finally {
        await broken.close();
      }
    });
  });
});
