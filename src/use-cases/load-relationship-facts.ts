// Everything the relationship rules read about one or more clients, loaded in one go: the profile they are measured
// against, the thresholds, and each client's timeline as relationship events.
import { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/connect.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { relationshipEventsOf } from '../domain/events/relationship-log.ts';
import type { EventType } from '../domain/events/event-types.ts';
import { relationshipEventKinds, type RelationshipEvent } from '../domain/health/relationship-events.ts';
import type { FreelancerProfile } from '../domain/profile/profile.ts';
import type { TimelineEvent } from '../schemas/events.ts';
import type { RelationshipSettings } from '../schemas/relationship.ts';
import { loadProfile } from './get-profile.ts';
import { loadRelationshipSettings } from './relationship-settings.ts';

/** The kinds the rules read, the follow-ups folded into them, and the reminders that reset the boundary counts. */
const relevantTypes: EventType[] = [...relationshipEventKinds, 'message_replied', 'concern_resolved', 'friendly_reminder_sent'];

export type ClientFacts = {
  events: RelationshipEvent[];
  /** The timeline rows behind the events, by id: for summaries the rules do not keep (a message's text). */
  rows: Map<string, TimelineEvent>;
  lastReminderAt: Temporal.Instant | null;
};

export type RelationshipFacts = { profile: FreelancerProfile; settings: RelationshipSettings; byClient: Map<string, ClientFacts> };

export async function loadRelationshipFacts(db: Db, workspaceId: string, clientIds: readonly string[]): Promise<RelationshipFacts> {
  const [{ profile }, { settings }, rows] = await Promise.all([
    loadProfile(db, workspaceId),
    loadRelationshipSettings(db, workspaceId),
    eventsRepository(db, workspaceId).listOfTypes(clientIds, relevantTypes),
  ]);
  const byClient = new Map<string, ClientFacts>(clientIds.map((id) => [id, { events: [], rows: new Map(), lastReminderAt: null }]));
  const rowsByClient = new Map<string, TimelineEvent[]>();
  for (const row of rows) {
    const list = rowsByClient.get(row.clientId);
    if (list) list.push(row);
    else rowsByClient.set(row.clientId, [row]);
  }
  for (const [clientId, clientRows] of rowsByClient) {
    const reminders = clientRows.filter((row) => row.type === 'friendly_reminder_sent');
    const last = reminders.at(-1);
    byClient.set(clientId, {
      events: relationshipEventsOf(clientRows),
      rows: new Map(clientRows.map((row) => [row.id, row])),
      lastReminderAt: last ? Temporal.Instant.from(last.occurredAt) : null,
    });
  }
  return { profile, settings, byClient };
}
