// Every invoice, newest first, filtered by today's status and by client, a page at a time, with "New invoice".
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listInvoices, type InvoiceQuery } from '../api/invoices.ts';
import { listClients } from '../api/clients.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { Pagination } from '../components/pagination.tsx';
import { Field } from '../components/field.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { InvoiceTable } from '../invoices/invoice-table.tsx';
import { invoiceStatusChoices } from '../invoices/invoice-draft.ts';
import '../invoices/invoices.css';

const PAGE_SIZE = 20;

export function InvoicesPage() {
  const { t } = useTranslation();
  usePageTitle(t('invoices.list.title'));
  const [params, setParams] = useSearchParams();
  const status = (invoiceStatusChoices as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as InvoiceQuery['status']) : undefined;
  const clientId = params.get('clientId') ?? '';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const invoices = useResource((signal) => listInvoices({ limit: PAGE_SIZE, offset, ...(status && { status }), ...(clientId && { clientId }) }, signal), [status, clientId, offset]);
  const clients = useResource((signal) => listClients({ limit: 200, archived: 'include' }, signal), []);
  const isFiltered = Boolean(status || clientId);

  function setFilter(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'offset') next.delete('offset');
    setParams(next, { replace: true });
  }

  const newLink = (
    <Link to={clientId ? `/invoices/new?clientId=${encodeURIComponent(clientId)}` : '/invoices/new'} className="button button--primary">
      {t('invoices.new')}
    </Link>
  );

  return (
    <div className="page invoices-page">
      <header className="page__header">
        <PageHeading>{t('invoices.list.title')}</PageHeading>
        <div className="page__actions">{newLink}</div>
      </header>
      <p className="lead">{t('invoices.list.intro')}</p>
      <form className="invoice-filters" role="search" aria-label={t('invoices.list.filters')} onSubmit={(event) => event.preventDefault()}>
        <Field label={t('invoices.list.status')}>
          {(control) => (
            <select {...control} className="input" value={status ?? ''} onChange={(event) => setFilter('status', event.target.value)}>
              <option value="">{t('invoices.list.anyStatus')}</option>
              {invoiceStatusChoices.map((value) => (
                <option key={value} value={value}>
                  {t(`invoices.statuses.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('invoices.list.client')}>
          {(control) => (
            <select {...control} className="input" value={clientId} onChange={(event) => setFilter('clientId', event.target.value)}>
              <option value="">{t('invoices.list.anyClient')}</option>
              {(clients.data?.items ?? []).map((client) => (
                <option key={client.id} value={client.id}>
                  {client.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      {invoices.error !== undefined ? (
        <ErrorAlert error={invoices.error} onRetry={invoices.reload} />
      ) : !invoices.data ? (
        <LoadingState label={t('invoices.list.loading')} />
      ) : invoices.data.items.length === 0 ? (
        isFiltered ? (
          <EmptyState
            title={t('invoices.list.noMatchTitle')}
            action={
              <button type="button" className="button button--secondary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
                {t('invoices.list.clearFilters')}
              </button>
            }
          >
            <p>{t('invoices.list.noMatchBody')}</p>
          </EmptyState>
        ) : (
          <EmptyState title={t('invoices.list.emptyTitle')} action={newLink}>
            <p>{t('invoices.list.emptyBody')}</p>
          </EmptyState>
        )
      ) : (
        <>
          <InvoiceTable items={invoices.data.items} caption={t('invoices.list.title')} />
          <Pagination total={invoices.data.total} limit={PAGE_SIZE} offset={offset} onChange={(next) => setFilter('offset', next ? String(next) : '')} />
        </>
      )}
    </div>
  );
}
