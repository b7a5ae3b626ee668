// Every proposal and contract, filtered by status, kind and client, with a way to start a new proposal from a template.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { agreementKinds } from '../../domain/agreements/document.ts';
import { agreementStatuses } from '../../domain/agreements/lifecycle.ts';
import { listAgreements } from '../api/agreements.ts';
import { listClients } from '../api/clients.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { Pagination } from '../components/pagination.tsx';
import { Field } from '../components/field.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { AgreementList } from '../agreements/agreement-list.tsx';
import { NewProposalDialog } from '../agreements/new-proposal-dialog.tsx';

const PAGE_SIZE = 20;

export function AgreementsPage() {
  const { t } = useTranslation();
  usePageTitle(t('agreements.list.title'));
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const kind = params.get('kind') ?? '';
  const clientId = params.get('client') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [isCreating, setIsCreating] = useState(false);
  const query = {
    limit: PAGE_SIZE,
    offset,
    ...(status ? { status: status as (typeof agreementStatuses)[number] } : {}),
    ...(kind ? { kind: kind as (typeof agreementKinds)[number] } : {}),
    ...(clientId ? { clientId } : {}),
  };
  const agreements = useResource((signal) => listAgreements(query, signal), [status, kind, clientId, offset]);
  const clients = useResource((signal) => listClients({ limit: 200, archived: 'include' }, signal), []);
  const isFiltered = Boolean(status || kind || clientId);

  function setFilter(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('offset');
    setParams(next, { replace: true });
  }

  const newButton = (
    <button type="button" className="button button--primary" onClick={() => setIsCreating(true)}>
      {t('agreements.newProposal')}
    </button>
  );

  return (
    <div className="page">
      <header className="page__header">
        <PageHeading>{t('agreements.list.title')}</PageHeading>
        <div className="page__actions">{newButton}</div>
      </header>
      <p className="lead">{t('agreements.list.intro')}</p>
      <form className="agreement-filters" role="search" aria-label={t('agreements.list.filters')} onSubmit={(event) => event.preventDefault()}>
        <Field label={t('agreements.list.status')}>
          {(control) => (
            <select {...control} className="input" value={status} onChange={(event) => setFilter('status', event.target.value)}>
              <option value="">{t('agreements.list.anyStatus')}</option>
              {agreementStatuses.map((value) => (
                <option key={value} value={value}>
                  {t(`agreements.statuses.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('agreements.list.kind')}>
          {(control) => (
            <select {...control} className="input" value={kind} onChange={(event) => setFilter('kind', event.target.value)}>
              <option value="">{t('agreements.list.anyKind')}</option>
              {agreementKinds.map((value) => (
                <option key={value} value={value}>
                  {t(`agreements.kindLabels.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('agreements.fields.client')}>
          {(control) => (
            <select {...control} className="input" value={clientId} onChange={(event) => setFilter('client', event.target.value)}>
              <option value="">{t('agreements.list.anyClient')}</option>
              {(clients.data?.items ?? []).map((client) => (
                <option key={client.id} value={client.id}>
                  {client.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      {agreements.error !== undefined ? (
        <ErrorAlert error={agreements.error} onRetry={agreements.reload} />
      ) : !agreements.data ? (
        <LoadingState label={t('agreements.list.loading')} />
      ) : agreements.data.items.length === 0 ? (
        isFiltered ? (
          <EmptyState title={t('agreements.list.noMatchTitle')} action={<button type="button" className="button button--secondary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>{t('agreements.list.clearFilters')}</button>}>
            <p>{t('agreements.list.noMatchBody')}</p>
          </EmptyState>
        ) : (
          <EmptyState title={t('agreements.list.emptyTitle')} action={newButton}>
            <p>{t('agreements.list.emptyBody')}</p>
          </EmptyState>
        )
      ) : (
        <>
          <AgreementList items={agreements.data.items} label={t('agreements.list.title')} />
          <Pagination total={agreements.data.total} limit={PAGE_SIZE} offset={offset} onChange={(next) => setFilter('offset', next ? String(next) : '')} />
        </>
      )}
      <NewProposalDialog isOpen={isCreating} onClose={() => setIsCreating(false)} clientId={clientId || undefined} clientLanguage={clients.data?.items.find((c) => c.id === clientId)?.language} />
    </div>
  );
}
