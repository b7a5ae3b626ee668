// Typed calls for relationship health: the health card, the relationship panel, the friendly reminder, the overview and its settings.
import type { z } from 'zod';
import type {
  ClientHealth,
  ClientRelationship,
  HealthOverview,
  RelationshipSettings,
  RelationshipSettingsDocument,
  ReminderQueued,
  SendReminderBody,
} from '../../schemas/relationship.ts';
import { apiRequest } from './http.ts';

export type { ClientHealth, ClientRelationship, HealthOverview, RelationshipSettings };
export type RelationshipSettingsDoc = z.infer<typeof RelationshipSettingsDocument>;
export type QueuedReminder = z.infer<typeof ReminderQueued>;

const client = (clientId: string) => `/clients/${encodeURIComponent(clientId)}`;

export function getClientHealth(clientId: string, signal?: AbortSignal): Promise<ClientHealth> {
  return apiRequest('GET', `${client(clientId)}/health`, { signal });
}

export function getClientRelationship(clientId: string, signal?: AbortSignal): Promise<ClientRelationship> {
  return apiRequest('GET', `${client(clientId)}/relationship`, { signal });
}

export function sendFriendlyReminder(clientId: string, body: SendReminderBody): Promise<QueuedReminder> {
  return apiRequest('POST', `${client(clientId)}/friendly-reminder`, { body });
}

export function getHealthOverview(signal?: AbortSignal): Promise<HealthOverview> {
  return apiRequest('GET', '/relationship-health', { signal });
}

export function getRelationshipSettings(signal?: AbortSignal): Promise<RelationshipSettingsDoc> {
  return apiRequest('GET', '/settings/relationship', { signal });
}

export function saveRelationshipSettings(settings: RelationshipSettings, version: number): Promise<RelationshipSettingsDoc> {
  return apiRequest('PUT', '/settings/relationship', { body: { settings, version } });
}
