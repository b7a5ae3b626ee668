// Security headers (helmet's set, with our CSP) on every response that goes through Fastify's hooks.
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

type HeaderValue = string | number | readonly string[];

/**
 * The headers helmet writes for these options, read once by running its middleware against a recording response.
 * None of our directives is a function (no per-request nonce), so every response gets exactly these. helmet's only other
 * act, removing X-Powered-By, is moot: neither Node nor Fastify ever sets that header.
 */
function helmetHeaders(isSecure: boolean): Record<string, string> {
  const middleware = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: isSecure ? [] : null,
      },
    },
    hsts: isSecure,
  });
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: HeaderValue) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  middleware({} as never, recorder as never, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

/**
 * Put on the reply, not on the raw response: @fastify/helmet rebuilt helmet's middleware per request, and helmet's own
 * res.setHeader calls (a dozen validated writes) also pushed Node onto its slow path of merging Fastify's headers one by
 * one. Kept in Fastify's header map, they are written once with the rest by writeHead. A route may still override one
 * (the API docs page sets its own CSP), as before.
 */
export function registerSecurityHeaders(app: FastifyInstance, { isSecure }: { isSecure: boolean }): void {
  const headers = helmetHeaders(isSecure);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
