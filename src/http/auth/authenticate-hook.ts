// Resolves the identity for /api requests and enforces CSRF on cookie-authenticated writes.
import type { FastifyInstance, FastifyRequest, HookHandlerDoneFunction, onRequestHookHandler, RouteOptions } from 'fastify';
import { AppError } from '../../errors.ts';
import { authenticateCachedToken, authenticateSession, authenticateToken, type Identity, type SessionIdentity } from '../../use-cases/authenticate.ts';
import { SESSION_COOKIE } from './identity.ts';
import { timingSafeEqual } from 'node:crypto';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Routes open without a session or token (health, setup, login, docs); everything else under /api is closed. */
    isPublic?: boolean;
  }
}

function isSameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const invalidToken = () => new AppError('unauthenticated', 'This API token is not valid (revoked or mistyped). Create a new one with `sana token create NAME`.');
const noCredentials = () => new AppError('unauthenticated', 'Log in, or send an API token as Authorization: Bearer <token>.');

/** Cookies ride along on cross-site requests; a write must also prove it came from our page. */
function csrfFailure(request: FastifyRequest, identity: SessionIdentity): AppError | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  const sent = request.headers['x-csrf-token'];
  return typeof sent === 'string' && isSameSecret(sent, identity.csrfToken) ? undefined : new AppError('csrf_failed', 'This request is missing its security token. Reload the page and try again.');
}

function settle(request: FastifyRequest, done: HookHandlerDoneFunction, identity: Identity | undefined, whenMissing: () => AppError): void {
  if (!identity) return done(whenMissing());
  request.identity = identity;
  done(identity.kind === 'session' ? csrfFailure(request, identity) : undefined);
}

/** Every /api route except the public ones (health, setup, login, portal, the docs): decided once per route, when it is added. */
function isProtected(route: RouteOptions): boolean {
  return route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && route.config?.isPublic !== true;
}

export function registerAuthentication(app: FastifyInstance, sessionDays: number): void {
  app.decorateRequest('identity', null);

  // A callback hook rather than an async one: an API client's cached token is answered at once, and only a token or
  // session that needs the database waits for it.
  // (No named closures in here: the TypeScript loader names each one as it is made, which costs on every request.)
  const authenticate: onRequestHookHandler = function authenticate(request, _reply, done) {
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const token = authorization.slice('Bearer '.length).trim();
      const known = authenticateCachedToken(app.deps, token);
      if (known) return settle(request, done, known, invalidToken);
      authenticateToken(app.deps, token).then((identity) => settle(request, done, identity, invalidToken), done);
      return;
    }
    const secret = request.cookies[SESSION_COOKIE];
    if (!secret) return done(noCredentials());
    authenticateSession(app.deps, secret, sessionDays).then((identity) => settle(request, done, identity, noCredentials), done);
  };

  // Route by route rather than on every request: public routes act for nobody (an old cookie must not get in the way of
  // logging in again), and an unknown path is left to the not-found handler rather than asking a stranger to log in.
  // First among the route's own hooks, so a rate limit counts only requests that got in, as before.
  app.addHook('onRoute', (route) => {
    if (!isProtected(route)) return;
    const own = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
    // A new array: Fastify's automatic HEAD route starts from a copy of these options and gets its own hook.
    route.onRequest = [authenticate, ...own];
  });
}
