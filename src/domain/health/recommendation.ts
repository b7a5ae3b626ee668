// What to do about a client from the five reasons: keep them, talk it through, or plan the exit.
import type { HealthSettings } from './health-settings.ts';
import type { HealthStatus } from './health-status.ts';
import { healthText, type HealthText } from './health-text.ts';
import type { HealthReasonKind } from './health-reasons.ts';

export const healthRecommendations = ['keep', 'talk', 'plan_exit'] as const;
export type HealthRecommendationKind = (typeof healthRecommendations)[number];

/** Higher is more serious; nothing that makes a reason worse may lower it. */
export function healthRecommendationRank(recommendation: HealthRecommendationKind): number {
  switch (recommendation) {
    case 'keep':
      return 0;
    case 'talk':
      return 1;
    case 'plan_exit':
      return 2;
  }
}

export type HealthDecision = {
  recommendation: HealthRecommendationKind;
  /** The reasons that led here, most serious first; for "keep", the ones to keep an eye on. */
  drivenBy: HealthReasonKind[];
  because: HealthText[];
};

/**
 * Exit when a decisive reason (integrity, by default) or enough reasons call for action; talk when any reason calls
 * for action, or enough of them are worth watching; otherwise keep, naming what is being watched.
 */
export function decideOnHealth(reasons: readonly { reason: HealthReasonKind; status: HealthStatus }[], settings: HealthSettings): HealthDecision {
  const { actReasonsForExit, decisiveReasons, watchReasonsForTalk } = settings.recommendation;
  const acting = reasons.filter((r) => r.status === 'act').map((r) => r.reason);
  const watching = reasons.filter((r) => r.status === 'watch').map((r) => r.reason);
  const decisive = acting.filter((reason) => decisiveReasons.includes(reason));

  if (decisive.length > 0 || acting.length >= actReasonsForExit) {
    const because = decisive.map((reason) => healthText('health.why.decisive', { reason }));
    if (acting.length >= actReasonsForExit) because.push(healthText('health.why.severalToAct', { count: acting.length, limit: actReasonsForExit }));
    return { recommendation: 'plan_exit', drivenBy: acting, because };
  }
  if (acting.length > 0 || watching.length >= watchReasonsForTalk) {
    const because = acting.map((reason) => healthText('health.why.toAct', { reason }));
    if (watching.length >= watchReasonsForTalk) because.push(healthText('health.why.severalToWatch', { count: watching.length, limit: watchReasonsForTalk }));
    else because.push(...watching.map((reason) => healthText('health.why.toWatch', { reason })));
    return { recommendation: 'talk', drivenBy: [...acting, ...watching], because };
  }
  const because = watching.length > 0 ? watching.map((reason) => healthText('health.why.toWatch', { reason })) : [healthText('health.why.allClear', {})];
  return { recommendation: 'keep', drivenBy: watching, because };
}
