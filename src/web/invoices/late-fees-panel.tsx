// Late fees on an issued invoice, never a surprise: why they may apply (the invoice's terms, or a policy letter from its
// effective date), what was charged, the statutory interest accrued as of today, reference rates still to enter in the
// settings, and "Issue late-fee invoice" to bill what was charged.
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';
import { issueLateFeeInvoice, type Invoice } from '../api/invoices.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { describeError } from '../components/describe-error.ts';
import { formatMoney } from '../forms/money.ts';
import { formatDay } from '../agreements/describe.ts';
import { formatShortDay, halfYearText, invoiceTitle, lateFeeRuleText } from './invoice-text.ts';

export function LateFeesPanel({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const headingId = useId();
  const language = i18n.language;
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<{ message: string; needsRates?: boolean }>();
  const fees = invoice.lateFees;
  const money = (minor: number) => formatMoney(minor, invoice.currency, language);
  const canBill = invoice.status !== 'void' && (fees.chargedTotal > 0 || (fees.accruedInterest ?? 0) > 0);
  const hasNothing = fees.basis === null && fees.charges.length === 0;

  async function issue() {
    setIsBusy(true);
    setError(undefined);
    try {
      const created = await issueLateFeeInvoice(invoice.id);
      setIsConfirming(false);
      showToast(t('invoices.lateFees.invoiceIssued', { title: invoiceTitle(created, t) }));
      void navigate(`/invoices/${created.id}`);
    } catch (caught) {
      setIsConfirming(false);
      // A server without this action yet answers 404; 422 names the missing reference rates, or says nothing is left to bill.
      if (caught instanceof ApiError && caught.status === 404) setError({ message: t('invoices.lateFees.invoiceUnavailable') });
      else if (caught instanceof ApiError && caught.status === 422 && caught.fieldErrors.some((problem) => /Rates$/.test(problem.field))) setError({ message: t('invoices.lateFees.needsRates'), needsRates: true });
      else if (caught instanceof ApiError && caught.status === 422) setError({ message: t('invoices.lateFees.nothingToBill') });
      else setError({ message: describeError(caught, t) });
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section className="card invoice-panel" aria-labelledby={headingId}>
      <div className="invoice-panel__header">
        <h2 id={headingId} className="section-title">
          {t('invoices.lateFees.title')}
        </h2>
        {canBill && (
          <button type="button" className="button button--secondary button--small" onClick={() => setIsConfirming(true)}>
            {t('invoices.lateFees.issueInvoice')}
          </button>
        )}
      </div>
      {error && (
        <ErrorAlert message={error.message}>{error.needsRates && <Link to="/settings">{t('invoices.lateFees.enterRates')}</Link>}</ErrorAlert>
      )}
      {hasNothing ? (
        <p className="muted">{t('invoices.lateFees.none')}</p>
      ) : (
        <>
          {fees.basis && fees.appliedRule && (
            <p>
              {fees.basis === 'terms' ? t('invoices.lateFees.basisTerms') : t('invoices.lateFees.basisLetter', { date: fees.effectiveOn ? formatDay(fees.effectiveOn, language) : '' })}{' '}
              {lateFeeRuleText(fees.appliedRule, invoice.currency, t, language)}
            </p>
          )}
          {fees.charges.length === 0 ? (
            <p className="muted">{t('invoices.lateFees.noCharges')}</p>
          ) : (
            <div className="invoice-scroll">
              <table className="data-table invoice-subtable invoice-stack">
                <caption className="visually-hidden">{t('invoices.lateFees.chargesCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('invoices.lateFees.chargedOn')}</th>
                    <th scope="col">{t('invoices.lateFees.reason')}</th>
                    <th scope="col" className="invoice-table__money">
                      {t('invoices.lateFees.amount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {fees.charges.map((charge) => (
                    <tr key={charge.key}>
                      <th scope="row">{formatShortDay(charge.chargedOn, language)}</th>
                      <td data-label={t('invoices.lateFees.reason')}>{t(`invoices.lateFees.reasons.${charge.reason}`, { defaultValue: t('invoices.lateFees.reasons.other') })}</td>
                      <td className="invoice-table__money" data-label={t('invoices.lateFees.amount')}>
                        {money(charge.amount)}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={2}>
                      {t('invoices.lateFees.chargedTotal')}
                    </th>
                    <td className="invoice-table__money" data-label={t('invoices.lateFees.chargedTotal')}>
                      {money(fees.chargedTotal)}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
          {fees.accruedInterest !== null && <p>{t('invoices.lateFees.accrued', { amount: money(fees.accruedInterest) })}</p>}
          {fees.missingReferenceRates.length > 0 && (
            <div className="alert alert--info">
              <p>{t('invoices.lateFees.missingRates', { halfYears: fees.missingReferenceRates.map((halfYear) => halfYearText(halfYear, t)).join(', ') })}</p>
              <p>
                <Link to="/settings">{t('invoices.lateFees.enterRates')}</Link>
              </p>
            </div>
          )}
        </>
      )}
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('invoices.lateFees.confirmTitle')}
        confirmLabel={t('invoices.lateFees.confirm')}
        isBusy={isBusy}
        onConfirm={() => void issue()}
        onCancel={() => setIsConfirming(false)}
      >
        <p>{t('invoices.lateFees.confirmBody', { charged: money(fees.chargedTotal), accrued: money(fees.accruedInterest ?? 0) })}</p>
      </ConfirmDialog>
    </section>
  );
}
