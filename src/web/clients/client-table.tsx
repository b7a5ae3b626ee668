// One page of clients as a table on wide screens; CSS turns each row into a card on a phone.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../schemas/clients.ts';
import { NoValue } from '../components/no-value.tsx';
import { StageBadge } from '../components/stage-badge.tsx';
import { formatDate, type FormatContext } from '../i18n/format.ts';

type ClientTableProps = { clients: ClientSummary[]; formatContext: FormatContext };

export function ClientTable({ clients, formatContext }: ClientTableProps) {
  const { t } = useTranslation();
  return (
    <table className="client-table">
      <caption className="visually-hidden">{t('clients.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('clients.columns.name')}</th>
          <th scope="col">{t('clients.columns.company')}</th>
          <th scope="col">{t('clients.columns.email')}</th>
          <th scope="col">{t('clients.columns.stage')}</th>
          <th scope="col">{t('clients.columns.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {clients.map((client) => (
          <tr key={client.id}>
            <th scope="row" className="client-table__name">
              <Link to={`/clients/${client.id}`}>{client.name}</Link>
              {client.isArchived && <span className="badge badge--muted">{t('clients.archivedBadge')}</span>}
            </th>
            <td data-label={t('clients.columns.company')} className={client.company ? undefined : 'is-empty'}>
              {client.company || <NoValue />}
            </td>
            <td data-label={t('clients.columns.email')} className={client.primaryEmail ? 'client-table__email' : 'is-empty'}>
              {client.primaryEmail || <NoValue />}
            </td>
            <td data-label={t('clients.columns.stage')}>
              <StageBadge stage={client.stage} />
            </td>
            <td data-label={t('clients.columns.updated')}>
              <time dateTime={client.updatedAt}>{formatDate(client.updatedAt, formatContext)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
