// Agreements as a list of cards: title, client, kind, status, version and the date that matters (signed, sent or last change).
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgreementSummary } from '../api/agreements.ts';
import { formatDate } from '../i18n/format.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { AgreementStatusBadge } from './agreement-status-badge.tsx';
import './agreements.css';

export function AgreementList({ items, showClient = true, label }: { items: AgreementSummary[]; showClient?: boolean; label: string }) {
  const { t } = useTranslation();
  const formatContext = useFormatContext();
  return (
    <ul className="agreement-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="agreement-list__item">
          <div className="agreement-list__main">
            <Link to={`/agreements/${item.id}`} className="agreement-list__title">
              {item.title || t('agreements.untitled')}
            </Link>
            <p className="muted agreement-list__meta">
              {[showClient ? item.clientName : undefined, t(`agreements.kindLabels.${item.kind}`), t('agreements.versionN', { version: item.currentVersion })].filter(Boolean).join(' · ')}
            </p>
          </div>
          <div className="agreement-list__side">
            <AgreementStatusBadge status={item.status} />
            <span className="muted agreement-list__date">
              {item.signedAt
                ? t('agreements.list.signedOn', { date: formatDate(item.signedAt, formatContext) })
                : item.sentAt
                  ? t('agreements.list.sentOn', { date: formatDate(item.sentAt, formatContext) })
                  : t('agreements.list.changedOn', { date: formatDate(item.updatedAt, formatContext) })}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
