// Recovery after a toxic client: rest block, self-review, messages to neglected clients, lessons into the profile.
import { z } from 'zod';
import { ClientIdParams } from '../../schemas/clients.ts';
import { Problem } from '../../schemas/common.ts';
import { AddLessonBody, QueueAvailabilityBody, Recovery, UpdateRecoveryBody } from '../../schemas/recovery.ts';
import { addLessonToProfile } from '../../use-cases/add-lesson-to-profile.ts';
import { getRecovery } from '../../use-cases/get-recovery.ts';
import { queueAvailabilityMessage } from '../../use-cases/queue-availability-message.ts';
import { updateRecovery } from '../../use-cases/update-recovery.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

const tags = ['recovery'];

export async function recoveryRoutes(api: Api): Promise<void> {
  api.get('/clients/:id/recovery', { schema: { tags, summary: 'Recovery after a toxic client (404 unless the offboarding closed as toxic)', params: ClientIdParams, response: { 200: Recovery, 401: Problem, 404: Problem } } }, async (request) =>
    getRecovery({ ctx: workspaceContextOf(request), clientId: request.params.id }),
  );

  api.patch(
    '/clients/:id/recovery',
    { schema: { tags, summary: 'Save the hard period, rest block and self-review (send the version you read)', params: ClientIdParams, body: UpdateRecoveryBody, response: { 200: Recovery, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request) => updateRecovery({ ctx: workspaceContextOf(request), clientId: request.params.id, input: request.body }),
  );

  api.post(
    '/clients/:id/recovery/messages',
    { schema: { tags, summary: 'Queue the "fully available again" message to a neglected client (once per client)', params: ClientIdParams, body: QueueAvailabilityBody, response: { 202: z.object({ to: z.string() }), 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request, reply) => reply.code(202).send(await queueAvailabilityMessage({ ctx: workspaceContextOf(request), clientId: request.params.id, input: request.body })),
  );

  api.post(
    '/clients/:id/recovery/lessons',
    { schema: { tags, summary: "Add a lesson to the profile's red flags or avoid list", params: ClientIdParams, body: AddLessonBody, response: { 200: Recovery, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request) => addLessonToProfile({ ctx: workspaceContextOf(request), clientId: request.params.id, input: request.body }),
  );
}
