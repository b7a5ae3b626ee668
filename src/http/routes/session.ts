// First-run setup, login, logout and "who am I"; the session lives in an HttpOnly cookie.
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import { LoginBody, SessionInfo, SetupBody, SetupStatus, UpdateLanguageBody } from '../../schemas/auth.ts';
import { Problem } from '../../schemas/common.ts';
import { accountsRepository } from '../../db/repositories/accounts.ts';
import { setupWorkspace } from '../../use-cases/setup-workspace.ts';
import { logIn } from '../../use-cases/log-in.ts';
import { logOut } from '../../use-cases/log-out.ts';
import { authenticateSession } from '../../use-cases/authenticate.ts';
import { setUserLanguage } from '../../use-cases/set-user-language.ts';
import { AppError } from '../../errors.ts';
import { SESSION_COOKIE, requireSession, workspaceContextOf } from '../auth/identity.ts';
import type { StartedSession } from '../../use-cases/start-session.ts';
import type { Api } from '../api-type.ts';
import type { BuildAppOptions } from '../app.ts';

const publicWithRateLimit = { config: { isPublic: true, rateLimit: { max: 10, timeWindow: '1 minute' } } };

export async function sessionRoutes(api: Api, options: BuildAppOptions): Promise<void> {
  function setSessionCookie(reply: FastifyReply, session: StartedSession) {
    reply.setCookie(SESSION_COOKIE, session.sessionSecret, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: options.isSecureCookies,
      expires: new Date(session.expiresAt),
    });
  }

  async function sessionInfoFor(secret: string) {
    const identity = await authenticateSession(api.deps, secret, options.sessionDays);
    if (!identity) throw new AppError('internal', 'The new session could not be read back.');
    return { user: identity.user, workspace: identity.workspace, csrfToken: identity.csrfToken };
  }

  api.get('/setup', { config: { isPublic: true }, schema: { tags: ['session'], summary: 'Whether first-run setup is needed', security: [], response: { 200: SetupStatus } } }, async () => {
    const users = await accountsRepository(api.deps.db).countUsers();
    return { needsSetup: users === 0, isSignupOpen: options.isSignupOpen };
  });

  api.post(
    '/setup',
    { ...publicWithRateLimit, schema: { tags: ['session'], summary: 'Create the workspace and its owner (first run, or open signup)', security: [], body: SetupBody, response: { 201: SessionInfo, 400: Problem, 403: Problem, 409: Problem } } },
    async (request, reply) => {
      const session = await setupWorkspace({ deps: api.deps, input: request.body, isSignupOpen: options.isSignupOpen, sessionDays: options.sessionDays });
      setSessionCookie(reply, session);
      return reply.code(201).send(await sessionInfoFor(session.sessionSecret));
    },
  );

  api.post(
    '/session',
    { ...publicWithRateLimit, schema: { tags: ['session'], summary: 'Log in', security: [], body: LoginBody, response: { 201: SessionInfo, 400: Problem, 401: Problem, 429: Problem } } },
    async (request, reply) => {
      const session = await logIn({ deps: api.deps, email: request.body.email, password: request.body.password, sessionDays: options.sessionDays });
      setSessionCookie(reply, session);
      return reply.code(201).send(await sessionInfoFor(session.sessionSecret));
    },
  );

  api.get('/session', { schema: { tags: ['session'], summary: 'The logged-in user and workspace', response: { 200: SessionInfo, 401: Problem } } }, async (request) => {
    const identity = requireSession(request);
    return { user: identity.user, workspace: identity.workspace, csrfToken: identity.csrfToken };
  });

  api.delete('/session', { schema: { tags: ['session'], summary: 'Log out', response: { 204: z.undefined(), 401: Problem } } }, async (request, reply) => {
    requireSession(request);
    const secret = request.cookies[SESSION_COOKIE];
    if (secret) await logOut({ deps: api.deps, sessionSecret: secret });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  api.put('/me/language', { schema: { tags: ['session'], summary: 'Remember the language the user chose', body: UpdateLanguageBody, response: { 204: z.undefined(), 400: Problem, 401: Problem } } }, async (request, reply) => {
    const identity = requireSession(request);
    await setUserLanguage({ ctx: workspaceContextOf(request), userId: identity.userId, language: request.body.language });
    return reply.code(204).send();
  });
}
