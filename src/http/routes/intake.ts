// The intake link: the freelancer manages it; a prospect (no account) opens it and sends their answers.
import { z } from 'zod';
import { Problem } from '../../schemas/common.ts';
import { CreatedIntakeLink, IntakeLinkInfo, IntakeParams, IntakeSubmission, PublicIntakeInfo } from '../../schemas/intake.ts';
import { getIntakeLinkInfo, revokeIntakeLink, rotateIntakeLink } from '../../use-cases/manage-intake-link.ts';
import { findIntakeWorkspace, submitIntake } from '../../use-cases/submit-intake.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

const tags = ['intake'];
/** Prospects fill the form once; a flood from one address is a bot or an attack. */
const publicRateLimit = { isPublic: true, rateLimit: { max: 20, timeWindow: '10 minutes' } };

export async function intakeRoutes(api: Api): Promise<void> {
  api.get('/intake-link', { schema: { tags, summary: 'Whether an intake link is active, and until when', response: { 200: IntakeLinkInfo, 401: Problem } } }, async (request) => {
    return getIntakeLinkInfo({ ctx: workspaceContextOf(request) });
  });

  api.post('/intake-link', { schema: { tags, summary: 'Make a new intake link (the old one stops working); the URL is shown once', response: { 201: CreatedIntakeLink, 401: Problem } } }, async (request, reply) => {
    return reply.code(201).send(await rotateIntakeLink({ ctx: workspaceContextOf(request) }));
  });

  api.delete('/intake-link', { schema: { tags, summary: 'Turn the intake link off', response: { 204: z.undefined(), 401: Problem } } }, async (request, reply) => {
    await revokeIntakeLink({ ctx: workspaceContextOf(request) });
    return reply.code(204).send();
  });

  api.get('/intake/:token', { config: publicRateLimit, schema: { tags, summary: 'Public: who the intake form is for', security: [], params: IntakeParams, response: { 200: PublicIntakeInfo, 404: Problem, 429: Problem } } }, async (request) => {
    const { workspaceName, language } = await findIntakeWorkspace(api.deps, request.params.token);
    return { workspaceName, language };
  });

  api.post(
    '/intake/:token',
    { config: publicRateLimit, schema: { tags, summary: 'Public: a prospect sends their answers', security: [], params: IntakeParams, body: IntakeSubmission, response: { 202: z.object({ isAccepted: z.literal(true) }), 400: Problem, 404: Problem, 429: Problem } } },
    async (request, reply) => reply.code(202).send(await submitIntake({ deps: api.deps, token: request.params.token, input: request.body })),
  );
}
