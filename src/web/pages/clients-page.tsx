// The client list: search (debounced), stage and archive filters, pages, and a warm invitation when it is empty.
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { clientStages, type ClientStage } from '../../domain/clients/lifecycle.ts';
import type { ClientListQuery } from '../../schemas/clients.ts';
import { listClients } from '../api/clients.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { Pagination } from '../components/pagination.tsx';
import { ClientTable } from '../clients/client-table.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { useDebouncedValue } from '../hooks/use-debounced-value.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { FollowUpPanel } from '../vetting/follow-up-panel.tsx';
import { ProfileNudge } from '../profile/profile-nudge.tsx';

const PAGE_SIZE = 20;
type ArchivedFilter = ClientListQuery['archived'];
const archivedFilters: ArchivedFilter[] = ['exclude', 'only', 'include'];

function readFilters(params: URLSearchParams) {
  const stageParam = params.get('stage');
  const archivedParam = params.get('archived') as ArchivedFilter | null;
  return {
    q: params.get('q') ?? '',
    stage: clientStages.find((stage) => stage === stageParam),
    archived: archivedParam && archivedFilters.includes(archivedParam) ? archivedParam : 'exclude',
    offset: Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0),
  };
}

export function ClientsPage() {
  const { t } = useTranslation();
  const formatContext = useFormatContext();
  usePageTitle(t('clients.title'));
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [search, setSearch] = useState(filters.q);
  const settledSearch = useDebouncedValue(search.trim(), 300);

  function updateFilters(changes: Partial<Record<'q' | 'stage' | 'archived' | 'offset', string | undefined>>) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '' || (key === 'archived' && value === 'exclude') || (key === 'offset' && value === '0')) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      // Typing and filtering replace the entry, so Back leaves the list instead of replaying keystrokes.
      { replace: !('offset' in changes && Object.keys(changes).length === 1) },
    );
  }

  // Only a settled search writes the URL; reading filters.q here too would undo a Back press.
  useEffect(() => {
    if (settledSearch !== filters.q) updateFilters({ q: settledSearch, offset: undefined });
  }, [settledSearch]);

  // Back/Forward can change the search in the URL: show it in the box.
  useEffect(() => {
    setSearch((current) => (current.trim() === filters.q ? current : filters.q));
  }, [filters.q]);

  const list = useResource(
    (signal) => listClients({ q: filters.q || undefined, stage: filters.stage, archived: filters.archived, limit: PAGE_SIZE, offset: filters.offset }, signal),
    [filters.q, filters.stage, filters.archived, filters.offset],
  );

  const hasFilters = filters.q !== '' || filters.stage !== undefined;
  const page = list.data;
  const isFirstLoad = list.isLoading && !page;

  function clearFilters() {
    setSearch('');
    updateFilters({ q: undefined, stage: undefined, offset: undefined });
  }

  return (
    <div className="page">
      <div className="page__header">
        <PageHeading>{t('clients.title')}</PageHeading>
        <Link to="/clients/new" className="button button--primary">
          <span aria-hidden="true">+ </span>
          {t('clients.add')}
        </Link>
      </div>

      <div className="landing-panels">
        <FollowUpPanel />
        <ProfileNudge />
      </div>

      <search className="filters" aria-label={t('clients.filtersLabel')}>
        <div className="field filters__search">
          <label className="field__label" htmlFor="client-search">
            {t('clients.search')}
          </label>
          <input
            id="client-search"
            className="input"
            type="search"
            value={search}
            placeholder={t('clients.searchPlaceholder')}
            onChange={(event) => setSearch(event.target.value)}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="client-stage">
            {t('clients.stageFilter')}
          </label>
          <select id="client-stage" className="input" value={filters.stage ?? ''} onChange={(event) => updateFilters({ stage: event.target.value || undefined, offset: undefined })}>
            <option value="">{t('clients.allStages')}</option>
            {clientStages.map((stage: ClientStage) => (
              <option key={stage} value={stage}>
                {t(`stages.${stage}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="client-archived">
            {t('clients.show')}
          </label>
          <select id="client-archived" className="input" value={filters.archived} onChange={(event) => updateFilters({ archived: event.target.value, offset: undefined })}>
            <option value="exclude">{t('clients.showCurrent')}</option>
            <option value="only">{t('clients.showArchived')}</option>
            <option value="include">{t('clients.showAll')}</option>
          </select>
        </div>
      </search>

      {/* Said once the list settles, so a screen reader hears how many clients a search found. */}
      <p className="visually-hidden" role="status">
        {page && !list.isLoading ? t('clients.count', { count: page.total }) : ''}
      </p>

      {list.error !== undefined ? (
        <ErrorAlert error={list.error} onRetry={list.reload} />
      ) : isFirstLoad || !page ? (
        <LoadingState label={t('clients.loading')} />
      ) : page.total === 0 ? (
        !hasFilters && filters.archived === 'exclude' ? (
          <EmptyState
            title={t('clients.emptyTitle')}
            action={
              <Link to="/clients/new" className="button button--primary">
                {t('clients.emptyAction')}
              </Link>
            }
          >
            <p>{t('clients.emptyBody')}</p>
          </EmptyState>
        ) : !hasFilters && filters.archived === 'only' ? (
          <EmptyState title={t('clients.noArchivedTitle')}>
            <p>{t('clients.noArchivedBody')}</p>
          </EmptyState>
        ) : (
          <EmptyState
            title={t('clients.noMatchTitle')}
            action={
              <button type="button" className="button button--secondary" onClick={clearFilters}>
                {t('clients.clearFilters')}
              </button>
            }
          >
            <p>{t('clients.noMatchBody')}</p>
          </EmptyState>
        )
      ) : (
        <div className={list.isLoading ? 'is-refreshing' : undefined} aria-busy={list.isLoading || undefined}>
          <ClientTable clients={page.items} formatContext={formatContext} />
          <Pagination offset={page.offset} limit={page.limit} total={page.total} onChange={(offset) => updateFilters({ offset: String(offset) })} />
        </div>
      )}
    </div>
  );
}
