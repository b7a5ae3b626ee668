// One invoice. A draft is edited and issued here; an issued invoice shows what is owed and lets the freelancer record
// payments and promises, follow reminders and late fees, download the PDF, void it, and bill its late fees.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getInvoice, getInvoicingSettings, type Invoice, type VoidedInvoiceData } from '../api/invoices.ts';
import { getClient } from '../api/clients.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { NoValue } from '../components/no-value.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { formatMoney } from '../forms/money.ts';
import { formatDay } from '../agreements/describe.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { formatDate } from '../i18n/format.ts';
import { InvoiceStatusBadge } from '../invoices/invoice-status-badge.tsx';
import { DraftInvoice } from '../invoices/draft-invoice.tsx';
import { InvoiceDocument } from '../invoices/invoice-document.tsx';
import { IssuedActions } from '../invoices/issued-actions.tsx';
import { PaymentsPanel } from '../invoices/payments-panel.tsx';
import { PromisesPanel } from '../invoices/promises-panel.tsx';
import { RemindersPanel } from '../invoices/reminders-panel.tsx';
import { LateFeesPanel } from '../invoices/late-fees-panel.tsx';
import { BillingOrigin, CorrectedInvoiceLink, CorrectiveInvoiceLink } from '../invoices/invoice-links.tsx';
import { invoiceTitle, todayFor } from '../invoices/invoice-text.ts';
import '../invoices/invoices.css';

function AmountsSummary({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const money = (minor: number) => formatMoney(minor, invoice.currency, language);
  if (invoice.series === 'corrective') {
    return (
      <dl className="card invoice-amounts">
        <div>
          <dt>{t('invoices.summary.total')}</dt>
          <dd>{money(invoice.total)}</dd>
        </div>
        <div>
          <dt>{t('invoices.document.issueDate')}</dt>
          <dd>{invoice.issueDate ? formatDay(invoice.issueDate, language) : <NoValue />}</dd>
        </div>
      </dl>
    );
  }
  return (
    <dl className="card invoice-amounts">
      <div>
        <dt>{t('invoices.summary.total')}</dt>
        <dd>{money(invoice.total)}</dd>
      </div>
      <div>
        <dt>{t('invoices.summary.paid')}</dt>
        <dd>{money(invoice.paid)}</dd>
      </div>
      <div className="invoice-amounts__balance">
        <dt>{t('invoices.summary.balance')}</dt>
        <dd>{invoice.status === 'void' ? <NoValue /> : money(invoice.balance)}</dd>
      </div>
      <div>
        <dt>{t('invoices.summary.dueOn')}</dt>
        <dd>{invoice.dueOn ? formatDay(invoice.dueOn, language) : <NoValue />}</dd>
      </div>
    </dl>
  );
}

export function InvoicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { showToast } = useToast();
  const formatContext = useFormatContext();
  const resource = useResource((signal) => getInvoice(id, signal), [id]);
  const invoice = resource.data;
  const clientId = invoice?.clientId;
  const client = useResource((signal) => (clientId ? getClient(clientId, signal) : Promise.resolve(undefined)), [clientId]);
  const isDraft = invoice?.status === 'draft';
  const settings = useResource((signal) => (isDraft ? getInvoicingSettings(signal) : Promise.resolve(undefined)), [isDraft]);
  const [corrective, setCorrective] = useState<Invoice>();
  usePageTitle(invoice ? invoiceTitle(invoice, t) : t('invoices.title.generic'));

  if (resource.error !== undefined) {
    return (
      <div className="page">
        <PageHeading>{t('invoices.title.generic')}</PageHeading>
        <ErrorAlert error={resource.error} onRetry={resource.reload} />
        <p>
          <Link to="/invoices">{t('invoices.backToList')}</Link>
        </p>
      </div>
    );
  }
  if (!invoice) {
    return (
      <div className="page">
        <LoadingState label={t('invoices.loading')} />
      </div>
    );
  }

  const clientName = client.data?.name;
  const today = todayFor(invoice, formatContext.timeZone);

  function afterVoid(result: VoidedInvoiceData) {
    resource.setData(result.voided);
    setCorrective(result.corrective);
    showToast(t('invoices.void.voidedToast', { number: result.corrective.number ?? '' }));
  }

  return (
    <div className="page invoice-page">
      <p className="back-link">
        <Link to="/invoices">
          <span aria-hidden="true">← </span>
          {t('invoices.list.title')}
        </Link>
      </p>
      <header className="invoice-page__header">
        <div className="invoice-page__heading">
          <PageHeading>{invoiceTitle(invoice, t)}</PageHeading>
          <p className="muted invoice-page__meta">
            <Link to={`/clients/${invoice.clientId}`}>{clientName ?? invoice.buyer.name}</Link>
            {' · '}
            {t(`invoices.kinds.${invoice.kind}`)}
            {' · '}
            <InvoiceStatusBadge status={invoice.status} />
          </p>
          <BillingOrigin invoice={invoice} />
          {invoice.correctsInvoiceId && <CorrectedInvoiceLink invoiceId={invoice.correctsInvoiceId} />}
          {invoice.status === 'void' && <CorrectiveInvoiceLink invoice={invoice} knownCorrective={corrective} />}
        </div>
        {!isDraft && <IssuedActions invoice={invoice} onVoided={afterVoid} />}
      </header>

      {isDraft ? (
        <>
          <p className="lead">{t('invoices.draftIntro')}</p>
          {settings.data === undefined && settings.error === undefined ? (
            <LoadingState label={t('invoices.editor.loading')} />
          ) : (
            <DraftInvoice
              invoice={invoice}
              clientName={clientName}
              buyerNameFallback={client.data ? client.data.company || client.data.name : undefined}
              defaultTaxRate={settings.data?.settings.defaultTaxRate ?? 0}
              paymentTermsDays={settings.data?.settings.paymentTermsDays}
              onChanged={resource.setData}
              onReload={resource.reload}
            />
          )}
        </>
      ) : (
        <>
          {invoice.status === 'void' && (
            <div className="alert alert--info">
              <p>{t('invoices.void.isVoid', { date: invoice.voidedAt ? formatDate(invoice.voidedAt, formatContext) : '', reason: invoice.voidReason })}</p>
            </div>
          )}
          <AmountsSummary invoice={invoice} />
          {/* A void invoice and a corrective one are settled records: nothing to collect, remind or charge. */}
          {invoice.status === 'void' || invoice.series === 'corrective' ? (
            <InvoiceDocument invoice={invoice} />
          ) : (
            <div className="invoice-page__layout">
              <div className="invoice-page__main">
                <InvoiceDocument invoice={invoice} />
              </div>
              <div className="invoice-page__aside">
                <PaymentsPanel invoice={invoice} today={today} onChanged={resource.setData} />
                <PromisesPanel invoice={invoice} today={today} onChanged={resource.setData} />
                <LateFeesPanel invoice={invoice} />
                <RemindersPanel invoice={invoice} />
              </div>
            </div>
          )}
        </>
      )}
    </div>
  );
}
