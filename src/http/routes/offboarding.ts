// Offboarding a client: start, read, save the checklist page, download the handoff document, close (client becomes past).
import { ClientIdParams } from '../../schemas/clients.ts';
import { Problem } from '../../schemas/common.ts';
import { CloseOffboardingBody, HandoffQuery, Offboarding, SaveOffboardingBody } from '../../schemas/offboarding.ts';
import { closeOffboarding } from '../../use-cases/close-offboarding.ts';
import { getOffboarding } from '../../use-cases/get-offboarding.ts';
import { renderHandoff } from '../../use-cases/render-handoff.ts';
import { saveOffboarding } from '../../use-cases/save-offboarding.ts';
import { startOffboarding } from '../../use-cases/start-offboarding.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

const tags = ['offboarding'];

export async function offboardingRoutes(api: Api): Promise<void> {
  api.post(
    '/clients/:id/offboarding',
    { schema: { tags, summary: 'Start offboarding: the client moves to the offboarding stage (409 when already started)', params: ClientIdParams, response: { 201: Offboarding, 401: Problem, 404: Problem, 409: Problem } } },
    async (request, reply) => {
      const offboarding = await startOffboarding({ ctx: workspaceContextOf(request), clientId: request.params.id });
      return reply.code(201).header('location', `/api/v1/clients/${request.params.id}/offboarding`).send(offboarding);
    },
  );

  api.get('/clients/:id/offboarding', { schema: { tags, summary: "Read the client's offboarding (404 before it starts)", params: ClientIdParams, response: { 200: Offboarding, 401: Problem, 404: Problem } } }, async (request) =>
    getOffboarding({ ctx: workspaceContextOf(request), clientId: request.params.id }),
  );

  api.put(
    '/clients/:id/offboarding',
    { schema: { tags, summary: 'Save the checklist, where the work stands, open items and procedures (send the version you read)', params: ClientIdParams, body: SaveOffboardingBody, response: { 200: Offboarding, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request) => saveOffboarding({ ctx: workspaceContextOf(request), clientId: request.params.id, input: request.body }),
  );

  api.post(
    '/clients/:id/offboarding/close',
    { schema: { tags, summary: 'Close the offboarding: the client becomes past; a toxic relationship opens a recovery', params: ClientIdParams, body: CloseOffboardingBody, response: { 200: Offboarding, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request) => closeOffboarding({ ctx: workspaceContextOf(request), clientId: request.params.id, input: request.body }),
  );

  api.get(
    '/clients/:id/handoff',
    {
      schema: {
        tags,
        summary: "The handoff document in the client's language (format=pdf or md); confidential notes and steps are never in it",
        params: ClientIdParams,
        querystring: HandoffQuery,
        produces: ['application/pdf', 'text/markdown'],
      },
    },
    async (request, reply) => {
      const file = await renderHandoff({ ctx: workspaceContextOf(request), clientId: request.params.id, format: request.query.format });
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
}
