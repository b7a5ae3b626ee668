// Typed calls for exit plans: the suggestion, create, read, edit (with the version read), cancel, the calendar, the settings.
import type { z } from 'zod';
import type { CreateExitPlanBody, ExitCalendar, ExitPlan, OffboardingSettingsView, SuggestedExitPlan, UpdateExitPlanBody } from '../../schemas/exit-plans.ts';
import { apiRequest } from './http.ts';

export type { ExitCalendar, ExitPlan, SuggestedExitPlan };
export type ExitDateReason = ExitPlan['suggestion']['reason'];
export type OffboardingSettings = z.infer<typeof OffboardingSettingsView>;

const planPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/exit-plan`;

export function suggestExitPlan(clientId: string, signal?: AbortSignal): Promise<SuggestedExitPlan> {
  return apiRequest('GET', `${planPath(clientId)}/suggestion`, { signal });
}

export function getExitPlan(clientId: string, signal?: AbortSignal): Promise<ExitPlan> {
  return apiRequest('GET', planPath(clientId), { signal });
}

/**
 * The client's open plan, or null when there is none. Asks the list of open plans first, so a client without a plan
 * costs no 404 (which the browser would log as a failed request on every client page).
 */
export async function findExitPlan(clientId: string, signal?: AbortSignal): Promise<ExitPlan | null> {
  const calendar = await getExitCalendar(signal);
  return calendar.items.some((item) => item.clientId === clientId) ? getExitPlan(clientId, signal) : null;
}

export function createExitPlan(clientId: string, body: z.input<typeof CreateExitPlanBody>): Promise<ExitPlan> {
  return apiRequest('POST', planPath(clientId), { body });
}

/** Answers 409 (version_conflict) when the plan was saved elsewhere after `body.version` was read. */
export function updateExitPlan(clientId: string, body: z.input<typeof UpdateExitPlanBody>): Promise<ExitPlan> {
  return apiRequest('PATCH', planPath(clientId), { body });
}

export function cancelExitPlan(clientId: string): Promise<void> {
  return apiRequest('DELETE', planPath(clientId));
}

export function getExitCalendar(signal?: AbortSignal): Promise<ExitCalendar> {
  return apiRequest('GET', '/exit-plans', { signal });
}

export function getOffboardingSettings(signal?: AbortSignal): Promise<OffboardingSettings> {
  return apiRequest('GET', '/settings/offboarding', { signal });
}

export function saveOffboardingSettings(body: OffboardingSettings['settings'] & { version: number }): Promise<OffboardingSettings> {
  return apiRequest('PUT', '/settings/offboarding', { body });
}
