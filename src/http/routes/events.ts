// A client's timeline: read it, newest first, and log what happened.
import { ClientIdParams } from '../../schemas/clients.ts';
import { Problem } from '../../schemas/common.ts';
import { EventListQuery, EventPage, LogEventBody, TimelineEvent } from '../../schemas/events.ts';
import { listClientEvents } from '../../use-cases/list-client-events.ts';
import { logClientEvent } from '../../use-cases/log-client-event.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

const tags = ['timeline'];

export async function eventRoutes(api: Api): Promise<void> {
  api.get('/clients/:id/events', { schema: { tags, summary: "A client's timeline, newest first", params: ClientIdParams, querystring: EventListQuery, response: { 200: EventPage, 400: Problem, 401: Problem, 404: Problem } } }, async (request) => {
    return listClientEvents({ ctx: workspaceContextOf(request), clientId: request.params.id, page: request.query });
  });

  api.post('/clients/:id/events', { schema: { tags, summary: 'Log an event on the timeline', params: ClientIdParams, body: LogEventBody, response: { 201: TimelineEvent, 400: Problem, 401: Problem, 404: Problem } } }, async (request, reply) => {
    return reply.code(201).send(await logClientEvent({ ctx: workspaceContextOf(request), clientId: request.params.id, input: request.body }));
  });
}
