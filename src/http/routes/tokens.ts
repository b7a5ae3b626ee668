// API tokens: create (shown once), list, revoke.
import { z } from 'zod';
import { CreateTokenBody, CreatedToken, TokenSummary } from '../../schemas/auth.ts';
import { Id, Problem } from '../../schemas/common.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../use-cases/manage-api-tokens.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

export async function tokenRoutes(api: Api): Promise<void> {
  api.post('/tokens', { schema: { tags: ['tokens'], summary: 'Create an API token', body: CreateTokenBody, response: { 201: CreatedToken, 400: Problem, 401: Problem } } }, async (request, reply) => {
    return reply.code(201).send(await createApiToken({ ctx: workspaceContextOf(request), name: request.body.name }));
  });
  api.get('/tokens', { schema: { tags: ['tokens'], summary: 'List API tokens', response: { 200: z.object({ items: z.array(TokenSummary) }), 401: Problem } } }, async (request) => {
    return { items: await listApiTokens({ ctx: workspaceContextOf(request) }) };
  });
  api.delete('/tokens/:id', { schema: { tags: ['tokens'], summary: 'Revoke an API token', params: z.object({ id: Id }), response: { 204: z.undefined(), 401: Problem, 404: Problem } } }, async (request, reply) => {
    await revokeApiToken({ ctx: workspaceContextOf(request), tokenId: request.params.id });
    return reply.code(204).send();
  });
}
