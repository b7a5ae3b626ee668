// Typed call for the outbox: every email Sana stored or sent.
import type { z } from 'zod';
import type { OutboxPage } from '../../schemas/outbox.ts';
import { apiRequest } from './http.ts';

export type OutboxList = z.infer<typeof OutboxPage>;

export function listOutbox(page: { limit: number; offset: number }, signal?: AbortSignal): Promise<OutboxList> {
  return apiRequest('GET', '/outbox', { query: page, signal });
}
