// The relationship panel of one client: boundaries crossed, the friendly reminder when one is due (drafted in the
// client's language), favors beside goodwill, concerns waiting to be raised, and messages still unanswered.
import { Temporal } from 'temporal-polyfill';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { boundaryEvents, isBoundaryBreach } from '../domain/boundaries/boundary-events.ts';
import { suggestFriendlyReminder } from '../domain/boundaries/friendly-reminder.ts';
import { concernNudges } from '../domain/concerns/short-accounts.ts';
import { classifyExtra } from '../domain/extras/extra-classification.ts';
import { extrasAdvice } from '../domain/extras/extras-advice.ts';
import { goodwillLedger } from '../domain/extras/goodwill-ledger.ts';
import { eventsOfKind, epochMs } from '../domain/health/relationship-events.ts';
import { healthText, type HealthText } from '../domain/health/health-text.ts';
import { notFound } from '../errors.ts';
import { toIso } from '../clock.ts';
import { translateHealthText } from '../i18n/server.ts';
import { concernOpeningLine, friendlyReminderDraft } from '../outputs/email/friendly-reminder-draft.ts';
import type { Client } from '../schemas/clients.ts';
import type { Language } from '../schemas/common.ts';
import type { ClientRelationship } from '../schemas/relationship.ts';
import type { WorkspaceContext } from './context.ts';
import { loadRelationshipFacts } from './load-relationship-facts.ts';

const newestFirst = <T extends { occurredAt: string }>(items: T[]) => items.sort((a, b) => epochMs(b.occurredAt) - epochMs(a.occurredAt));

/** Who the client-facing drafts greet, and where they go: the first contact, else the client by name. */
export function addresseeOf(client: Client): { name: string; email: string | null } {
  const contact = client.contacts.find((c) => c.email !== '') ?? client.contacts[0];
  return { name: contact?.name || client.name, email: contact?.email || null };
}

export async function getClientRelationship({ ctx, clientId, language }: { ctx: WorkspaceContext; clientId: string; language: Language }): Promise<ClientRelationship> {
  const client = await clientsRepository(ctx.db, ctx.workspaceId).findById(clientId);
  if (!client) throw notFound('This client');
  const [facts, owner] = await Promise.all([loadRelationshipFacts(ctx.db, ctx.workspaceId, [clientId]), accountsRepository(ctx.db).findOwner(ctx.workspaceId)]);
  const { profile, settings } = facts;
  const clientFacts = facts.byClient.get(clientId);
  const nowIso = ctx.clock.nowIso();
  const now = Temporal.Instant.from(nowIso);
  const events = (clientFacts?.events ?? []).filter((event) => epochMs(event.occurredAt) <= now.epochMilliseconds);
  const say = (texts: readonly HealthText[]) => texts.map((text) => translateHealthText(text, language));
  const clientLanguage = client.language as Language;
  const addressee = addresseeOf(client);

  const contacts = boundaryEvents({ events, profile });
  const reminder = suggestFriendlyReminder({
    boundaryEvents: contacts,
    now,
    lastRemindedAt: clientFacts?.lastReminderAt ?? null,
    callsPerWeekLimit: profile.communication.calls.maxPerWeek,
    settings: settings.boundaries,
  });

  const ledger = goodwillLedger(events, now);
  const extras = eventsOfKind(events, 'extra_request');
  const concerns = eventsOfKind(events, 'concern');
  const messages = [...eventsOfKind(events, 'message_received'), ...eventsOfKind(events, 'message_sent')].filter((message) => message.repliedAt === null);

  return {
    clientId,
    asOf: nowIso,
    boundaries: {
      contacts: newestFirst(contacts.map(({ blockedFor: _private, ...contact }) => contact)),
      breaches: contacts.filter(isBoundaryBreach).length,
    },
    friendlyReminder: reminder && {
      topics: reminder.topics,
      evidence: reminder.evidence,
      because: say(reminder.because),
      draft: {
        language: clientLanguage,
        to: addressee.email,
        ...friendlyReminderDraft({ language: clientLanguage, clientName: addressee.name, freelancerName: owner?.name ?? '', profile, topics: reminder.topics.map((t) => t.topic) }),
      },
    },
    lastReminderAt: clientFacts?.lastReminderAt ? toIso(clientFacts.lastReminderAt) : null,
    extras: {
      items: newestFirst(extras.map((extra) => ({ eventId: extra.id, occurredAt: extra.occurredAt, extent: extra.extent, class: classifyExtra(extra), description: extra.description, hours: extra.hours, isPaid: extra.isPaid }))),
      goodwill: newestFirst([
        ...eventsOfKind(events, 'goodwill').map((g) => ({ eventId: g.id, occurredAt: g.occurredAt, goodwillKind: g.goodwillKind, note: g.note })),
        ...eventsOfKind(events, 'testimonial').map((g) => ({ eventId: g.id, occurredAt: g.occurredAt, goodwillKind: 'testimonial' as const, note: g.text })),
      ]),
      balance: ledger.balance,
      unpaidHours: ledger.given.favor.hours + ledger.given.scope_creep.hours,
      suggestions: extrasAdvice(events, now, settings.extras).map((s) => ({ kind: s.kind, eventIds: s.eventIds, because: say(s.because) })),
    },
    concerns: {
      open: concerns.flatMap((c) =>
        c.status === 'open'
          ? [
              {
                eventId: c.id,
                openedAt: c.openedAt,
                summary: c.summary,
                isVague: c.isVague,
                ageDays: Math.max(0, Math.floor(now.since(Temporal.Instant.from(c.openedAt)).total('hours') / 24)),
                draft: c.isVague ? translateHealthText(healthText('health.concern.checkInMessage', {}), clientLanguage) : concernOpeningLine(clientLanguage, addressee.name, c.summary),
              },
            ]
          : [],
      ),
      resolved: concerns.flatMap((c) => (c.status === 'resolved' ? [{ eventId: c.id, openedAt: c.openedAt, resolvedAt: c.resolvedAt, summary: c.summary, notes: c.resolutionNotes }] : [])).reverse(),
      nudges: concernNudges(events, now, settings.concerns).map((nudge) => {
        const concern = concerns.find((c) => c.id === nudge.eventId);
        // The drafts go to the client, so they are in the client's language; the reasons are for the freelancer.
        const draft = nudge.template ? translateHealthText(nudge.template, clientLanguage) : concern ? concernOpeningLine(clientLanguage, addressee.name, concern.summary) : null;
        return { eventId: nudge.eventId, ageDays: nudge.ageDays, action: nudge.action, because: say(nudge.because), draft };
      }),
    },
    unansweredMessages: newestFirst(
      messages.map((message) => ({
        eventId: message.id,
        kind: message.kind,
        occurredAt: message.occurredAt,
        summary: String(clientFacts?.rows.get(message.id)?.payload.summary ?? ''),
        isImportant: message.isImportant,
      })),
    ),
  };
}
