// The client's proposals and contracts in their portal: what each is, where it stands, and a way in.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listPortalAgreements } from '../api/agreements.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { AgreementStatusBadge } from '../agreements/agreement-status-badge.tsx';
import { formatDay } from '../agreements/describe.ts';
import { BackToPortal, usePortal } from './portal-layout.tsx';
import { portalAgreementPath } from './sections.ts';
import '../agreements/agreements.css';

export function PortalAgreementsPage() {
  const { t, i18n } = useTranslation();
  const { token, home } = usePortal();
  const list = useResource((signal) => listPortalAgreements(token, signal), [token]);
  usePageTitle(t('agreements.portal.listTitle'));
  const items = list.data?.items;

  return (
    <div className="page page--narrow portal-page">
      <BackToPortal />
      <PageHeading>{t('agreements.portal.listTitle')}</PageHeading>
      <p className="lead">{t('agreements.portal.listIntro', { freelancer: home.freelancerName })}</p>
      {list.error !== undefined ? (
        <ErrorAlert error={list.error} onRetry={list.reload} />
      ) : !items ? (
        <LoadingState label={t('agreements.portal.loading')} />
      ) : items.length === 0 ? (
        <EmptyState title={t('agreements.portal.emptyTitle')}>
          <p>{t('agreements.portal.emptyBody', { freelancer: home.freelancerName })}</p>
        </EmptyState>
      ) : (
        <ul className="agreement-list" aria-label={t('agreements.portal.listTitle')}>
          {items.map((item) => (
            <li key={item.id} className="agreement-list__item">
              <div className="agreement-list__main">
                <Link to={portalAgreementPath(token, item.id)} className="agreement-list__title">
                  {item.title || t('agreements.untitled')}
                </Link>
                <p className="muted agreement-list__meta">
                  {t(`agreements.kindLabels.${item.kind}`)} · {t('agreements.versionN', { version: item.currentVersion })}
                  {item.offerExpiresOn && item.kind === 'proposal' && ` · ${t('agreements.portal.openUntil', { date: formatDay(item.offerExpiresOn, i18n.language) })}`}
                </p>
              </div>
              <div className="agreement-list__side">
                <AgreementStatusBadge status={item.status} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
