// Home: every active client ranked by how worrying the relationship looks, with the score's recent path, each reason's
// status and the recommendation, one link away from the client; then whether a client could be let go, and the exits ahead.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getHealthOverview } from '../api/relationship.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { HealthStatusBadge, HealthTrend, RecommendationBadge } from '../relationship/health-badges.tsx';
import { ScoreSparkline } from '../relationship/score-sparkline.tsx';
import { ReadinessSummary } from '../readiness/readiness-summary.tsx';
import { ExitCalendar } from '../offboarding/exit-calendar.tsx';
import { AttentionNotice } from '../relationship/attention-notice.tsx';

export function HomePage() {
  const { t } = useTranslation();
  const formatContext = useFormatContext();
  const overview = useResource((signal) => getHealthOverview(signal), []);
  usePageTitle(t('relationship.home.title'));

  return (
    <div className="page home-page">
      <PageHeading>{t('relationship.home.title')}</PageHeading>
      {overview.data && <AttentionNotice items={overview.data.attention} />}

      <section className="home-section" aria-labelledby="overview-heading">
        <h2 id="overview-heading" className="section-title">
          {t('relationship.overview.title')}
        </h2>
        <p className="section-intro">{t('relationship.overview.intro')}</p>
        {overview.error !== undefined ? (
          <ErrorAlert error={overview.error} onRetry={overview.reload} />
        ) : !overview.data ? (
          <LoadingState label={t('relationship.overview.loading')} />
        ) : overview.data.items.length === 0 ? (
          <EmptyState
            headingLevel={3}
            title={t('relationship.overview.emptyTitle')}
            action={
              <Link to="/clients" className="button button--primary">
                {t('relationship.overview.emptyAction')}
              </Link>
            }
          >
            <p>{t('relationship.overview.emptyBody')}</p>
          </EmptyState>
        ) : (
          <ol className="overview">
            {overview.data.items.map((item) => (
              <li key={item.clientId} className={`card overview__item overview__item--${item.recommendation}`}>
                <div className="overview__head">
                  <h3 className="overview__name">
                    <Link to={`/clients/${item.clientId}`}>{item.name}</Link>
                  </h3>
                  {item.company && <span className="overview__company">{item.company}</span>}
                  <RecommendationBadge recommendation={item.recommendation} />
                </div>
                <div className="overview__score">
                  <p className="overview__number">
                    <span className="overview__value">{item.score}</span>
                    <span className="overview__of"> / 10</span>
                    <span className="visually-hidden"> {t('relationship.overview.scoreMeaning')}</span>
                  </p>
                  <ScoreSparkline history={item.history} name={item.name} formatContext={formatContext} />
                </div>
                <ul className="overview__reasons" aria-label={t('relationship.overview.reasons')}>
                  {item.statuses.map((status) => (
                    <li key={status.reason}>
                      <span className="overview__reason">{t(`health.reason.${status.reason}`)}</span>
                      <HealthStatusBadge status={status.status} />
                      {status.trend !== 'same' && <HealthTrend trend={status.trend} />}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>

      <div className="home-columns">
        <ReadinessSummary />
        <ExitCalendar />
      </div>
    </div>
  );
}
