// Reads a client's open exit plan with today's suggestion beside it, so the freelancer sees whether the date still holds.
import type { Db } from '../db/connect.ts';
import { notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { exitPlansRepository, type StoredExitPlan } from '../db/repositories/exit-plans.ts';
import type { ExitPlan } from '../schemas/exit-plans.ts';
import type { WorkspaceContext } from './context.ts';
import { exitSuggestion, loadOffboardingSettings, noticeOnFor } from './offboarding-support.ts';
import type { Temporal } from 'temporal-polyfill';

export async function presentExitPlan(db: Db, workspaceId: string, plan: StoredExitPlan, now: Temporal.Instant): Promise<ExitPlan> {
  const { settings } = await loadOffboardingSettings(db, workspaceId);
  return {
    id: plan.id,
    clientId: plan.clientId,
    origin: plan.origin,
    status: plan.status,
    targetDate: plan.targetDate,
    noticeOn: noticeOnFor(plan.targetDate, settings.noticeDays),
    steps: plan.steps,
    suggestion: await exitSuggestion(db, workspaceId, plan.clientId, now),
    version: plan.version,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
  };
}

export async function getExitPlan({ ctx, clientId }: { ctx: WorkspaceContext; clientId: string }): Promise<ExitPlan> {
  if (!(await clientsRepository(ctx.db, ctx.workspaceId).exists(clientId))) throw notFound('This client');
  const plan = await exitPlansRepository(ctx.db, ctx.workspaceId).findOpenForClient(clientId);
  if (!plan) throw notFound('An open exit plan for this client');
  return presentExitPlan(ctx.db, ctx.workspaceId, plan, ctx.clock.now());
}
