// The routes an app really registered (read from app.printRoutes), so route-walking tests cannot forget a new route.
import type { FastifyInstance } from 'fastify';

export type RegisteredRoute = { method: string; path: string; key: string };

/** Every method + full path the app answers, HEAD included, parsed from Fastify's route tree. */
export function registeredRoutes(app: FastifyInstance): RegisteredRoute[] {
  const tree = app.printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  const routes: RegisteredRoute[] = [];
  for (const line of tree.split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(match[2] ?? '');
    const path = stack.join('');
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim()).filter(Boolean)) {
      routes.push({ method, path, key: `${method} ${path}` });
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

/** Routes under /api/v1, without the HEAD twins Fastify adds for every GET. */
export function apiRoutes(app: FastifyInstance): RegisteredRoute[] {
  return registeredRoutes(app).filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'HEAD');
}

/** The only API routes that answer without a session or token. */
export const publicApiRoutes = new Set([
  'GET /api/v1/health',
  'GET /api/v1/setup',
  'POST /api/v1/setup',
  'POST /api/v1/session',
  'GET /api/v1/openapi.json',
  // The prospect's intake form: the link's secret token is the only key.
  'GET /api/v1/intake/:token',
  'POST /api/v1/intake/:token',
  // The client portal: the client's own link (a 256-bit, expiring, revocable token) is the only key.
  'GET /api/v1/portal/:token',
  'GET /api/v1/portal/:token/working-together',
  'POST /api/v1/portal/:token/testimonial',
  // Proposals and contracts in the portal: read, comment, accept, decline, sign.
  'GET /api/v1/portal/:token/agreements',
  'GET /api/v1/portal/:token/agreements/:agreementId',
  'GET /api/v1/portal/:token/agreements/:agreementId/pdf',
  'POST /api/v1/portal/:token/agreements/:agreementId/comments',
  'POST /api/v1/portal/:token/agreements/:agreementId/accept',
  'POST /api/v1/portal/:token/agreements/:agreementId/decline',
  'POST /api/v1/portal/:token/agreements/:agreementId/sign',
  // Invoices in the portal: the list, one invoice, its PDF.
  'GET /api/v1/portal/:token/invoices',
  'GET /api/v1/portal/:token/invoices/:invoiceId',
  'GET /api/v1/portal/:token/invoices/:invoiceId/pdf',
  // Deliverables in the portal: the list, and a file once it is not held.
  'GET /api/v1/portal/:token/deliverables',
  'GET /api/v1/portal/:token/deliverables/:deliverableId/file',
]);

export function isPublicRoute(route: RegisteredRoute): boolean {
  if (route.path.startsWith('/api/docs')) return true;
  const method = route.method === 'HEAD' ? 'GET' : route.method;
  return publicApiRoutes.has(`${method} ${route.path}`);
}

/** A concrete URL for a route pattern: every :param becomes the given id. */
export function concreteUrl(path: string, id: string): string {
  return path.replace(/:[A-Za-z]+/g, id);
}
