// Monthly expenses per side and the regular monthly amount of each other income stream, saved together.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { saveFinances, type ReadinessReport } from '../api/readiness.ts';
import { fundSides, type FundSide } from '../../domain/readiness/finances.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Field } from '../components/field.tsx';
import { MoneyInput } from '../components/money-input.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { currencyDigits, moneyToInput, parseMoney } from '../forms/money.ts';

export function FinancesForm({ report, onSaved }: { report: ReadinessReport; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const { showToast } = useToast();
  const digits = currencyDigits(report.currency);
  const toText = (minor: number) => (minor === 0 ? '' : moneyToInput(minor, digits, i18n.language));
  const [expenses, setExpenses] = useState(() => Object.fromEntries(fundSides.map((side) => [side, toText(report.monthlyExpenses[side])])) as Record<FundSide, string>);
  const [streams, setStreams] = useState(() => Object.fromEntries(report.streams.map((s) => [s.id, toText(s.monthlyAmount)])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>();
  const [isSaving, setIsSaving] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const value = (key: string, text: string) => {
      const parsed = parseMoney(text, digits);
      if (parsed === null) found[key] = t('readiness.errors.amount');
      return parsed ?? 0;
    };
    const monthlyExpenses = { business: value('business', expenses.business), personal: value('personal', expenses.personal) };
    const streamAmounts = report.streams.map((s) => ({ streamId: s.id, monthlyAmount: value(s.id, streams[s.id] ?? '') }));
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.querySelector<HTMLElement>('.finances-form [aria-invalid="true"]')?.focus();
      return;
    }
    setIsSaving(true);
    setFailure(undefined);
    try {
      await saveFinances({ monthlyExpenses, streamAmounts });
      showToast(t('readiness.finances.saved'));
      onSaved();
    } catch (error) {
      setFailure(error);
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <form className="finances-form" onSubmit={save} noValidate>
      {failure !== undefined && <ErrorAlert error={failure} />}
      <fieldset className="form__section">
        <legend className="subsection-title">{t('readiness.finances.expensesTitle')}</legend>
        <div className="money-grid">
          {fundSides.map((side) => (
            <Field key={side} label={t(`readiness.finances.expenses.${side}`)} error={errors[side]}>
              {(control) => <MoneyInput {...control} currency={report.currency} value={expenses[side]} onChange={(text) => setExpenses((current) => ({ ...current, [side]: text }))} />}
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset className="form__section">
        <legend className="subsection-title">{t('readiness.finances.streamsTitle')}</legend>
        {report.streams.length === 0 ? (
          <p className="muted">{t('readiness.finances.noStreams')}</p>
        ) : (
          <>
            <p className="field__hint">{t('readiness.finances.streamsHint')}</p>
            <div className="money-grid">
              {report.streams.map((stream) => (
                <Field key={stream.id} label={t('readiness.finances.streamMonthly', { name: stream.name })} error={errors[stream.id]} isOptional>
                  {(control) => <MoneyInput {...control} currency={report.currency} value={streams[stream.id] ?? ''} onChange={(text) => setStreams((current) => ({ ...current, [stream.id]: text }))} />}
                </Field>
              ))}
            </div>
          </>
        )}
        <p>
          <Link to="/profile/edit/finances">{t('readiness.finances.editStreams')}</Link>
        </p>
      </fieldset>
      <div className="page__actions">
        <button type="submit" className="button button--primary" disabled={isSaving} aria-busy={isSaving || undefined}>
          {isSaving ? t('readiness.saving') : t('readiness.finances.save')}
        </button>
      </div>
    </form>
  );
}
