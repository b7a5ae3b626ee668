// Income received, entered by hand: record it, see the share suggested for the funds and record it as moved in one click,
// delete a mistake. Payments recorded on invoices count by themselves; the rule that keeps them from counting twice is
// stated here, with what they added, what was left out (other currencies) and which hand entries they cover.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listClients } from '../api/clients.ts';
import { deleteIncomeEntry, listIncomeEntries, moveIncomeToFund, recordIncomeEntry, type IncomeEntryView, type ReadinessReport } from '../api/readiness.ts';
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
import { localeFor } from '../i18n/language.ts';

/** The newest entries shown before "Show all": enough for this month's payments without a year of scrolling. */
const shownAtFirst = 8;

export function IncomeEntries({ report, refreshKey, onChanged }: { report: ReadinessReport; refreshKey: number; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { showToast } = useToast();
  const digits = currencyDigits(report.currency);
  const entries = useResource((signal) => listIncomeEntries(signal), [refreshKey]);
  const clients = useResource((signal) => listClients({ limit: 200, archived: 'exclude' }, signal), []);
  const [source, setSource] = useState('');
  const [amount, setAmount] = useState('');
  const [receivedOn, setReceivedOn] = useState(report.today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>();
  const [isBusy, setIsBusy] = useState(false);
  const [toDelete, setToDelete] = useState<IncomeEntryView>();
  const [isShowingAll, setIsShowingAll] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const money = (minor: number) => formatMoney(minor, report.currency, language);
  const sourceName = (entry: IncomeEntryView) => entry.sourceName || t('readiness.income.removedStream');
  const { invoiceIncome } = report;
  const setAside = new Set(invoiceIncome.setAsideEntryIds);

  async function record(event: FormEvent) {
    event.preventDefault();
    const parsed = parseMoney(amount, digits);
    const found: Record<string, string> = {};
    if (!source) found.source = t('readiness.errors.source');
    if (parsed === null || parsed === undefined || parsed === 0) found.amount = t('readiness.errors.positiveAmount');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(receivedOn)) found.receivedOn = t('readiness.errors.date');
    else if (receivedOn > report.today) found.receivedOn = t('readiness.errors.futureIncome');
    setErrors(found);
    if (Object.keys(found).length > 0 || typeof parsed !== 'number') {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const [kind, id = ''] = [source.slice(0, source.indexOf(':')), source.slice(source.indexOf(':') + 1)];
    setIsBusy(true);
    setFailure(undefined);
    try {
      await recordIncomeEntry({ source: kind === 'client' ? { kind: 'client', clientId: id } : { kind: 'other_stream', streamId: id }, amount: parsed, receivedOn, note });
      showToast(t('readiness.income.recorded', { amount: money(parsed) }));
      setAmount('');
      setNote('');
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setIsBusy(false);
    }
  }

  async function move(entry: IncomeEntryView, side: FundSide) {
    setIsBusy(true);
    setFailure(undefined);
    try {
      const moved = await moveIncomeToFund(entry.id, side);
      showToast(t('readiness.income.movedToast', { amount: money(moved.contribution), fund: t(`readiness.ladder.title.${side}`) }));
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
      await deleteIncomeEntry(toDelete.id);
      showToast(t('readiness.income.deleted'));
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setIsBusy(false);
      setToDelete(undefined);
    }
  }

  return (
    <div className="income-entries">
      <div className="income-entries__invoices">
        <p>{t('paymentsInsights.readiness.rule')}</p>
        <p className="muted">
          {invoiceIncome.payments === 0
            ? t('paymentsInsights.readiness.noneFromInvoices')
            : t('paymentsInsights.readiness.fromInvoices', { count: invoiceIncome.payments, amount: money(invoiceIncome.counted) })}
        </p>
        {invoiceIncome.notCounted.length > 0 && (
          <p className="muted">
            {t('paymentsInsights.readiness.notCounted', {
              amounts: new Intl.ListFormat(localeFor(language), { type: 'conjunction' }).format(invoiceIncome.notCounted.map((c) => formatMoney(c.amount, c.currency, language))),
              currency: report.currency,
            })}
          </p>
        )}
      </div>
      {failure !== undefined && <ErrorAlert error={failure} />}
      <form ref={formRef} className="inline-form" onSubmit={record} noValidate aria-label={t('readiness.income.formLabel')}>
        <Field label={t('readiness.income.source')} error={errors.source ?? (clients.error !== undefined ? t('readiness.errors.clientsFailed') : undefined)}>
          {(control) => (
            <select {...control} className="input" value={source} onChange={(e) => setSource(e.target.value)}>
              <option value="">{t('readiness.income.pickSource')}</option>
              <optgroup label={t('readiness.income.clients')}>
                {(clients.data?.items ?? []).map((c) => (
                  <option key={c.id} value={`client:${c.id}`}>
                    {c.company ? `${c.name} (${c.company})` : c.name}
                  </option>
                ))}
              </optgroup>
              {report.streams.length > 0 && (
                <optgroup label={t('readiness.income.streams')}>
                  {report.streams.map((s) => (
                    <option key={s.id} value={`stream:${s.id}`}>
                      {s.name}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          )}
        </Field>
        <Field label={t('readiness.income.amount')} error={errors.amount}>
          {(control) => <MoneyInput {...control} currency={report.currency} value={amount} onChange={setAmount} />}
        </Field>
        <Field label={t('readiness.income.date')} error={errors.receivedOn}>
          {(control) => <input {...control} className="input input--date" type="date" max={report.today} value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />}
        </Field>
        <Field label={t('readiness.income.note')} isOptional>
          {(control) => <input {...control} className="input" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <div className="inline-form__actions">
          <button type="submit" className="button button--primary" disabled={isBusy}>
            {t('readiness.income.record')}
          </button>
        </div>
      </form>

      <h3 className="subsection-title">{t('readiness.income.listTitle')}</h3>
      {entries.error !== undefined ? (
        <ErrorAlert error={entries.error} onRetry={entries.reload} />
      ) : !entries.data ? (
        <LoadingState label={t('readiness.loading')} />
      ) : entries.data.items.length === 0 ? (
        <p className="muted">{t('readiness.income.empty')}</p>
      ) : (
        <>
        <ul className="entry-list">
          {(isShowingAll ? entries.data.items : entries.data.items.slice(0, shownAtFirst)).map((entry) => (
            <li key={entry.id} className="entry-list__item">
              <div>
                <p className="entry-list__main">
                  <strong>{money(entry.amount)}</strong> · {sourceName(entry)}
                </p>
                <p className="muted">
                  {formatPlainDate(entry.receivedOn, language)}
                  {entry.note && ` · ${entry.note}`}
                </p>
                {setAside.has(entry.id) && <p className="entry-list__set-aside">{t('paymentsInsights.readiness.setAside')}</p>}
                {entry.movedToFund ? (
                  <p className="entry-list__moved">
                    <span aria-hidden="true">✓ </span>
                    {t('readiness.income.moved', { amount: money(entry.movedToFund.contribution), fund: t(`readiness.ladder.title.${entry.movedToFund.side}`), date: formatPlainDate(entry.movedToFund.recordedOn, language) })}
                  </p>
                ) : (
                  entry.suggestedForFunds > 0 && (
                    <div className="entry-list__suggest">
                      <p>{t('readiness.income.suggest', { amount: money(entry.suggestedForFunds), percent: report.settings.fundContributionPercent })}</p>
                      <div className="entry-list__buttons">
                        {fundSides.map((side) => (
                          <button key={side} type="button" className="button button--secondary button--small" disabled={isBusy} onClick={() => void move(entry, side)}>
                            {t(`readiness.income.moveTo.${side}`)}
                            <span className="visually-hidden"> {t('readiness.income.entryName', { amount: money(entry.amount), source: sourceName(entry) })}</span>
                          </button>
                        ))}
                      </div>
                    </div>
                  )
                )}
              </div>
              <button type="button" className="button button--ghost-danger button--small" onClick={() => setToDelete(entry)}>
                {t('readiness.delete')}
                <span className="visually-hidden"> {t('readiness.income.entryName', { amount: money(entry.amount), source: sourceName(entry) })}</span>
              </button>
            </li>
          ))}
        </ul>
        {entries.data.items.length > shownAtFirst && (
          <button type="button" className="button button--ghost" aria-expanded={isShowingAll} onClick={() => setIsShowingAll((current) => !current)}>
            {isShowingAll ? t('readiness.income.showFewer') : t('readiness.income.showAll', { count: entries.data.items.length })}
          </button>
        )}
        </>
      )}

      <ConfirmDialog
        isOpen={toDelete !== undefined}
        title={t('readiness.income.deleteTitle')}
        confirmLabel={t('readiness.delete')}
        isDestructive
        isBusy={isBusy}
        onConfirm={() => void remove()}
        onCancel={() => setToDelete(undefined)}
        fallbackFocus={() => formRef.current?.querySelector<HTMLElement>('select')}
      >
        <p>{toDelete ? t('readiness.income.deleteBody', { amount: money(toDelete.amount), source: sourceName(toDelete), date: formatPlainDate(toDelete.receivedOn, language) }) : ''}</p>
      </ConfirmDialog>
    </div>
  );
}
