// The freelancer's decision after vetting: accept or trial (→ proposal), decline (polite message queued), or waitlist.
import { AppError, notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { interviewsRepository } from '../db/repositories/interviews.ts';
import { waitlistRepository } from '../db/repositories/waitlist.ts';
import { stageAfterOutcome } from '../domain/vetting/outcome.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import type { Client } from '../schemas/clients.ts';
import type { DecideOutcomeBody } from '../schemas/interviews.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';

export type DecideVettingOutcomeOptions = { ctx: WorkspaceContext; clientId: string; input: DecideOutcomeBody };

function primaryEmail(client: Client): string | undefined {
  return client.contacts.find((c) => c.email !== '')?.email;
}

export async function decideVettingOutcome({ ctx, clientId, input }: DecideVettingOutcomeOptions): Promise<Client> {
  if (input.outcome === 'decline' && !input.declineMessage) {
    throw new AppError('validation_failed', 'declineMessage: Write the message to send, or start from the template.', { errors: [{ field: 'declineMessage', message: 'Required when declining.' }] });
  }
  if (input.outcome === 'waitlist' && !input.waitlist) {
    throw new AppError('validation_failed', 'waitlist: Say why and when to follow up.', { errors: [{ field: 'waitlist', message: 'Required when waitlisting.' }] });
  }
  return inTransaction(ctx, async (trx) => {
    const clients = clientsRepository(trx, ctx.workspaceId);
    const client = await clients.findById(clientId);
    if (!client) throw notFound('This client');
    if (!['lead', 'interviewing', 'waitlist'].includes(client.stage)) {
      throw new AppError('conflict', `A vetting decision is for prospects. This client is already at the "${client.stage}" stage.`, { errors: [{ field: 'outcome', message: 'The client is past vetting.' }] });
    }
    const interview = input.interviewId ? await interviewsRepository(trx, ctx.workspaceId).findById(clientId, input.interviewId) : undefined;
    if (input.interviewId && !interview) throw notFound('This interview');

    const now = ctx.clock.nowIso();
    const stage = stageAfterOutcome(input.outcome);
    const waitlist = waitlistRepository(trx, ctx.workspaceId);
    await waitlist.closeOpenForClient(clientId, now);

    if (input.outcome === 'decline' && input.declineMessage) {
      const to = primaryEmail(client);
      if (!to) throw new AppError('validation_failed', 'contacts: Add an email address for this client so the message can be sent.', { errors: [{ field: 'contacts', message: 'No email address.' }] });
      await queueEmail(trx, ctx.workspaceId, { idempotencyKey: `decline:${clientId}:${now}`, to, subject: input.declineMessage.subject, bodyText: input.declineMessage.body }, ctx.email, now);
    }
    if (input.outcome === 'waitlist' && input.waitlist) {
      await waitlist.insert({ clientId, reason: input.waitlist.reason, note: input.waitlist.note, followUpOn: input.waitlist.followUpOn }, now);
    }

    const isWritten = await clients.updateIfVersion(clientId, client.version, { stage, isTrial: input.outcome === 'trial_project' }, now);
    if (!isWritten) throw new AppError('version_conflict', 'This client changed while you decided. Reload and decide again.');
    const events = eventsRepository(trx, ctx.workspaceId);
    if (client.stage !== stage) await events.append({ clientId, type: 'stage_changed', occurredAt: now, payload: { from: client.stage, to: stage }, isConfidential: false }, now);
    await events.append(
      {
        clientId,
        type: 'vetting_decided',
        occurredAt: now,
        payload: {
          outcome: input.outcome,
          recommendation: interview?.vetting.recommendation?.recommendation ?? null,
          ...(input.waitlist && { followUpOn: input.waitlist.followUpOn, reason: input.waitlist.reason }),
        },
        isConfidential: false,
      },
      now,
    );
    const updated = await clients.findById(clientId);
    if (!updated) throw notFound('This client');
    return updated;
  });
}
