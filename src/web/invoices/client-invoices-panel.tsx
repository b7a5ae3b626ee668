// A client's invoices on their page: the latest five with a link to all of them, "New invoice", and how they pay
// (on-time rate, average days late and its trend, promises kept and broken, what is still owed).
import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getPaymentBehaviour, listInvoices, type InvoiceSummary, type PaymentBehaviourData } from '../api/invoices.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { formatMoney } from '../forms/money.ts';
import { formatNumber } from '../i18n/format.ts';
import { localeFor } from '../i18n/language.ts';
import { InvoiceStatusBadge } from './invoice-status-badge.tsx';
import { formatShortDay, invoiceTitle } from './invoice-text.ts';
import './invoices.css';

/** The side column is narrow: one short card per invoice instead of a table. */
function InvoiceMiniList({ items, label }: { items: InvoiceSummary[]; label: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <ul className="invoice-mini-list" aria-label={label}>
      {items.map((invoice) => (
        <li key={invoice.id} className="invoice-mini-list__item">
          <div className="invoice-mini-list__top">
            <Link to={`/invoices/${invoice.id}`} className="invoice-mini-list__title">
              {invoiceTitle(invoice, t)}
            </Link>
            <InvoiceStatusBadge status={invoice.status} />
          </div>
          <p className="muted invoice-mini-list__meta">
            {[
              formatMoney(invoice.total, invoice.currency, language),
              invoice.status !== 'draft' && invoice.status !== 'void' && invoice.balance > 0 ? t('invoices.panel.owed', { amount: formatMoney(invoice.balance, invoice.currency, language) }) : undefined,
              invoice.dueOn ? t('invoices.panel.due', { date: formatShortDay(invoice.dueOn, language) }) : undefined,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}

function PaymentBehaviourFacts({ behaviour, currency }: { behaviour: PaymentBehaviourData; currency: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const hasHistory = behaviour.paidInvoices > 0 || behaviour.promisesKept + behaviour.promisesBroken + behaviour.promisesPending > 0;
  return (
    <div className="client-invoices__behaviour">
      <h3 className="invoice-party__title">{t('invoices.behaviour.title')}</h3>
      {!hasHistory && <p className="muted">{t('invoices.behaviour.empty')}</p>}
      <dl className="invoice-facts">
        {behaviour.paidInvoices > 0 && (
          <>
            <div>
              <dt>{t('invoices.behaviour.onTime')}</dt>
              <dd>
                {behaviour.onTimeRate === null
                  ? '—'
                  : t('invoices.behaviour.onTimeValue', { rate: new Intl.NumberFormat(localeFor(language), { style: 'percent', maximumFractionDigits: 0 }).format(behaviour.onTimeRate), count: behaviour.paidInvoices })}
              </dd>
            </div>
            <div>
              <dt>{t('invoices.behaviour.averageLate')}</dt>
              <dd>{behaviour.averageDaysLate === null ? '—' : t('invoices.behaviour.days', { count: behaviour.averageDaysLate, value: formatNumber(behaviour.averageDaysLate, language) })}</dd>
            </div>
            <div>
              <dt>{t('invoices.behaviour.trend')}</dt>
              <dd>{t(`invoices.behaviour.trends.${behaviour.trend}`)}</dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('invoices.behaviour.promises')}</dt>
          <dd>{t('invoices.behaviour.promisesValue', { kept: behaviour.promisesKept, broken: behaviour.promisesBroken, pending: behaviour.promisesPending })}</dd>
        </div>
        <div>
          <dt>{t('invoices.behaviour.openBalance')}</dt>
          <dd>{formatMoney(behaviour.openBalance, currency, language)}</dd>
        </div>
      </dl>
    </div>
  );
}

export function ClientInvoicesPanel({ clientId, currency }: { clientId: string; currency: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const invoices = useResource((signal) => listInvoices({ clientId, limit: 5 }, signal), [clientId]);
  const behaviour = useResource((signal) => getPaymentBehaviour(clientId, signal), [clientId]);
  const data = invoices.data;

  return (
    <section className="card client-invoices" aria-labelledby={headingId}>
      <div className="invoice-panel__header">
        <h2 id={headingId} className="section-title">
          {t('invoices.panel.title')}
        </h2>
        <Link to={`/invoices/new?clientId=${encodeURIComponent(clientId)}`} className="button button--secondary button--small">
          {t('invoices.new')}
        </Link>
      </div>
      {invoices.error !== undefined ? (
        <ErrorAlert error={invoices.error} onRetry={invoices.reload} />
      ) : !data ? (
        <LoadingState label={t('invoices.list.loading')} />
      ) : data.items.length === 0 ? (
        <p className="muted">{t('invoices.panel.empty')}</p>
      ) : (
        <>
          <InvoiceMiniList items={data.items} label={t('invoices.panel.title')} />
          <p>
            <Link to={`/invoices?clientId=${encodeURIComponent(clientId)}`}>{t('invoices.panel.seeAll', { count: data.total })}</Link>
          </p>
        </>
      )}
      {behaviour.error !== undefined ? (
        <ErrorAlert error={behaviour.error} onRetry={behaviour.reload} />
      ) : behaviour.data ? (
        <PaymentBehaviourFacts behaviour={behaviour.data} currency={currency} />
      ) : null}
    </section>
  );
}
