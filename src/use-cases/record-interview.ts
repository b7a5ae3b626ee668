// Records an interview with a lead: answers and gut check in, explained fit and recommendation out.
import { AppError, notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { interviewsRepository, type StoredInterview } from '../db/repositories/interviews.ts';
import type { RecordInterviewBody } from '../schemas/interviews.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { vetWithProfile } from './vet-with-profile.ts';

export type RecordInterviewOptions = { ctx: WorkspaceContext; clientId: string; input: RecordInterviewBody };

export async function recordInterview({ ctx, clientId, input }: RecordInterviewOptions): Promise<StoredInterview> {
  return inTransaction(ctx, async (trx) => {
    const clients = clientsRepository(trx, ctx.workspaceId);
    const client = await clients.findById(clientId);
    if (!client) throw notFound('This client');
    if (client.stage !== 'lead' && client.stage !== 'interviewing') {
      throw new AppError('conflict', `Interviews are for leads. This client is at the "${client.stage}" stage; move them back to lead or interviewing first if you are vetting them again.`, {
        errors: [{ field: 'stage', message: 'Must be lead or interviewing.' }],
      });
    }
    const now = ctx.clock.nowIso();
    const vetting = await vetWithProfile(trx, ctx.workspaceId, ctx.clock, input.answers, input.gut);
    const interview = await interviewsRepository(trx, ctx.workspaceId).insert({ clientId, origin: 'freelancer', answers: input.answers, gut: input.gut, vetting }, now);
    const events = eventsRepository(trx, ctx.workspaceId);
    if (client.stage === 'lead') {
      await clients.updateIfVersion(clientId, client.version, { stage: 'interviewing' }, now);
      await events.append({ clientId, type: 'stage_changed', occurredAt: now, payload: { from: 'lead', to: 'interviewing' }, isConfidential: false }, now);
    }
    await events.append(
      { clientId, type: 'interview_recorded', occurredAt: now, payload: { interviewId: interview.id, recommendation: vetting.recommendation.recommendation, counts: vetting.fit.counts }, isConfidential: false },
      now,
    );
    return interview;
  });
}
