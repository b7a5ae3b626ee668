// Relationship health: each client's health card and relationship panel, the friendly reminder, the overview of all
// current clients, and the thresholds behind them.
import { ClientIdParams } from '../../schemas/clients.ts';
import { Problem } from '../../schemas/common.ts';
import { ClientHealth, ClientRelationship, HealthOverview, RelationshipSettingsDocument, ReminderQueued, SaveRelationshipSettingsBody, SendReminderBody } from '../../schemas/relationship.ts';
import { getClientHealth } from '../../use-cases/get-client-health.ts';
import { getClientRelationship } from '../../use-cases/get-client-relationship.ts';
import { getHealthOverview } from '../../use-cases/get-health-overview.ts';
import { getRelationshipSettings, saveRelationshipSettings } from '../../use-cases/relationship-settings.ts';
import { sendFriendlyReminder } from '../../use-cases/send-friendly-reminder.ts';
import { readerLanguage } from '../auth/reader-language.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

const tags = ['relationship health'];

export async function relationshipRoutes(api: Api): Promise<void> {
  api.get(
    '/clients/:id/health',
    { schema: { tags, summary: "A client's health card: the five reasons with evidence and trend, and a recommendation", params: ClientIdParams, response: { 200: ClientHealth, 400: Problem, 401: Problem, 404: Problem } } },
    async (request) => getClientHealth({ ctx: workspaceContextOf(request), clientId: request.params.id, language: await readerLanguage(request) }),
  );

  api.get(
    '/clients/:id/relationship',
    {
      schema: {
        tags,
        summary: 'Boundaries crossed, the friendly reminder when due, favors beside goodwill, concerns to raise, unanswered messages',
        params: ClientIdParams,
        response: { 200: ClientRelationship, 400: Problem, 401: Problem, 404: Problem },
      },
    },
    async (request) => getClientRelationship({ ctx: workspaceContextOf(request), clientId: request.params.id, language: await readerLanguage(request) }),
  );

  api.post(
    '/clients/:id/friendly-reminder',
    { schema: { tags, summary: 'Queue the friendly reminder (edited from the draft) to the client', params: ClientIdParams, body: SendReminderBody, response: { 201: ReminderQueued, 400: Problem, 401: Problem, 404: Problem, 422: Problem } } },
    async (request, reply) => reply.code(201).send(await sendFriendlyReminder({ ctx: workspaceContextOf(request), clientId: request.params.id, input: request.body })),
  );

  api.get(
    '/relationship-health',
    { schema: { tags, summary: 'Every current client ranked by health, most worrying first, with a six-month trend', response: { 200: HealthOverview, 401: Problem } } },
    async (request) => getHealthOverview({ ctx: workspaceContextOf(request) }),
  );

  api.get(
    '/settings/relationship',
    { schema: { tags: ['settings'], summary: 'Thresholds for boundaries, favors, short accounts and the health card', response: { 200: RelationshipSettingsDocument, 401: Problem } } },
    async (request) => getRelationshipSettings({ ctx: workspaceContextOf(request) }),
  );

  api.put(
    '/settings/relationship',
    {
      schema: {
        tags: ['settings'],
        summary: 'Save the relationship thresholds; send the version you read (a stale one answers 409)',
        body: SaveRelationshipSettingsBody,
        response: { 200: RelationshipSettingsDocument, 400: Problem, 401: Problem, 409: Problem },
      },
    },
    async (request) => saveRelationshipSettings({ ctx: workspaceContextOf(request), settings: request.body.settings, version: request.body.version }),
  );
}
