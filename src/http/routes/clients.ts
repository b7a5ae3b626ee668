// Clients: list with search and stage filter, create, read, edit (optimistic concurrency), archive.
import { Client, ClientIdParams, ClientListQuery, ClientPage, CreateClientBody, UpdateClientBody } from '../../schemas/clients.ts';
import { Problem } from '../../schemas/common.ts';
import { createClient } from '../../use-cases/create-client.ts';
import { getClient } from '../../use-cases/get-client.ts';
import { listClients } from '../../use-cases/list-clients.ts';
import { updateClient } from '../../use-cases/update-client.ts';
import { archiveClient } from '../../use-cases/archive-client.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

const tags = ['clients'];

export async function clientRoutes(api: Api): Promise<void> {
  api.get('/clients', { schema: { tags, summary: 'List clients', querystring: ClientListQuery, response: { 200: ClientPage, 400: Problem, 401: Problem } } }, async (request) => {
    return listClients({ ctx: workspaceContextOf(request), query: request.query });
  });

  api.post('/clients', { schema: { tags, summary: 'Add a client', body: CreateClientBody, response: { 201: Client, 400: Problem, 401: Problem } } }, async (request, reply) => {
    const client = await createClient({ ctx: workspaceContextOf(request), input: request.body });
    return reply.code(201).header('location', `/api/v1/clients/${client.id}`).send(client);
  });

  // Not async: the use case's promise is handed to Fastify as it is, without another promise wrapped around it.
  api.get('/clients/:id', { schema: { tags, summary: 'Read a client', params: ClientIdParams, response: { 200: Client, 401: Problem, 404: Problem } } }, (request) =>
    getClient({ ctx: workspaceContextOf(request), clientId: request.params.id }),
  );

  api.patch(
    '/clients/:id',
    { schema: { tags, summary: 'Edit a client (send the version you read)', params: ClientIdParams, body: UpdateClientBody, response: { 200: Client, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request) => updateClient({ ctx: workspaceContextOf(request), clientId: request.params.id, input: request.body }),
  );

  api.delete('/clients/:id', { schema: { tags, summary: 'Archive a client (restore with PATCH isArchived=false)', params: ClientIdParams, response: { 200: Client, 401: Problem, 404: Problem } } }, async (request) => {
    return archiveClient({ ctx: workspaceContextOf(request), clientId: request.params.id });
  });
}
