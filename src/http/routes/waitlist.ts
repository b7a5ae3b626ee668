// The waitlist of warm leads, and the follow-ups due today.
import { z } from 'zod';
import { Id, Problem } from '../../schemas/common.ts';
import { WaitlistReason } from '../../schemas/interviews.ts';
import { closeWaitlistEntry, listWaitlist, rescheduleWaitlistEntry } from '../../use-cases/manage-waitlist.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

const tags = ['waitlist'];

const WaitlistEntry = z.object({
  id: Id,
  clientId: Id,
  clientName: z.string(),
  clientCompany: z.string(),
  reason: WaitlistReason,
  note: z.string(),
  followUpOn: z.string(),
  isDue: z.boolean(),
  createdAt: z.string(),
});

export async function waitlistRoutes(api: Api): Promise<void> {
  api.get(
    '/waitlist',
    { schema: { tags, summary: 'Warm leads to come back to; due=true keeps the follow-ups due today or earlier', querystring: z.object({ due: z.enum(['true', 'false']).default('false') }), response: { 200: z.object({ items: z.array(WaitlistEntry), today: z.string() }), 401: Problem } } },
    async (request) => {
      const { items, today } = await listWaitlist({ ctx: workspaceContextOf(request), isDueOnly: request.query.due === 'true' });
      return { today, items: items.map((e) => ({ ...e, reason: WaitlistReason.catch('other').parse(e.reason), isDue: e.followUpOn <= today })) };
    },
  );

  api.patch(
    '/waitlist/:entryId',
    { schema: { tags, summary: 'Move the follow-up date', params: z.object({ entryId: Id }), body: z.object({ followUpOn: z.iso.date({ message: 'Use a date like 2027-05-14.' }) }).strict(), response: { 204: z.undefined(), 400: Problem, 401: Problem, 404: Problem } } },
    async (request, reply) => {
      await rescheduleWaitlistEntry({ ctx: workspaceContextOf(request), entryId: request.params.entryId, followUpOn: request.body.followUpOn });
      return reply.code(204).send();
    },
  );

  api.delete('/waitlist/:entryId', { schema: { tags, summary: 'Take a lead off the waitlist', params: z.object({ entryId: Id }), response: { 204: z.undefined(), 401: Problem, 404: Problem } } }, async (request, reply) => {
    await closeWaitlistEntry({ ctx: workspaceContextOf(request), entryId: request.params.entryId });
    return reply.code(204).send();
  });
}
