// One invoice in the client's portal: a banner that says plainly whether anything is due, the invoice as issued (printable),
// its PDF, the payments received and, when the terms include them, the late fees as of today.
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { getPortalInvoice, portalInvoicePdfUrl, type PortalInvoice } from '../api/portal-invoices.ts';
import { ApiError } from '../api/http.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { formatDay } from '../agreements/describe.ts';
import { formatMoney } from '../forms/money.ts';
import { formatNumber } from '../i18n/format.ts';
import { usePortal } from './portal-layout.tsx';
import { portalPath } from './sections.ts';
import { describeLateFeeRule, formatPercent, invoiceStatusWord, invoiceTitle } from './invoice-words.ts';
import { InvoiceTitle } from './invoice-title.tsx';
import './portal-invoices.css';

type Format = { money(minor: number): string; day(date: string): string; language: string; t: TFunction };

function BackToInvoices({ token }: { token: string }) {
  const { t } = useTranslation();
  return (
    <p className="portal-back">
      <Link to={portalPath(token, 'invoices')}>
        <span aria-hidden="true">← </span>
        {t('portalInvoices.back')}
      </Link>
    </p>
  );
}

/** The one thing the client came to learn: is anything due, by when, and (when late) what the terms say happens next. */
function Banner({ invoice, freelancer, f }: { invoice: PortalInvoice; freelancer: string; f: Format }) {
  const { t } = f;
  const b = (key: string, vars: Record<string, unknown> = {}) => t(`portalInvoices.banner.${key}`, vars);
  let tone: 'paid' | 'due' | 'overdue' | 'settled';
  let title: string;
  const body: string[] = [];
  if (invoice.isCorrective) {
    [tone, title] = ['settled', b('correctiveTitle')];
    body.push(b('correctiveBody', { number: invoice.correctsNumber ?? '' }));
  } else if (invoice.status === 'void') {
    [tone, title] = ['settled', b('voidTitle')];
    body.push(b('voidBody', { number: invoice.correctedByNumber ?? '' }));
  } else if (invoice.balance <= 0) {
    [tone, title] = ['paid', b('paidTitle')];
    body.push(invoice.paidInFullOn ? b('paidOn', { date: f.day(invoice.paidInFullOn) }) : b('paidNothingDue'));
  } else if (invoice.status === 'overdue') {
    [tone, title] = ['overdue', b('overdueTitle', { amount: f.money(invoice.balance), date: f.day(invoice.dueOn) })];
    if (invoice.paid > 0) body.push(b('partlyPaid', { paid: f.money(invoice.paid) }));
    body.push(b('overdueBody', { freelancer }));
    if (invoice.lateFees.rule) body.push(lateFeeTerms(invoice, f));
  } else {
    [tone, title] = ['due', b('dueTitle', { amount: f.money(invoice.balance), date: f.day(invoice.dueOn) })];
    body.push(invoice.paid > 0 ? b('partlyPaid', { paid: f.money(invoice.paid) }) : b('dueBody', { total: f.money(invoice.total) }));
  }
  return (
    <div className={`portal-invoice-banner portal-invoice-banner--${tone}`}>
      <p className="portal-invoice-banner__title">{title}</p>
      {body.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </div>
  );
}

function lateFeeTerms(invoice: PortalInvoice, { t, language }: Format): string {
  const { rule, basis, effectiveOn } = invoice.lateFees;
  if (!rule) return '';
  const words = describeLateFeeRule(rule, invoice.currency, language, t);
  return basis === 'policy_letter' && effectiveOn ? t('portalInvoices.lateFees.letter', { date: formatDay(effectiveOn, language), rule: words }) : t('portalInvoices.lateFees.terms', { rule: words });
}

function Party({ title, party }: { title: string; party: PortalInvoice['seller'] }) {
  const { t } = useTranslation();
  return (
    <div className="portal-invoice-party">
      <h3 className="portal-invoice-party__title">{title}</h3>
      <p className="portal-invoice-party__name">{party.name}</p>
      {party.taxId && <p>{t('portalInvoices.document.taxId', { taxId: party.taxId })}</p>}
      {party.address && <p className="portal-invoice-party__address">{party.address}</p>}
    </div>
  );
}

function InvoiceDocument({ invoice, f }: { invoice: PortalInvoice; f: Format }) {
  const { t, money, day, language } = f;
  const d = (key: string, vars: Record<string, unknown> = {}) => t(`portalInvoices.document.${key}`, vars);
  const headingId = useId();
  const hasDiscount = invoice.lines.some((line) => line.discount !== 0);
  const showsPayments = invoice.paid > 0 && !invoice.isCorrective;
  return (
    <section className="card portal-invoice-document" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {d('title')}
      </h2>
      <div className="portal-invoice-document__parties">
        <Party title={d('seller')} party={invoice.seller} />
        <Party title={d('buyer')} party={invoice.buyer} />
      </div>
      <dl className="portal-invoice-facts">
        <div>
          <dt>{d('number')}</dt>
          <dd>{invoice.number}</dd>
        </div>
        {invoice.kind !== 'standard' && (
          <div>
            <dt>{d('type')}</dt>
            <dd>{t(`portalInvoices.kinds.${invoice.kind}`)}</dd>
          </div>
        )}
        <div>
          <dt>{d('issueDate')}</dt>
          <dd>{day(invoice.issueDate)}</dd>
        </div>
        {invoice.operationDate && invoice.operationDate !== invoice.issueDate && (
          <div>
            <dt>{d('operationDate')}</dt>
            <dd>{day(invoice.operationDate)}</dd>
          </div>
        )}
        {!invoice.isCorrective && (
          <div>
            <dt>{d('dueDate')}</dt>
            <dd>{day(invoice.dueOn)}</dd>
          </div>
        )}
      </dl>

      <table className="data-table portal-invoice-table portal-invoice-lines">
        <caption className="visually-hidden">{d('linesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{d('description')}</th>
            <th scope="col" className="portal-invoice-table__number">
              {d('quantity')}
            </th>
            <th scope="col" className="portal-invoice-table__number">
              {d('unitPrice')}
            </th>
            {hasDiscount && (
              <th scope="col" className="portal-invoice-table__number">
                {d('discount')}
              </th>
            )}
            <th scope="col" className="portal-invoice-table__number">
              {d('taxRate')}
            </th>
            <th scope="col" className="portal-invoice-table__number">
              {d('amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((line, index) => (
            <tr key={index}>
              <th scope="row" className="portal-invoice-lines__description">
                {line.description}
              </th>
              <td className="portal-invoice-table__number" data-label={d('quantity')}>
                {formatNumber(line.quantity, language)}
              </td>
              <td className="portal-invoice-table__number" data-label={d('unitPrice')}>
                {money(line.unitPrice)}
              </td>
              {hasDiscount && (
                <td className="portal-invoice-table__number" data-label={d('discount')}>
                  {line.discount === 0 ? '' : money(line.discount)}
                </td>
              )}
              <td className="portal-invoice-table__number" data-label={d('taxRate')}>
                {formatPercent(line.taxRate, language)}
              </td>
              <td className="portal-invoice-table__number" data-label={d('amount')}>
                {money(line.base)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="portal-invoice-document__sums">
        <table className="data-table portal-invoice-table portal-invoice-taxes">
          <caption>{d('taxesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{d('rate')}</th>
              <th scope="col" className="portal-invoice-table__number">
                {d('base')}
              </th>
              <th scope="col" className="portal-invoice-table__number">
                {d('tax')}
              </th>
            </tr>
          </thead>
          <tbody>
            {invoice.taxes.map((row) => (
              <tr key={row.taxRate}>
                <th scope="row">{formatPercent(row.taxRate, language)}</th>
                <td className="portal-invoice-table__number" data-label={d('base')}>
                  {money(row.base)}
                </td>
                <td className="portal-invoice-table__number" data-label={d('tax')}>
                  {money(row.tax)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>

        <dl className="portal-invoice-totals" aria-label={d('totalsLabel')}>
          <div>
            <dt>{d('base')}</dt>
            <dd>{money(invoice.base)}</dd>
          </div>
          <div>
            <dt>{d('tax')}</dt>
            <dd>{money(invoice.tax)}</dd>
          </div>
          {invoice.withholdingRate > 0 && (
            <div>
              <dt>{d('withholding', { rate: formatPercent(invoice.withholdingRate, language) })}</dt>
              <dd>{money(-invoice.withholding)}</dd>
            </div>
          )}
          <div className="portal-invoice-totals__strong">
            <dt>{d('total')}</dt>
            <dd>{money(invoice.total)}</dd>
          </div>
          {showsPayments && (
            <>
              <div>
                <dt>{d('paid')}</dt>
                <dd>{money(-invoice.paid)}</dd>
              </div>
              <div className="portal-invoice-totals__strong">
                <dt>{d('balance')}</dt>
                <dd>{money(invoice.balance)}</dd>
              </div>
            </>
          )}
        </dl>
      </div>

      {invoice.isCorrective && invoice.correctsNumber && <p className="portal-invoice-notes">{d('corrects', { number: invoice.correctsNumber })}</p>}
      {invoice.notes && (
        <div className="portal-invoice-notes">
          <h3 className="portal-invoice-party__title">{d(invoice.isCorrective ? 'reason' : 'notes')}</h3>
          <p>{invoice.notes}</p>
        </div>
      )}
    </section>
  );
}

function Payments({ invoice, f }: { invoice: PortalInvoice; f: Format }) {
  const headingId = useId();
  const { t } = f;
  return (
    <section className="card portal-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('portalInvoices.payments.title')}</h2>
      {invoice.payments.length === 0 ? (
        <p className="muted">{t('portalInvoices.payments.empty')}</p>
      ) : (
        <ul className="portal-list">
          {invoice.payments.map((payment, index) => (
            <li key={index}>{t('portalInvoices.payments.item', { amount: f.money(payment.amount), date: f.day(payment.paidOn) })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The terms for paying late, what was charged and the interest as of today; when overdue the banner already states the terms. */
function LateFees({ invoice, f }: { invoice: PortalInvoice; f: Format }) {
  const headingId = useId();
  const { t } = f;
  const fees = invoice.lateFees;
  const hasInterest = fees.accruedInterest !== null && fees.accruedInterest > 0;
  const isOverdue = invoice.status === 'overdue';
  if (isOverdue && fees.charges.length === 0 && !hasInterest) return null;
  return (
    <section className="card portal-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('portalInvoices.lateFees.title')}</h2>
      {!isOverdue && <p>{lateFeeTerms(invoice, f)}</p>}
      {fees.charges.length > 0 && (
        <>
          <p>{t('portalInvoices.lateFees.charged', { amount: f.money(fees.chargedTotal) })}</p>
          <ul className="portal-list" aria-label={t('portalInvoices.lateFees.chargesLabel')}>
            {fees.charges.map((charge, index) => (
              <li key={index}>{t('portalInvoices.lateFees.chargeItem', { reason: t(`portalInvoices.lateFees.reasons.${charge.reason}`), amount: f.money(charge.amount), date: f.day(charge.chargedOn) })}</li>
            ))}
          </ul>
        </>
      )}
      {hasInterest && <p>{t('portalInvoices.lateFees.interest', { amount: f.money(fees.accruedInterest ?? 0), date: f.day(fees.asOf) })}</p>}
    </section>
  );
}

export function PortalInvoicePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { token, home } = usePortal();
  const { invoiceId = '' } = useParams();
  const resource = useResource((signal) => getPortalInvoice(token, invoiceId, signal), [token, invoiceId]);
  const invoice = resource.data;
  usePageTitle(invoice ? invoiceTitle(invoice, t) : t('portalInvoices.loadingOne'));

  if (resource.error !== undefined) {
    const isMissing = resource.error instanceof ApiError && resource.error.status === 404;
    return (
      <div className="page page--narrow portal-page">
        <BackToInvoices token={token} />
        <PageHeading>{isMissing ? t('portal.gone.title') : t('portalInvoices.loadingOne')}</PageHeading>
        {isMissing ? (
          <div className="card portal-gone">
            <p>{t('portal.gone.body')}</p>
            <p className="muted">{t('portal.gone.hint')}</p>
          </div>
        ) : (
          <ErrorAlert error={resource.error} onRetry={resource.reload} />
        )}
      </div>
    );
  }
  if (!invoice) {
    return (
      <div className="page page--narrow portal-page">
        <LoadingState label={t('portalInvoices.loadingOne')} />
      </div>
    );
  }

  const f: Format = { t, language, money: (minor) => formatMoney(minor, invoice.currency, language), day: (date) => formatDay(date, language) };
  const status = invoiceStatusWord(invoice, t);
  // Once paid on time, the late-fee terms no longer concern the client; charges already made stay visible.
  const hasLateFeeTerms = invoice.lateFees.rule !== null && !invoice.isCorrective && invoice.status !== 'void' && (invoice.balance > 0 || invoice.lateFees.charges.length > 0);
  return (
    <div className="page portal-page portal-invoice">
      <BackToInvoices token={token} />
      <header className="portal-invoice__header">
        <div>
          <PageHeading>
            <InvoiceTitle invoice={invoice} />
          </PageHeading>
          <p className="muted portal-invoice__meta">
            {t('portalInvoices.from', { seller: invoice.seller.name || home.freelancerName })} · {t('portalInvoices.issuedOn', { date: f.day(invoice.issueDate) })}
          </p>
        </div>
        <span className={`badge portal-invoice-status portal-invoice-status--${status.tone}`}>{status.label}</span>
      </header>
      <Banner invoice={invoice} freelancer={home.freelancerName} f={f} />
      <div className="portal-invoice__tools" role="group" aria-label={t('portalInvoices.actionsLabel')}>
        <a className="button button--primary" href={portalInvoicePdfUrl(token, invoice.id)} download>
          {t('portalInvoices.downloadPdf')}
        </a>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('portalInvoices.print')}
        </button>
      </div>
      <InvoiceDocument invoice={invoice} f={f} />
      {!invoice.isCorrective && invoice.status !== 'void' && <Payments invoice={invoice} f={f} />}
      {hasLateFeeTerms && <LateFees invoice={invoice} f={f} />}
    </div>
  );
}
