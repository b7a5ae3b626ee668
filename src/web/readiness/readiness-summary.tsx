// The home page's word on readiness: how long the funds last today, and which clients could not be let go yet.
import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getReadiness } from '../api/readiness.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { runwayText } from './readiness-format.ts';

export function ReadinessSummary() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const readiness = useResource((signal) => getReadiness(signal), []);
  const data = readiness.data;
  const notYet = data?.clients.filter((client) => !client.canLetGoToday) ?? [];

  return (
    <section className="card readiness-summary" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('readiness.summary.title')}
      </h2>
      {readiness.error !== undefined ? (
        <ErrorAlert error={readiness.error} onRetry={readiness.reload} />
      ) : !data ? (
        <LoadingState label={t('readiness.loading')} />
      ) : !data.hasExpenses ? (
        <p>
          {t('readiness.summary.noExpenses')} <Link to="/readiness#finances">{t('readiness.summary.enterFinances')}</Link>
        </p>
      ) : (
        <>
          <p>{t('readiness.summary.runwayNow', { runway: runwayText(data.runwayNow, t, i18n.language) })}</p>
          {data.clients.length === 0 ? null : notYet.length === 0 ? (
            <p>{t('readiness.summary.allFree')}</p>
          ) : (
            <>
              <p>{t('readiness.summary.notYet', { count: notYet.length })}</p>
              <ul className="readiness-summary__list">
                {notYet.map((client) => (
                  <li key={client.clientId}>
                    <Link to={`/clients/${encodeURIComponent(client.clientId)}`}>{client.name}</Link>: {runwayText(client.runwayMonths, t, i18n.language)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <p>
        <Link to="/readiness">{t('readiness.summary.open')}</Link>
      </p>
    </section>
  );
}
