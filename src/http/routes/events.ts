// A client's timeline: read it, newest first, and log what happened.
import { ClientIdParams } from '../../schemas/clients.ts';
import { Problem } from '../../schemas/common.ts';
import { ClientEventParams, EventListQuery, EventPage, LogEventBody, ReplyBody, ResolveConcernBody, TimelineEvent } from '../../schemas/events.ts';
import { recordMessageReply, resolveClientConcern } from '../../use-cases/complete-client-event.ts';
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

  api.post(
    '/clients/:id/events/:eventId/reply',
    { schema: { tags, summary: 'Mark a message as replied (adds a message_replied follow-up)', params: ClientEventParams, body: ReplyBody, response: { 201: TimelineEvent, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request, reply) => reply.code(201).send(await recordMessageReply({ ctx: workspaceContextOf(request), clientId: request.params.id, eventId: request.params.eventId, input: request.body })),
  );

  api.post(
    '/clients/:id/events/:eventId/resolve',
    { schema: { tags, summary: 'Resolve a concern with notes (adds a concern_resolved follow-up)', params: ClientEventParams, body: ResolveConcernBody, response: { 201: TimelineEvent, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request, reply) => reply.code(201).send(await resolveClientConcern({ ctx: workspaceContextOf(request), clientId: request.params.id, eventId: request.params.eventId, input: request.body })),
  );
}
