// <ReadinessCard clientId=…/>: on a client's page, could the freelancer let this client go today, and what would change that.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getReadiness } from '../api/readiness.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { formatMoney } from '../forms/money.ts';
import { useResource } from '../hooks/use-resource.ts';
import { ReadinessAdvice } from './readiness-advice.tsx';
import { runwayText } from './readiness-format.ts';
import './readiness.css';

export function ReadinessCard({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const report = useResource((signal) => getReadiness(signal), []);
  const headingId = `readiness-card-${clientId}`;
  const client = report.data?.clients.find((c) => c.clientId === clientId);

  return (
    <section className="card readiness-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('readiness.card.title')}
      </h2>
      {report.error !== undefined ? (
        <ErrorAlert error={report.error} onRetry={report.reload} />
      ) : !report.data ? (
        <LoadingState label={t('readiness.loading')} />
      ) : !client ? (
        // Not working together and nothing paid in a year: losing them changes nothing.
        <p className="muted">{t('readiness.card.notCounted', { runway: runwayText(report.data.runwayNow, t, i18n.language) })}</p>
      ) : (
        <>
          <p className="readiness-card__income">{t('readiness.card.income', { amount: formatMoney(client.monthlyIncome, report.data.currency, i18n.language) })}</p>
          <ReadinessAdvice client={client} report={report.data} />
        </>
      )}
      <p>
        <Link to="/readiness">{t('readiness.card.openPage')}</Link>
      </p>
    </section>
  );
}
