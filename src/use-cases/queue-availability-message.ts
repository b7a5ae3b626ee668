// Queues the "I am fully available again" message to a client neglected during the hard period, once per client.
import { AppError, invalidField, notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { recoveriesRepository } from '../db/repositories/recoveries.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import type { QueueAvailabilityBody } from '../schemas/recovery.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { availabilityMessageKey } from './get-recovery.ts';

export async function queueAvailabilityMessage({ ctx, clientId, input }: { ctx: WorkspaceContext; clientId: string; input: QueueAvailabilityBody }): Promise<{ to: string }> {
  return inTransaction(ctx, async (trx) => {
    const recovery = await recoveriesRepository(trx, ctx.workspaceId).findForClient(clientId);
    if (!recovery) throw notFound('A recovery for this client');
    if (input.otherClientId === clientId) throw invalidField('otherClientId', 'Write to one of the other clients, not to the one you left.');
    const other = await clientsRepository(trx, ctx.workspaceId).findById(input.otherClientId);
    if (!other) throw invalidField('otherClientId', 'No client with this id in this workspace; pick one from the list.');
    const to = other.contacts.find((contact) => contact.email !== '')?.email;
    if (!to) throw invalidField('otherClientId', `Add an email address to ${other.name}'s contacts so the message can be sent.`);
    const now = ctx.clock.nowIso();
    const isQueued = await queueEmail(trx, ctx.workspaceId, { idempotencyKey: availabilityMessageKey(recovery.id, other.id), to, subject: input.subject, bodyText: input.body }, ctx.email, now);
    if (!isQueued) throw new AppError('conflict', `A message to ${other.name} is already in the outbox for this recovery.`);
    return { to };
  });
}
