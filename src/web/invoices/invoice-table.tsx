// Invoices as a table: number (or "Draft"), client, kind, dates, total and balance in each invoice's own currency, status.
// On a phone each row becomes a card that keeps the column names beside the values.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InvoiceSummary } from '../api/invoices.ts';
import { NoValue } from '../components/no-value.tsx';
import { formatMoney } from '../forms/money.ts';
import { InvoiceStatusBadge } from './invoice-status-badge.tsx';
import { formatShortDay, invoiceTitle } from './invoice-text.ts';
import './invoices.css';

type InvoiceTableProps = { items: InvoiceSummary[]; caption: string; showClient?: boolean };

export function InvoiceTable({ items, caption, showClient = true }: InvoiceTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <table className="invoice-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('invoices.columns.number')}</th>
          {showClient && <th scope="col">{t('invoices.columns.client')}</th>}
          <th scope="col">{t('invoices.columns.kind')}</th>
          <th scope="col">{t('invoices.columns.issued')}</th>
          <th scope="col">{t('invoices.columns.due')}</th>
          <th scope="col" className="invoice-table__money">
            {t('invoices.columns.total')}
          </th>
          <th scope="col" className="invoice-table__money">
            {t('invoices.columns.balance')}
          </th>
          <th scope="col">{t('invoices.columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((invoice) => (
          <tr key={invoice.id}>
            <th scope="row" className="invoice-table__number">
              <Link to={`/invoices/${invoice.id}`}>{invoiceTitle(invoice, t)}</Link>
            </th>
            {showClient && (
              <td data-label={t('invoices.columns.client')}>
                <Link to={`/clients/${invoice.clientId}`} className="invoice-table__client">
                  {invoice.clientName}
                </Link>
              </td>
            )}
            <td data-label={t('invoices.columns.kind')}>{t(`invoices.kinds.${invoice.kind}`)}</td>
            <td data-label={t('invoices.columns.issued')} className="invoice-table__date">{invoice.issueDate ? formatShortDay(invoice.issueDate, language) : <NoValue />}</td>
            <td data-label={t('invoices.columns.due')} className="invoice-table__date">{invoice.dueOn ? formatShortDay(invoice.dueOn, language) : <NoValue />}</td>
            <td data-label={t('invoices.columns.total')} className="invoice-table__money">
              {formatMoney(invoice.total, invoice.currency, language)}
            </td>
            <td data-label={t('invoices.columns.balance')} className="invoice-table__money">
              {invoice.status === 'draft' || invoice.status === 'void' ? <NoValue /> : formatMoney(invoice.balance, invoice.currency, language)}
            </td>
            <td data-label={t('invoices.columns.status')}>
              <InvoiceStatusBadge status={invoice.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
