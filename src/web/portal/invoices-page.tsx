// The client's invoices in their portal: each with its status, due date, total and what is still due, newest first.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listPortalInvoices } from '../api/portal-invoices.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { formatDay } from '../agreements/describe.ts';
import { formatMoney } from '../forms/money.ts';
import { BackToPortal, usePortal } from './portal-layout.tsx';
import { portalInvoicePath } from './sections.ts';
import { invoiceStatusWord } from './invoice-words.ts';
import { InvoiceTitle } from './invoice-title.tsx';
import './portal-invoices.css';

export function PortalInvoicesPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { token, home } = usePortal();
  const list = useResource((signal) => listPortalInvoices(token, signal), [token]);
  usePageTitle(t('portalInvoices.listTitle'));
  const items = list.data?.items;

  return (
    <div className="page page--narrow portal-page">
      <BackToPortal />
      <PageHeading>{t('portalInvoices.listTitle')}</PageHeading>
      <p className="lead">{t('portalInvoices.listIntro', { freelancer: home.freelancerName })}</p>
      {list.error !== undefined ? (
        <ErrorAlert error={list.error} onRetry={list.reload} />
      ) : !items ? (
        <LoadingState label={t('portalInvoices.loading')} />
      ) : items.length === 0 ? (
        <EmptyState title={t('portalInvoices.emptyTitle')}>
          <p>{t('portalInvoices.emptyBody', { freelancer: home.freelancerName })}</p>
        </EmptyState>
      ) : (
        <ul className="portal-invoice-list" aria-label={t('portalInvoices.listLabel')}>
          {items.map((invoice) => {
            const status = invoiceStatusWord(invoice, t);
            const isOpen = invoice.balance > 0 && !invoice.isCorrective;
            return (
              <li key={invoice.id} className="card portal-invoice-list__item">
                <div className="portal-invoice-list__top">
                  <Link to={portalInvoicePath(token, invoice.id)} className="portal-invoice-list__title">
                    <InvoiceTitle invoice={invoice} />
                  </Link>
                  <span className={`badge portal-invoice-status portal-invoice-status--${status.tone}`}>{status.label}</span>
                </div>
                <p className="muted portal-invoice-list__meta">
                  {[invoice.kind !== 'standard' ? t(`portalInvoices.kinds.${invoice.kind}`) : undefined, t('portalInvoices.issuedOn', { date: formatDay(invoice.issueDate, language) }), isOpen ? t(invoice.status === 'overdue' ? 'portalInvoices.dueWas' : 'portalInvoices.dueOn', { date: formatDay(invoice.dueOn, language) }) : undefined]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <dl className="portal-invoice-list__amounts">
                  <div>
                    <dt>{t('portalInvoices.total')}</dt>
                    <dd>{formatMoney(invoice.total, invoice.currency, language)}</dd>
                  </div>
                  <div>
                    <dt>{t('portalInvoices.stillDue')}</dt>
                    <dd className={isOpen ? 'portal-invoice-list__due' : undefined}>{isOpen ? formatMoney(invoice.balance, invoice.currency, language) : t('portalInvoices.nothingDue')}</dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
