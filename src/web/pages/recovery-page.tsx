// Recovering from a toxic client (DOMAIN.md section 11): rest first, then the clients who were neglected, then a
// self-review whose lessons feed the profile.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getRecovery } from '../api/recovery.ts';
import { ApiError } from '../api/http.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { NeglectedClients } from '../recovery/neglected-clients.tsx';
import { RestAndPeriod } from '../recovery/rest-and-period.tsx';
import { SelfReview } from '../recovery/self-review.tsx';
import '../offboarding/offboarding.css';

export function RecoveryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const recovery = useResource((signal) => getRecovery(id, signal), [id]);
  const [formKey, setFormKey] = useState(0);
  const name = recovery.data?.clientName ?? '';
  usePageTitle(name ? t('recovery.title', { name }) : t('recovery.titleShort'));
  const isMissing = recovery.error instanceof ApiError && recovery.error.status === 404;
  const conflict = () => {
    recovery.reload();
    setFormKey((key) => key + 1);
  };

  return (
    <div className="page page--reading recovery-page">
      <p>
        <Link to={`/clients/${encodeURIComponent(id)}`}>{t('recovery.back', { name: name || t('offboarding.page.theClient') })}</Link>
      </p>
      <PageHeading>{name ? t('recovery.title', { name }) : t('recovery.titleShort')}</PageHeading>
      <p className="lead">{t('recovery.intro')}</p>
      {isMissing ? (
        <EmptyState title={t('recovery.noneTitle')}>
          <p>{t('recovery.noneBody')}</p>
        </EmptyState>
      ) : recovery.error !== undefined ? (
        <ErrorAlert error={recovery.error} onRetry={recovery.reload} />
      ) : !recovery.data ? (
        <LoadingState label={t('recovery.loading')} />
      ) : (
        <div key={formKey}>
          <RestAndPeriod recovery={recovery.data} onSaved={(saved) => recovery.setData(saved)} onConflict={conflict} />
          <NeglectedClients recovery={recovery.data} onQueued={recovery.reload} />
          <SelfReview recovery={recovery.data} onSaved={(saved) => recovery.setData(saved)} onConflict={conflict} />
        </div>
      )}
    </div>
  );
}
