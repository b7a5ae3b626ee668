// Edits a client only if nobody saved since the version the editor read; records what changed on the timeline.
import { AppError, notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import type { Client, UpdateClientBody } from '../schemas/clients.ts';
import { describeClientChanges } from '../domain/clients/changes.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';

export type UpdateClientOptions = { ctx: WorkspaceContext; clientId: string; input: UpdateClientBody };

export async function updateClient({ ctx, clientId, input }: UpdateClientOptions): Promise<Client> {
  return inTransaction(ctx, async (trx) => {
    const clients = clientsRepository(trx, ctx.workspaceId);
    const before = await clients.findById(clientId);
    if (!before) throw notFound('This client');
    const staleError = () =>
      new AppError('version_conflict', 'Someone saved this client after you opened it. Reload to see their changes, then apply yours again.', {
        currentVersion: before.version,
      });
    if (before.version !== input.version) throw staleError();

    const now = ctx.clock.nowIso();
    const { version, isArchived, ...fields } = input;
    const archivedAt = isArchived === undefined ? undefined : isArchived ? (before.archivedAt ?? now) : null;
    const isWritten = await clients.updateIfVersion(clientId, version, { ...fields, ...(archivedAt !== undefined && { archivedAt }) }, now);
    if (!isWritten) throw staleError();

    const after = await clients.findById(clientId);
    if (!after) throw notFound('This client');
    const events = eventsRepository(trx, ctx.workspaceId);
    for (const change of describeClientChanges(before, after)) {
      await events.append({ clientId, type: change.type, occurredAt: now, payload: change.payload, isConfidential: false }, now);
    }
    return after;
  });
}
