// Puts an email in the outbox inside the caller's transaction: if the use case rolls back, no email exists.
import type { Db } from '../../db/connect.ts';
import { outboxRepository, type NewEmail } from '../../db/repositories/outbox.ts';

export type EmailDelivery = { isSmtpConfigured: boolean };

export async function queueEmail(trx: Db, workspaceId: string, email: NewEmail, delivery: EmailDelivery, now: string): Promise<boolean> {
  return outboxRepository(trx, workspaceId).insertOnce(email, delivery.isSmtpConfigured ? 'queued' : 'stored', now);
}
