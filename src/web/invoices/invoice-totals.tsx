// Base and tax per rate, the withholding and the total: the same block for a draft being typed and an issued invoice.
import { useTranslation } from 'react-i18next';
import type { InvoiceTotals as DomainTotals } from '../../domain/invoicing/invoice-lines.ts';
import { formatMoney } from '../forms/money.ts';
import { formatPercent } from './invoice-text.ts';

export type TotalsView = {
  taxes: { taxRate: number; base: number; tax: number }[];
  base: number;
  tax: number;
  withholdingRate: number;
  withholding: number;
  total: number;
};

/** The domain's totals (basis points) in the API's shape (percent). */
export function totalsView(totals: DomainTotals): TotalsView {
  return {
    taxes: totals.byRate.map((rate) => ({ taxRate: rate.taxRateBp / 100, base: rate.base, tax: rate.tax })),
    base: totals.base,
    tax: totals.tax,
    withholdingRate: totals.withholdingRateBp / 100,
    withholding: totals.withholding,
    total: totals.total,
  };
}

export function InvoiceTotals({ totals, currency, caption }: { totals: TotalsView; currency: string; caption: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const money = (minor: number) => formatMoney(minor, currency, language);
  return (
    <div className="invoice-totals">
      {totals.taxes.length > 0 && (
        <table className="data-table invoice-totals__rates">
          <caption className="invoice-totals__caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('invoices.totals.rate')}</th>
              <th scope="col" className="invoice-table__money">
                {t('invoices.totals.base')}
              </th>
              <th scope="col" className="invoice-table__money">
                {t('invoices.totals.tax')}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.taxes.map((rate) => (
              <tr key={rate.taxRate}>
                <th scope="row">{formatPercent(rate.taxRate, language)}</th>
                <td className="invoice-table__money">{money(rate.base)}</td>
                <td className="invoice-table__money">{money(rate.tax)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <dl className="invoice-totals__sums">
        <div>
          <dt>{t('invoices.totals.taxableBase')}</dt>
          <dd>{money(totals.base)}</dd>
        </div>
        <div>
          <dt>{t('invoices.totals.taxTotal')}</dt>
          <dd>{money(totals.tax)}</dd>
        </div>
        {totals.withholdingRate > 0 && (
          <div>
            <dt>{t('invoices.totals.withholding', { rate: formatPercent(totals.withholdingRate, language) })}</dt>
            <dd>{money(-totals.withholding)}</dd>
          </div>
        )}
        <div className="invoice-totals__total">
          <dt>{t('invoices.totals.total')}</dt>
          <dd>{money(totals.total)}</dd>
        </div>
      </dl>
    </div>
  );
}
