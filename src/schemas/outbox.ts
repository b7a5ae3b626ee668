// Contracts for the outbox: every email Sana sends, stored first and readable in the app.
import { z } from 'zod';
import { Id, PageQuery } from './common.ts';

export const outboxStatuses = ['stored', 'queued', 'sending', 'sent', 'failed'] as const;
export const OutboxStatus = z.enum(outboxStatuses);

export const OutboxMessage = z
  .object({
    id: Id,
    to: z.string(),
    subject: z.string(),
    bodyText: z.string(),
    status: OutboxStatus,
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export const OutboxPage = z.object({ items: z.array(OutboxMessage), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
export const OutboxQuery = PageQuery;
