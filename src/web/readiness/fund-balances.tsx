// Each fund's dated balances: record what a fund holds on a date (the latest is its balance), see the history, delete a mistake.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteFundBalance, listFundBalances, recordFundBalance, type FundBalanceView, type ReadinessReport } from '../api/readiness.ts';
import { fundSides, type FundSide } from '../../domain/readiness/finances.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Field } from '../components/field.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { MoneyInput } from '../components/money-input.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { currencyDigits, formatMoney, parseMoney } from '../forms/money.ts';
import { useResource } from '../hooks/use-resource.ts';
import { formatPlainDate } from '../vetting/overlap-chart.tsx';

export function FundBalances({ report, refreshKey, onChanged }: { report: ReadinessReport; refreshKey: number; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { showToast } = useToast();
  const digits = currencyDigits(report.currency);
  const history = useResource((signal) => listFundBalances(signal), [refreshKey]);
  const [side, setSide] = useState<FundSide>('business');
  const [balance, setBalance] = useState('');
  const [recordedOn, setRecordedOn] = useState(report.today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>();
  const [isBusy, setIsBusy] = useState(false);
  const [toDelete, setToDelete] = useState<FundBalanceView>();
  const formRef = useRef<HTMLFormElement>(null);
  const money = (minor: number) => formatMoney(minor, report.currency, language);

  async function record(event: FormEvent) {
    event.preventDefault();
    const amount = parseMoney(balance, digits);
    const found: Record<string, string> = {};
    if (amount === null || amount === undefined) found.balance = t('readiness.errors.amount');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(recordedOn)) found.recordedOn = t('readiness.errors.date');
    else if (recordedOn > report.today) found.recordedOn = t('readiness.errors.futureBalance');
    setErrors(found);
    if (Object.keys(found).length > 0 || amount === null || amount === undefined) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setIsBusy(true);
    setFailure(undefined);
    try {
      await recordFundBalance({ side, balance: amount, recordedOn, note });
      showToast(t('readiness.funds.recorded', { fund: t(`readiness.ladder.title.${side}`), amount: money(amount) }));
      setBalance('');
      setNote('');
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setIsBusy(false);
    }
  }

  async function remove() {
    if (!toDelete) return;
    setIsBusy(true);
    setFailure(undefined);
    try {
      await deleteFundBalance(toDelete.id);
      showToast(t('readiness.funds.deleted'));
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setIsBusy(false);
      setToDelete(undefined);
    }
  }

  return (
    <div className="fund-balances">
      {failure !== undefined && <ErrorAlert error={failure} />}
      <form ref={formRef} className="inline-form" onSubmit={record} noValidate aria-label={t('readiness.funds.formLabel')}>
        <Field label={t('readiness.funds.side')}>
          {(control) => (
            <select {...control} className="input" value={side} onChange={(e) => setSide(e.target.value as FundSide)}>
              {fundSides.map((s) => (
                <option key={s} value={s}>
                  {t(`readiness.ladder.title.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('readiness.funds.balance')} error={errors.balance}>
          {(control) => <MoneyInput {...control} currency={report.currency} value={balance} onChange={setBalance} />}
        </Field>
        <Field label={t('readiness.funds.date')} error={errors.recordedOn}>
          {(control) => <input {...control} className="input input--date" type="date" max={report.today} value={recordedOn} onChange={(e) => setRecordedOn(e.target.value)} />}
        </Field>
        <Field label={t('readiness.funds.note')} isOptional>
          {(control) => <input {...control} className="input" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <div className="inline-form__actions">
          <button type="submit" className="button button--primary" disabled={isBusy}>
            {t('readiness.funds.record')}
          </button>
        </div>
      </form>

      <h3 className="subsection-title">{t('readiness.funds.historyTitle')}</h3>
      {history.error !== undefined ? (
        <ErrorAlert error={history.error} onRetry={history.reload} />
      ) : !history.data ? (
        <LoadingState label={t('readiness.loading')} />
      ) : history.data.items.length === 0 ? (
        <p className="muted">{t('readiness.funds.noHistory')}</p>
      ) : (
        <ul className="entry-list">
          {history.data.items.map((entry) => (
            <li key={entry.id} className="entry-list__item">
              <div>
                <p className="entry-list__main">
                  {t(`readiness.ladder.title.${entry.side}`)}: <strong>{money(entry.balance)}</strong>
                </p>
                <p className="muted">
                  {formatPlainDate(entry.recordedOn, language)}
                  {entry.contribution !== null && ` · ${t('readiness.funds.fromIncome', { amount: money(entry.contribution) })}`}
                  {entry.note && ` · ${entry.note}`}
                </p>
              </div>
              <button type="button" className="button button--ghost-danger button--small" onClick={() => setToDelete(entry)}>
                {t('readiness.delete')}
                <span className="visually-hidden"> {t('readiness.funds.entryName', { fund: t(`readiness.ladder.title.${entry.side}`), date: formatPlainDate(entry.recordedOn, language) })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <ConfirmDialog
        isOpen={toDelete !== undefined}
        title={t('readiness.funds.deleteTitle')}
        confirmLabel={t('readiness.delete')}
        isDestructive
        isBusy={isBusy}
        onConfirm={() => void remove()}
        onCancel={() => setToDelete(undefined)}
        fallbackFocus={() => formRef.current?.querySelector<HTMLElement>('select')}
      >
        <p>{toDelete ? t('readiness.funds.deleteBody', { fund: t(`readiness.ladder.title.${toDelete.side}`), amount: money(toDelete.balance), date: formatPlainDate(toDelete.recordedOn, language) }) : ''}</p>
      </ConfirmDialog>
    </div>
  );
}
