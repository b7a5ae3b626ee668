// Builds the Fastify app from its dependencies without listening, so tests drive it with app.inject.
import path from 'node:path';
import fs from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCompress from '@fastify/compress';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';
import type { AppDeps } from '../use-cases/context.ts';
import type { DatabaseKind } from '../db/connect.ts';
import { sendProblem, toAppError } from './problem.ts';
import { useReadableZodMessages } from './zod-messages.ts';
import { registerAuthentication } from './auth/authenticate-hook.ts';
import { registerNulGuard } from './nul-guard.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { responseSerializerCompiler } from './response-serializer.ts';
import { requestValidatorCompiler } from './request-validator.ts';
import { healthRoutes } from './routes/health.ts';
import { sessionRoutes } from './routes/session.ts';
import { tokenRoutes } from './routes/tokens.ts';
import { clientRoutes } from './routes/clients.ts';
import { eventRoutes } from './routes/events.ts';
import { outboxRoutes } from './routes/outbox.ts';
import { profileRoutes } from './routes/profile.ts';
import { interviewRoutes } from './routes/interviews.ts';
import { intakeRoutes } from './routes/intake.ts';
import { relationshipRoutes } from './routes/relationship.ts';
import { waitlistRoutes } from './routes/waitlist.ts';
import { portalLinkRoutes } from './routes/portal-links.ts';
import { portalRoutes } from './routes/portal.ts';
import { testimonialRoutes } from './routes/testimonials.ts';
import { readinessRoutes } from './routes/readiness.ts';
import { exitPlanRoutes } from './routes/exit-plans.ts';
import { offboardingRoutes } from './routes/offboarding.ts';
import { recoveryRoutes } from './routes/recovery.ts';
import { invoiceRoutes } from './routes/invoices.ts';
import { agreementRoutes } from './routes/agreements.ts';
import { portalAgreementRoutes } from './routes/portal-agreements.ts';
import { portalInvoiceRoutes } from './routes/portal-invoices.ts';
import { moneyUpFrontRoutes } from './routes/money-up-front.ts';
import { deliverableRoutes } from './routes/deliverables.ts';
import { portalDeliverableRoutes } from './routes/portal-deliverables.ts';
import { version } from '../version.ts';

export type BuildAppOptions = {
  deps: AppDeps;
  databaseKind: DatabaseKind;
  isSignupOpen: boolean;
  sessionDays: number;
  isSecureCookies: boolean;
  trustProxy?: boolean;
  /** Folder of the built web app; when absent the API still works and / explains how to build it. */
  webDir?: string;
  logLevel?: string;
};

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}



export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logLevel && options.logLevel !== 'silent' ? { level: options.logLevel } : false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
    // Ids and intake tokens are validated by their schemas (at most 200 characters), so the router must let them reach validation.
    routerOptions: { maxParamLength: 256 },
    // A malformed or absurdly long path is refused by the router before any hook runs; answer it as problem+json like everything else.
    frameworkErrors: (error, request, reply) =>
      sendProblem(reply, request, new AppError('validation_failed', 'The address is not valid: check the path, and encode special characters.', { errors: [{ field: 'path', message: error.message }] })),
  });
  useReadableZodMessages();
  // fastify-type-provider-zod's validator, with a shortcut for plain string params such as { id } (see request-validator.ts).
  app.setValidatorCompiler(requestValidatorCompiler);
  // Same JSON as fastify-type-provider-zod's serializer, written faster for plain schemas (see response-serializer.ts).
  app.setSerializerCompiler(responseSerializerCompiler);
  app.decorate('deps', options.deps);

  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError) return sendProblem(reply, request, appError);
    request.log.error({ err: error, requestId: request.id }, 'unhandled error');
    if (!options.logLevel || options.logLevel === 'silent') console.error(`[${request.id}]`, error);
    return sendProblem(reply, request, new AppError('internal', `Something went wrong on our side. If it keeps happening, report request id ${request.id}.`));
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) {
      return sendProblem(reply, request, new AppError('not_found', `There is no ${request.method} ${request.url.split('?')[0]} in the API. See /api/docs for the list.`));
    }
    return sendSpa(reply);
  });

  registerSecurityHeaders(app, { isSecure: options.isSecureCookies });
  await app.register(fastifyCompress, { threshold: 2048 });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  registerAuthentication(app, options.sessionDays);
  registerNulGuard(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Sana API', version, description: 'Healthy client relationships for freelancers. Authenticate with a session cookie (plus X-CSRF-Token on writes) or Authorization: Bearer <token>.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, session: { type: 'apiKey', in: 'cookie', name: 'sana_session' } } },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      await healthRoutes(typed, options);
      await sessionRoutes(typed, options);
      await tokenRoutes(typed);
      await clientRoutes(typed);
      await eventRoutes(typed);
      await outboxRoutes(typed);
      await profileRoutes(typed);
      await interviewRoutes(typed);
      await intakeRoutes(typed);
      await waitlistRoutes(typed);
      await relationshipRoutes(typed);
      await portalLinkRoutes(typed);
      await portalRoutes(typed);
      await testimonialRoutes(typed);
      await readinessRoutes(typed);
      await exitPlanRoutes(typed);
      await offboardingRoutes(typed);
      await recoveryRoutes(typed);
      await invoiceRoutes(typed);
      await agreementRoutes(typed);
      await portalAgreementRoutes(typed);
      await portalInvoiceRoutes(typed);
      await moneyUpFrontRoutes(typed);
      await deliverableRoutes(typed);
      await portalDeliverableRoutes(typed);
      typed.get('/openapi.json', { config: { isPublic: true }, schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api/v1' },
  );

  const webDir = options.webDir && fs.existsSync(path.join(options.webDir, 'index.html')) ? options.webDir : undefined;
  if (webDir) {
    await app.register(fastifyStatic, {
      root: webDir,
      index: false,
      wildcard: false,
      // Built asset names carry a content hash, so they never change; everything else is revalidated.
      setHeaders: (res, filePath) => {
        res.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const indexHtml = webDir ? fs.readFileSync(path.join(webDir, 'index.html'), 'utf8') : undefined;
  function sendSpa(reply: import('fastify').FastifyReply) {
    if (!indexHtml) return reply.code(503).type('text/plain').send('The web app is not built yet. Run `npm run build`, or start Sana with `npm start`, which builds it.');
    return reply.type('text/html').header('cache-control', 'no-cache').send(indexHtml);
  }
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendSpa(reply));

  return app;
}
