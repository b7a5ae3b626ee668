// The home calendar's data: every open exit plan (with the day to give notice) and the rest blocks still ahead.
import { exitPlansRepository } from '../db/repositories/exit-plans.ts';
import { recoveriesRepository } from '../db/repositories/recoveries.ts';
import type { ExitCalendar } from '../schemas/exit-plans.ts';
import type { WorkspaceContext } from './context.ts';
import { freelancerToday, loadOffboardingSettings, noticeOnFor } from './offboarding-support.ts';

export async function listExitPlans({ ctx }: { ctx: WorkspaceContext }): Promise<ExitCalendar> {
  const today = (await freelancerToday(ctx.db, ctx.workspaceId, ctx.clock.now())).toString();
  const { settings } = await loadOffboardingSettings(ctx.db, ctx.workspaceId);
  const plans = await exitPlansRepository(ctx.db, ctx.workspaceId).listOpen();
  return {
    today,
    items: plans.map((plan) => ({
      id: plan.id,
      clientId: plan.clientId,
      clientName: plan.clientName,
      clientCompany: plan.clientCompany,
      status: plan.status,
      targetDate: plan.targetDate,
      noticeOn: noticeOnFor(plan.targetDate, settings.noticeDays),
      stepsDone: plan.steps.filter((step) => step.isDone).length,
      stepsTotal: plan.steps.length,
    })),
    restBlocks: await recoveriesRepository(ctx.db, ctx.workspaceId).listRestBlocks(today),
  };
}
