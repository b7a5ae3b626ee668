// What a new exit plan would start with: the suggested date with its reason, and the usual steps in the freelancer's language.
import type { Db } from '../db/connect.ts';
import { notFound } from '../errors.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { userLanguagesRepository } from '../db/repositories/user-languages.ts';
import { defaultExitStepKeys } from '../domain/offboarding/exit-plan.ts';
import { translatorFor } from '../i18n/server.ts';
import type { Language } from '../schemas/common.ts';
import type { SuggestedExitPlan } from '../schemas/exit-plans.ts';
import type { WorkspaceContext } from './context.ts';
import { exitSuggestion } from './offboarding-support.ts';

export async function defaultStepTitles(db: Db, workspaceId: string, userId: string | null, clientName: string): Promise<string[]> {
  const t = translatorFor((await userLanguagesRepository(db, workspaceId).languageOf(userId)) as Language);
  return defaultExitStepKeys.map((key) => t(`offboarding.steps.${key}`, { name: clientName }));
}

export async function suggestExitPlan({ ctx, clientId }: { ctx: WorkspaceContext; clientId: string }): Promise<SuggestedExitPlan> {
  const client = await clientsRepository(ctx.db, ctx.workspaceId).findById(clientId);
  if (!client) throw notFound('This client');
  return { suggestion: await exitSuggestion(ctx.db, ctx.workspaceId, clientId, ctx.clock.now()), steps: await defaultStepTitles(ctx.db, ctx.workspaceId, ctx.userId, client.name) };
}
