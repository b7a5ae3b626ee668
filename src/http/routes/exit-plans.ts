// Exit plans: one open plan per client (create, read, edit, cancel), the suggestion for a new one, all open plans for the calendar.
import { z } from 'zod';
import { ClientIdParams } from '../../schemas/clients.ts';
import { Problem } from '../../schemas/common.ts';
import { CreateExitPlanBody, ExitCalendar, ExitPlan, OffboardingSettingsView, SaveOffboardingSettingsBody, SuggestedExitPlan, UpdateExitPlanBody } from '../../schemas/exit-plans.ts';
import { cancelExitPlan } from '../../use-cases/cancel-exit-plan.ts';
import { createExitPlan } from '../../use-cases/create-exit-plan.ts';
import { getExitPlan } from '../../use-cases/get-exit-plan.ts';
import { listExitPlans } from '../../use-cases/list-exit-plans.ts';
import { getOffboardingSettings, saveOffboardingSettings } from '../../use-cases/manage-offboarding-settings.ts';
import { suggestExitPlan } from '../../use-cases/suggest-exit-plan.ts';
import { updateExitPlan } from '../../use-cases/update-exit-plan.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

const tags = ['exit plans'];

export async function exitPlanRoutes(api: Api): Promise<void> {
  api.get('/exit-plans', { schema: { tags, summary: 'Every open exit plan and upcoming rest block, for the calendar', response: { 200: ExitCalendar, 401: Problem } } }, async (request) =>
    listExitPlans({ ctx: workspaceContextOf(request) }),
  );

  api.get(
    '/clients/:id/exit-plan/suggestion',
    { schema: { tags, summary: 'The date and steps a new exit plan would start with, and why that date', params: ClientIdParams, response: { 200: SuggestedExitPlan, 401: Problem, 404: Problem } } },
    async (request) => suggestExitPlan({ ctx: workspaceContextOf(request), clientId: request.params.id }),
  );

  api.post(
    '/clients/:id/exit-plan',
    { schema: { tags, summary: 'Start an exit plan (409 when the client already has an open one)', params: ClientIdParams, body: CreateExitPlanBody, response: { 201: ExitPlan, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request, reply) => {
      const plan = await createExitPlan({ ctx: workspaceContextOf(request), clientId: request.params.id, input: request.body });
      return reply.code(201).header('location', `/api/v1/clients/${request.params.id}/exit-plan`).send(plan);
    },
  );

  api.get('/clients/:id/exit-plan', { schema: { tags, summary: "Read the client's open exit plan (404 when none)", params: ClientIdParams, response: { 200: ExitPlan, 401: Problem, 404: Problem } } }, async (request) =>
    getExitPlan({ ctx: workspaceContextOf(request), clientId: request.params.id }),
  );

  api.patch(
    '/clients/:id/exit-plan',
    { schema: { tags, summary: 'Move the date or edit and tick off steps (send the version you read)', params: ClientIdParams, body: UpdateExitPlanBody, response: { 200: ExitPlan, 400: Problem, 401: Problem, 404: Problem, 409: Problem } } },
    async (request) => updateExitPlan({ ctx: workspaceContextOf(request), clientId: request.params.id, input: request.body }),
  );

  api.delete('/clients/:id/exit-plan', { schema: { tags, summary: "Cancel the client's open exit plan", params: ClientIdParams, response: { 204: z.undefined(), 401: Problem, 404: Problem, 409: Problem } } }, async (request, reply) => {
    await cancelExitPlan({ ctx: workspaceContextOf(request), clientId: request.params.id });
    return reply.code(204).send();
  });

  api.get('/settings/offboarding', { schema: { tags, summary: 'Notice period, safe runway and hard period (defaults until saved)', response: { 200: OffboardingSettingsView, 401: Problem } } }, async (request) =>
    getOffboardingSettings({ ctx: workspaceContextOf(request) }),
  );

  api.put(
    '/settings/offboarding',
    { schema: { tags, summary: 'Save the notice period, safe runway and hard period (send the version you read)', body: SaveOffboardingSettingsBody, response: { 200: OffboardingSettingsView, 400: Problem, 401: Problem, 409: Problem } } },
    async (request) => {
      const { version, ...settings } = request.body;
      return saveOffboardingSettings({ ctx: workspaceContextOf(request), settings, version });
    },
  );
}
