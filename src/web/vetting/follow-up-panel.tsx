// "Follow up today": the waitlist entries that are due, at the top of the landing page; nothing shows when none are.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listWaitlist } from '../api/waitlist.ts';
import { useResource } from '../hooks/use-resource.ts';
import { formatPlainDate } from './overlap-chart.tsx';

export function FollowUpPanel() {
  const { t, i18n } = useTranslation();
  // A quiet extra: if it fails, the client list still works, so the error is not shown here.
  const due = useResource((signal) => listWaitlist({ isDueOnly: true }, signal).catch(() => undefined), []);
  const items = due.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="follow-up" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title" className="follow-up__title">
        <span aria-hidden="true">● </span>
        {t('followUp.title')}
      </h2>
      <ul className="follow-up__list">
        {items.slice(0, 5).map((entry) => (
          <li key={entry.id}>
            <Link to={`/clients/${entry.clientId}`}>{entry.clientName}</Link>
            <span className="follow-up__meta">
              {' · '}
              {t(`waitlist.reasons.${entry.reason}`)}
              {entry.followUpOn < (due.data?.today ?? '') && ` · ${t('followUp.since', { date: formatPlainDate(entry.followUpOn, i18n.language) })}`}
            </span>
          </li>
        ))}
      </ul>
      <Link to="/waitlist" className="follow-up__all">
        {t('followUp.seeAll', { count: items.length })}
      </Link>
    </section>
  );
}
