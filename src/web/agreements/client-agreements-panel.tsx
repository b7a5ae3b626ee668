// A client's proposals and contracts on their page, with "New proposal" to start one for them.
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listAgreements } from '../api/agreements.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { AgreementList } from './agreement-list.tsx';
import { NewProposalDialog } from './new-proposal-dialog.tsx';

export function ClientAgreementsPanel({ clientId, clientLanguage }: { clientId: string; clientLanguage?: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const agreements = useResource((signal) => listAgreements({ clientId, limit: 5 }, signal), [clientId]);
  const [isCreating, setIsCreating] = useState(false);
  const data = agreements.data;

  return (
    <section className="card client-agreements" aria-labelledby={headingId}>
      <div className="client-agreements__header">
        <h2 id={headingId} className="section-title">
          {t('agreements.panel.title')}
        </h2>
        <button type="button" className="button button--secondary button--small" onClick={() => setIsCreating(true)}>
          {t('agreements.newProposal')}
        </button>
      </div>
      {agreements.error !== undefined ? (
        <ErrorAlert error={agreements.error} onRetry={agreements.reload} />
      ) : !data ? (
        <LoadingState label={t('agreements.list.loading')} />
      ) : data.items.length === 0 ? (
        <p className="muted">{t('agreements.panel.empty')}</p>
      ) : (
        <>
          <AgreementList items={data.items} showClient={false} label={t('agreements.panel.title')} />
          {data.total > data.items.length && (
            <p>
              <Link to={`/agreements?client=${encodeURIComponent(clientId)}`}>{t('agreements.panel.seeAll', { count: data.total })}</Link>
            </p>
          )}
        </>
      )}
      <NewProposalDialog isOpen={isCreating} onClose={() => setIsCreating(false)} clientId={clientId} clientLanguage={clientLanguage} />
    </section>
  );
}
