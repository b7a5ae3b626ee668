// Queues the friendly reminder the freelancer edited, and marks it on the timeline so the next suggestion only counts
// what happens after it.
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { AppError, notFound } from '../errors.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import type { SendReminderBody } from '../schemas/relationship.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { addresseeOf } from './get-client-relationship.ts';

export async function sendFriendlyReminder({ ctx, clientId, input }: { ctx: WorkspaceContext; clientId: string; input: SendReminderBody }): Promise<{ eventId: string; to: string }> {
  return inTransaction(ctx, async (trx) => {
    const client = await clientsRepository(trx, ctx.workspaceId).findById(clientId);
    if (!client) throw notFound('This client');
    const to = addresseeOf(client).email;
    if (!to) {
      const message = 'This client has no contact email yet. Add one to their details, then send the reminder.';
      throw new AppError('unprocessable', message, { errors: [{ field: 'to', message }] });
    }
    const now = ctx.clock.nowIso();
    const event = await eventsRepository(trx, ctx.workspaceId).append(
      { clientId, type: 'friendly_reminder_sent', occurredAt: now, payload: { to, subject: input.subject, body: input.body }, isConfidential: false },
      now,
    );
    await queueEmail(trx, ctx.workspaceId, { idempotencyKey: `friendly-reminder:${event.id}`, to, subject: input.subject, bodyText: input.body }, ctx.email, now);
    return { eventId: event.id, to };
  });
}
