// An issued invoice as it reads: seller and buyer, dates, lines, base and tax per rate, withholding and total, notes.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../api/invoices.ts';
import { NoValue } from '../components/no-value.tsx';
import { formatMoney } from '../forms/money.ts';
import { formatDay } from '../agreements/describe.ts';
import { formatNumber } from '../i18n/format.ts';
import { InvoiceTotals } from './invoice-totals.tsx';
import { formatPercent } from './invoice-text.ts';

function PartyBlock({ title, party }: { title: string; party: Invoice['seller'] }) {
  const { t } = useTranslation();
  return (
    <div className="invoice-party">
      <h3 className="invoice-party__title">{title}</h3>
      <p className="invoice-party__name">{party.name || <NoValue />}</p>
      {party.taxId && <p>{t('invoices.document.taxId', { taxId: party.taxId })}</p>}
      {party.address && <p className="invoice-party__address">{party.address}</p>}
    </div>
  );
}

export function InvoiceDocument({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const language = i18n.language;
  const money = (minor: number) => formatMoney(minor, invoice.currency, language);
  return (
    <section className="card invoice-document" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('invoices.document.title')}
      </h2>
      <div className="invoice-document__parties">
        <PartyBlock title={t('invoices.document.seller')} party={invoice.seller} />
        <PartyBlock title={t('invoices.document.buyer')} party={invoice.buyer} />
      </div>
      <dl className="invoice-facts">
        <div>
          <dt>{t('invoices.document.issueDate')}</dt>
          <dd>{invoice.issueDate ? formatDay(invoice.issueDate, language) : <NoValue />}</dd>
        </div>
        <div>
          <dt>{t('invoices.document.operationDate')}</dt>
          <dd>{invoice.operationDate ? formatDay(invoice.operationDate, language) : <NoValue />}</dd>
        </div>
        <div>
          <dt>{t('invoices.document.language')}</dt>
          <dd>{t(`languages.${invoice.language}`)}</dd>
        </div>
      </dl>
      <div className="invoice-scroll">
        <table className="data-table invoice-subtable invoice-stack invoice-document__lines">
          <caption className="visually-hidden">{t('invoices.document.linesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('invoices.fields.description')}</th>
              <th scope="col" className="invoice-table__money">
                {t('invoices.fields.quantity')}
              </th>
              <th scope="col" className="invoice-table__money">
                {t('invoices.fields.unitPrice')}
              </th>
              <th scope="col" className="invoice-table__money">
                {t('invoices.fields.discount')}
              </th>
              <th scope="col" className="invoice-table__money">
                {t('invoices.document.rate')}
              </th>
              <th scope="col" className="invoice-table__money">
                {t('invoices.totals.base')}
              </th>
            </tr>
          </thead>
          <tbody>
            {invoice.lines.map((line, index) => (
              <tr key={index}>
                <th scope="row" className="invoice-subtable__text">
                  {line.description}
                </th>
                <td className="invoice-table__money" data-label={t('invoices.fields.quantity')}>
                  {formatNumber(line.quantity, language)}
                </td>
                <td className="invoice-table__money" data-label={t('invoices.fields.unitPrice')}>
                  {money(line.unitPrice)}
                </td>
                <td className="invoice-table__money" data-label={t('invoices.fields.discount')}>
                  {line.discount ? money(line.discount) : <NoValue />}
                </td>
                <td className="invoice-table__money" data-label={t('invoices.document.rate')}>
                  {formatPercent(line.taxRate, language)}
                </td>
                <td className="invoice-table__money" data-label={t('invoices.totals.base')}>
                  {money(line.base)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <InvoiceTotals totals={invoice} currency={invoice.currency} caption={t('invoices.totals.perRate')} />
      {invoice.notes && (
        <div className="invoice-document__notes">
          <h3 className="invoice-party__title">{invoice.series === 'corrective' ? t('invoices.document.correctionReason') : t('invoices.document.notes')}</h3>
          <p>{invoice.notes}</p>
        </div>
      )}
    </section>
  );
}
