// Status and trend shown with a word and a symbol, never colour alone.
import { useTranslation } from 'react-i18next';
import type { ClientHealth } from '../../schemas/relationship.ts';

type Status = ClientHealth['reasons'][number]['status'];
type Trend = ClientHealth['reasons'][number]['trend'];
type Recommendation = ClientHealth['recommendation'];

const statusIcons: Record<Status, string> = { ok: '✓', watch: '!', act: '‼' };
const trendIcons: Record<Trend, string> = { better: '↘', same: '→', worse: '↗' };
const recommendationIcons: Record<Recommendation, string> = { keep: '✓', talk: '↔', plan_exit: '⇥' };

export function HealthStatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <span className={`badge health-status health-status--${status}`}>
      <span aria-hidden="true">{statusIcons[status]} </span>
      {t(`health.status.${status}`)}
    </span>
  );
}

/** More signals than the window before reads "getting worse"; the arrow points the way the count went. */
export function HealthTrend({ trend }: { trend: Trend }) {
  const { t } = useTranslation();
  return (
    <span className={`health-trend health-trend--${trend}`}>
      <span aria-hidden="true">{trendIcons[trend]} </span>
      {t(`health.trend.${trend}`)}
    </span>
  );
}

export function RecommendationBadge({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useTranslation();
  return (
    <span className={`badge health-recommendation health-recommendation--${recommendation}`}>
      <span aria-hidden="true">{recommendationIcons[recommendation]} </span>
      {t(`health.recommendation.${recommendation}`)}
    </span>
  );
}
