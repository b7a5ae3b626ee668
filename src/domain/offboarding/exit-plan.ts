// An exit plan: steps toward letting one client go by a target date, from the health card or started by hand.

export const exitPlanOrigins = ['health', 'manual'] as const;
export type ExitPlanOrigin = (typeof exitPlanOrigins)[number];

/** open → offboarding (the checklist has started) → done (the client is past); cancelled when the freelancer changes their mind. */
export const exitPlanStatuses = ['open', 'offboarding', 'done', 'cancelled'] as const;
export type ExitPlanStatus = (typeof exitPlanStatuses)[number];

export type ExitPlanStep = { title: string; isDone: boolean };

/** The default steps, in order; their titles are drafted in the freelancer's language from these keys. */
export const defaultExitStepKeys = ['replacement_income', 'tell_client', 'finish_work', 'offboard'] as const;
export type DefaultExitStepKey = (typeof defaultExitStepKeys)[number];

/** Steps as typed: trimmed, blank ones dropped. */
export function cleanSteps(steps: readonly ExitPlanStep[]): ExitPlanStep[] {
  return steps.map((step) => ({ title: step.title.trim(), isDone: step.isDone })).filter((step) => step.title !== '');
}

export function isOpenPlan(status: ExitPlanStatus): boolean {
  switch (status) {
    case 'open':
    case 'offboarding':
      return true;
    case 'done':
    case 'cancelled':
      return false;
  }
}
