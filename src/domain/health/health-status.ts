// How a reason to let a client go stands (ok, watch, act) and where it is heading (better, same, worse).

/** Worst last. */
export const healthStatuses = ['ok', 'watch', 'act'] as const;
export type HealthStatus = (typeof healthStatuses)[number];

export const healthTrends = ['better', 'same', 'worse'] as const;
export type HealthTrend = (typeof healthTrends)[number];

/** Higher is worse; used to combine statuses and to state that more trouble never reads as less. */
export function healthStatusRank(status: HealthStatus): number {
  switch (status) {
    case 'ok':
      return 0;
    case 'watch':
      return 1;
    case 'act':
      return 2;
  }
}

export function worstStatus(...statuses: HealthStatus[]): HealthStatus {
  return statuses.reduce<HealthStatus>((worst, status) => (healthStatusRank(status) > healthStatusRank(worst) ? status : worst), 'ok');
}

/** A count against two thresholds. When `act` is set at or below `watch`, reaching it means act: the stricter setting wins. */
export type CountThresholds = { watch: number; act: number };

export function statusFromCount(count: number, thresholds: CountThresholds): HealthStatus {
  if (count >= thresholds.act) return 'act';
  if (count >= thresholds.watch) return 'watch';
  return 'ok';
}

/**
 * A count that only matters when it is also a large share: 2 unanswered messages out of 40 is the occasional miss,
 * 2 out of 3 is a habit. Compared on integers (count × 100 ≥ total × percent) so 25% exactly is never a rounding call.
 */
export function statusFromShare(count: number, total: number, thresholds: CountThresholds & { watchPercent: number; actPercent: number }): HealthStatus {
  const isShareAtLeast = (percent: number) => total > 0 && count * 100 >= total * percent;
  if (count >= thresholds.act && isShareAtLeast(thresholds.actPercent)) return 'act';
  if (count >= thresholds.watch && isShareAtLeast(thresholds.watchPercent)) return 'watch';
  return 'ok';
}

/** Fewer signals in the recent window than in the one before is better; the same number is the same. */
export function trendOf(current: number, previous: number): HealthTrend {
  if (current < previous) return 'better';
  if (current > previous) return 'worse';
  return 'same';
}
