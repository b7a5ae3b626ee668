// Interviews with prospects and the vetting decision: record, list, add a gut check, decide, draft a decline.
import { z } from 'zod';
import { Client, ClientIdParams } from '../../schemas/clients.ts';
import { Problem } from '../../schemas/common.ts';
import { DecideOutcomeBody, DeclineTemplate, GutCheck, Interview, InterviewParams, RecordInterviewBody } from '../../schemas/interviews.ts';
import { recordInterview } from '../../use-cases/record-interview.ts';
import { getInterview, listInterviews } from '../../use-cases/list-interviews.ts';
import { recordGutCheck } from '../../use-cases/record-gut-check.ts';
import { decideVettingOutcome } from '../../use-cases/decide-vetting-outcome.ts';
import { draftDeclineMessage } from '../../use-cases/draft-decline-message.ts';
import { requireIdentity, workspaceContextOf } from '../auth/identity.ts';
import { readerLanguage } from '../auth/reader-language.ts';
import { presentInterview } from '../presenters/interview.ts';
import type { Api } from '../api-type.ts';

const tags = ['vetting'];

export async function interviewRoutes(api: Api): Promise<void> {
  api.post(
    '/clients/:id/interviews',
    { schema: { tags, summary: 'Record an interview with a lead; answers and gut check in, explained fit out', params: ClientIdParams, body: RecordInterviewBody, response: { 201: Interview, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request, reply) => {
      const interview = await recordInterview({ ctx: workspaceContextOf(request), clientId: request.params.id, input: request.body });
      return reply.code(201).send(presentInterview(interview, await readerLanguage(request)));
    },
  );

  api.get('/clients/:id/interviews', { schema: { tags, summary: "A client's interviews, newest first", params: ClientIdParams, response: { 200: z.object({ items: z.array(Interview) }), 401: Problem, 404: Problem } } }, async (request) => {
    const language = await readerLanguage(request);
    const interviews = await listInterviews({ ctx: workspaceContextOf(request), clientId: request.params.id });
    return { items: interviews.map((i) => presentInterview(i, language)) };
  });

  api.get('/clients/:id/interviews/:interviewId', { schema: { tags, summary: 'One interview with its fit', params: InterviewParams, response: { 200: Interview, 401: Problem, 404: Problem } } }, async (request) => {
    const interview = await getInterview({ ctx: workspaceContextOf(request), clientId: request.params.id, interviewId: request.params.interviewId });
    return presentInterview(interview, await readerLanguage(request));
  });

  api.put(
    '/clients/:id/interviews/:interviewId/gut',
    { schema: { tags, summary: 'Record (or change) the gut check of an interview', params: InterviewParams, body: GutCheck, response: { 200: Interview, 400: Problem, 401: Problem, 404: Problem } } },
    async (request) => {
      const interview = await recordGutCheck({ ctx: workspaceContextOf(request), clientId: request.params.id, interviewId: request.params.interviewId, gut: request.body });
      return presentInterview(interview, await readerLanguage(request));
    },
  );

  api.get('/clients/:id/decline-template', { schema: { tags, summary: "A polite decline message in the client's language, to edit before sending", params: ClientIdParams, response: { 200: DeclineTemplate, 401: Problem, 404: Problem } } }, async (request) => {
    const identity = requireIdentity(request);
    return draftDeclineMessage({ ctx: workspaceContextOf(request), clientId: request.params.id, senderName: identity.kind === 'session' ? identity.user.name : undefined });
  });

  api.post(
    '/clients/:id/vetting-outcome',
    { schema: { tags, summary: 'Decide: accept, trial project, decline (message queued) or waitlist', params: ClientIdParams, body: DecideOutcomeBody, response: { 200: Client, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request) => decideVettingOutcome({ ctx: workspaceContextOf(request), clientId: request.params.id, input: request.body }),
  );
}
