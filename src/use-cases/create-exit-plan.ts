// Starts an exit plan for a client: the suggested date unless one is given, the usual steps unless others are; one open plan per client.
import { AppError, invalidField, notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { exitPlansRepository } from '../db/repositories/exit-plans.ts';
import { cleanSteps } from '../domain/offboarding/exit-plan.ts';
import { isOpenStage } from '../domain/clients/lifecycle.ts';
import type { CreateExitPlanBody, ExitPlan } from '../schemas/exit-plans.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { presentExitPlan } from './get-exit-plan.ts';
import { exitSuggestion } from './offboarding-support.ts';
import { defaultStepTitles } from './suggest-exit-plan.ts';

export type CreateExitPlanOptions = { ctx: WorkspaceContext; clientId: string; input: CreateExitPlanBody };

const alreadyPlanned = () => new AppError('conflict', 'This client already has an open exit plan. Edit that plan, or cancel it before starting a new one.');

export async function createExitPlan({ ctx, clientId, input }: CreateExitPlanOptions): Promise<ExitPlan> {
  return inTransaction(ctx, async (trx) => {
    const client = await clientsRepository(trx, ctx.workspaceId).findById(clientId);
    if (!client) throw notFound('This client');
    if (!isOpenStage(client.stage)) throw new AppError('conflict', `This client is ${client.stage === 'past' ? 'already a past client' : 'declined'}; there is nothing to exit.`);
    const plans = exitPlansRepository(trx, ctx.workspaceId);
    if (await plans.findOpenForClient(clientId)) throw alreadyPlanned();

    const suggestion = await exitSuggestion(trx, ctx.workspaceId, clientId, ctx.clock.now());
    if (input.targetDate && input.targetDate < suggestion.today) throw invalidField('targetDate', `Pick today (${suggestion.today}) or a later date.`);
    const steps = input.steps
      ? cleanSteps(input.steps.map((step) => ({ title: step.title, isDone: false })))
      : (await defaultStepTitles(trx, ctx.workspaceId, ctx.userId, client.name)).map((title) => ({ title, isDone: false }));
    const now = ctx.clock.nowIso();
    const targetDate = input.targetDate ?? suggestion.date;
    const plan = await plans.insert({ clientId, origin: input.origin, targetDate, steps }, now);
    if (!plan) throw alreadyPlanned();
    await eventsRepository(trx, ctx.workspaceId).append({ clientId, type: 'exit_plan_created', occurredAt: now, payload: { targetDate, origin: input.origin }, isConfidential: false }, now);
    return presentExitPlan(trx, ctx.workspaceId, plan, ctx.clock.now());
  });
}
