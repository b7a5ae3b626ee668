// The recovery page's data: the hard period, the rest block, the self-review, and the clients neglected meanwhile,
// each with a drafted "I am fully available again" message in that client's language.
import { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/connect.ts';
import { notFound } from '../errors.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { recoveriesRepository } from '../db/repositories/recoveries.ts';
import { slippedCommitments } from '../domain/recovery/slipped-commitments.ts';
import { translatorFor } from '../i18n/server.ts';
import { toIso } from '../clock.ts';
import type { Recovery } from '../schemas/recovery.ts';
import type { Language } from '../schemas/common.ts';
import type { WorkspaceContext } from './context.ts';
import { loadProfile } from './get-profile.ts';

export function availabilityMessageKey(recoveryId: string, clientId: string): string {
  return `availability:${recoveryId}:${clientId}`;
}

export async function loadRecovery(db: Db, workspaceId: string, clientId: string): Promise<Recovery> {
  const recoveries = recoveriesRepository(db, workspaceId);
  const recovery = await recoveries.findForClient(clientId);
  if (!recovery) throw notFound('A recovery for this client');
  const { profile } = await loadProfile(db, workspaceId);
  // The period is in the freelancer's days: from the first moment of its first day to the end of its last.
  const instantOf = (date: Temporal.PlainDate) => toIso(date.toZonedDateTime({ timeZone: profile.timeZone }).toInstant());
  const from = instantOf(Temporal.PlainDate.from(recovery.periodStart));
  const to = instantOf(Temporal.PlainDate.from(recovery.periodEnd).add({ days: 1 }));
  const events = await recoveries.listMissedCommitments(from, to);

  const clients = clientsRepository(db, workspaceId);
  const involved = new Map<string, NonNullable<Awaited<ReturnType<typeof clients.findById>>>>();
  const candidates = new Set(events.flatMap((event) => [event.clientId, typeof event.payload.otherClientId === 'string' ? event.payload.otherClientId : ''].filter(Boolean)));
  for (const id of candidates) {
    const client = await clients.findById(id);
    if (client) involved.set(id, client);
  }
  // Names typed without an id are matched against every client, so look them all up once.
  const named = events.some((event) => event.clientId === clientId && typeof event.payload.otherClientId !== 'string');
  const everyone = named ? (await clients.list({ limit: 200, offset: 0, archived: 'include' })).items.map((c) => ({ id: c.id, name: c.name })) : [];
  const known = [...new Map([...everyone, ...[...involved.values()].map((c) => ({ id: c.id, name: c.name }))].map((c) => [c.id, c])).values()];

  const accounts = accountsRepository(db);
  const owner = await accounts.findOwner(workspaceId);
  // A client only named in an event has no language of their own: the draft is in the workspace's.
  const workspaceLanguage = ((await accounts.findWorkspace(workspaceId))?.language ?? 'en') as Language;
  const queued = await recoveries.queuedMessageKeys(`availability:${recovery.id}:`);
  const slipped = await Promise.all(
    slippedCommitments(clientId, events, known).map(async (group) => {
      const client = group.clientId ? (involved.get(group.clientId) ?? (await clients.findById(group.clientId))) : undefined;
      const t = translatorFor(client?.language ?? workspaceLanguage);
      const greetingName = client?.contacts.find((c) => c.name !== '')?.name.split(/\s+/)[0] ?? group.clientName;
      return {
        clientId: group.clientId,
        clientName: group.clientName,
        language: client ? client.language : null,
        email: client?.contacts.find((c) => c.email !== '')?.email ?? null,
        slips: group.slips,
        draft: { subject: t('offboarding.availability.subject'), body: t('offboarding.availability.body', { name: greetingName, freelancer: owner?.name ?? '' }) },
        isQueued: group.clientId !== null && queued.has(availabilityMessageKey(recovery.id, group.clientId)),
      };
    }),
  );
  return {
    clientId,
    clientName: recovery.clientName,
    periodStart: recovery.periodStart,
    periodEnd: recovery.periodEnd,
    restStart: recovery.restStart,
    restEnd: recovery.restEnd,
    review: recovery.review,
    slipped,
    version: recovery.version,
  };
}

export async function getRecovery({ ctx, clientId }: { ctx: WorkspaceContext; clientId: string }): Promise<Recovery> {
  if (!(await clientsRepository(ctx.db, ctx.workspaceId).exists(clientId))) throw notFound('This client');
  return loadRecovery(ctx.db, ctx.workspaceId, clientId);
}
