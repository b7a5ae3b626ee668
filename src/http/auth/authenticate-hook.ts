// Resolves the identity for /api requests and enforces CSRF on cookie-authenticated writes.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors.ts';
import { authenticateSession, authenticateToken } from '../../use-cases/authenticate.ts';
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

export function registerAuthentication(app: FastifyInstance, sessionDays: number): void {
  app.decorateRequest('identity', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    // Public routes act for nobody: an old cookie must not get in the way of logging in again.
    if (request.routeOptions.config.isPublic || request.url.startsWith('/api/docs')) return;
    // No route matched: let the not-found handler say so, rather than asking a stranger to log in.
    if (request.routeOptions.url === undefined) return;
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const identity = await authenticateToken(app.deps, authorization.slice('Bearer '.length).trim());
      if (!identity) throw new AppError('unauthenticated', 'This API token is not valid (revoked or mistyped). Create a new one with `sana token create NAME`.');
      request.identity = identity;
      return;
    }
    const secret = request.cookies[SESSION_COOKIE];
    const identity = secret ? await authenticateSession(app.deps, secret, sessionDays) : undefined;
    if (!identity) throw new AppError('unauthenticated', 'Log in, or send an API token as Authorization: Bearer <token>.');
    request.identity = identity;
    // Cookies ride along on cross-site requests; a write must also prove it came from our page.
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !isSameSecret(sent, identity.csrfToken)) {
        throw new AppError('csrf_failed', 'This request is missing its security token. Reload the page and try again.');
      }
    }
  });
}
