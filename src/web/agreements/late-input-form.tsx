// Record when a client input really arrived: milestones hanging on a late one move, and the form shows which did.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recordClientInput, type Agreement, type ShiftResultData } from '../api/agreements.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Field } from '../components/field.tsx';
import { formatDay } from './describe.ts';

export function LateInputForm({ agreement, onRecorded }: { agreement: Agreement; onRecorded(agreement: Agreement): void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const inputs = agreement.schedule?.inputs ?? [];
  const [inputId, setInputId] = useState(inputs.find((input) => !input.receivedOn)?.id ?? inputs[0]?.id ?? '');
  const [receivedOn, setReceivedOn] = useState('');
  const [result, setResult] = useState<ShiftResultData>();
  const [error, setError] = useState<unknown>();
  const [isBusy, setIsBusy] = useState(false);
  if (inputs.length === 0) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!inputId || !receivedOn) return setError(new Error(t('agreements.lateInput.missing')));
    setIsBusy(true);
    setError(undefined);
    try {
      const answer = await recordClientInput(agreement.id, inputId, receivedOn);
      setResult(answer);
      onRecorded(answer.agreement);
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  const language = i18n.language;
  return (
    <section className="card agreement-late-input" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('agreements.lateInput.title')}
      </h2>
      <p className="muted">{t('agreements.lateInput.intro')}</p>
      <ul className="agreement-late-input__inputs">
        {inputs.map((input) => (
          <li key={input.id}>
            <strong>{input.title}</strong>
            {' — '}
            {input.receivedOn
              ? t('agreements.lateInput.received', { date: formatDay(input.receivedOn, language), count: input.delayDays })
              : input.dueOn
                ? t('agreements.view.inputDue', { date: formatDay(input.dueOn, language) })
                : t('agreements.lateInput.noDate')}
          </li>
        ))}
      </ul>
      <form className="agreement-late-input__form" onSubmit={(event) => void submit(event)} noValidate>
        {error !== undefined && <ErrorAlert error={error} message={error instanceof Error && !('status' in error) ? error.message : undefined} />}
        <Field label={t('agreements.lateInput.which')}>
          {(control) => (
            <select {...control} className="input" value={inputId} onChange={(event) => setInputId(event.target.value)}>
              {inputs.map((input) => (
                <option key={input.id} value={input.id}>
                  {input.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('agreements.lateInput.arrivedOn')}>
          {(control) => <input {...control} type="date" className="input input--date" value={receivedOn} onChange={(event) => setReceivedOn(event.target.value)} />}
        </Field>
        <button type="submit" className="button button--secondary" disabled={isBusy} aria-busy={isBusy || undefined}>
          {t('agreements.lateInput.record')}
        </button>
      </form>
      {result && (
        <div className="alert alert--info agreement-shift" role="status">
          {result.shifts.length === 0 ? (
            <p>{result.delayDays > 0 ? t('agreements.lateInput.lateNothingMoved', { count: result.delayDays }) : t('agreements.lateInput.onTime')}</p>
          ) : (
            <>
              <p>{t('agreements.lateInput.moved', { count: result.delayDays })}</p>
              <ul>
                {result.shifts.map((shift) => (
                  <li key={shift.milestoneId}>
                    {t('agreements.lateInput.shift', { title: shift.title, owner: t(`agreements.owners.${shift.owner}`), from: formatDay(shift.from, language), to: formatDay(shift.to, language) })}
                  </li>
                ))}
              </ul>
              <p className="muted">{t('agreements.lateInput.told')}</p>
            </>
          )}
        </div>
      )}
    </section>
  );
}
