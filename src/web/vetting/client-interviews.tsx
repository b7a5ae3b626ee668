// A client's interviews, newest first, each opening its explained fit; intake answers waiting for a gut check stand out.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listInterviews } from '../api/interviews.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { formatDateTime, type FormatContext } from '../i18n/format.ts';

export function ClientInterviews({ clientId, formatContext }: { clientId: string; formatContext: FormatContext }) {
  const { t } = useTranslation();
  const interviews = useResource((signal) => listInterviews(clientId, signal), [clientId]);
  if (interviews.error !== undefined) return <ErrorAlert error={interviews.error} onRetry={interviews.reload} />;
  if (!interviews.data) return <LoadingState label={t('clientVetting.loading')} />;
  if (interviews.data.length === 0) return <p className="muted">{t('clientVetting.none')}</p>;
  return (
    <ul className="interview-list">
      {interviews.data.map((interview) => {
        const recommendation = interview.fit.recommendation;
        return (
          <li key={interview.id} className={`interview-list__item${recommendation === null ? ' interview-list__item--pending' : ''}`}>
            <Link to={`/clients/${clientId}/interviews/${interview.id}`} className="interview-list__link">
              {t(interview.origin === 'intake' ? 'clientVetting.intakeOn' : 'clientVetting.interviewOn', { date: formatDateTime(interview.createdAt, formatContext) })}
            </Link>
            <span className={`badge badge--recommendation-${recommendation ?? 'pending'}`}>
              {recommendation ? t(`vetting.recommendation.${recommendation}`) : t('clientVetting.awaitingGut')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
