// The rest block (shown on the home calendar) and the hard period the neglected clients are looked up in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateRecovery, type Recovery } from '../api/recovery.ts';
import { ApiError } from '../api/http.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Field } from '../components/field.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { formatPlainDate } from '../vetting/overlap-chart.tsx';

type Props = { recovery: Recovery; onSaved(recovery: Recovery): void; onConflict(): void };

export function RestAndPeriod({ recovery, onSaved, onConflict }: Props) {
  const { t, i18n } = useTranslation();
  const { showToast } = useToast();
  const [restStart, setRestStart] = useState(recovery.restStart ?? '');
  const [restEnd, setRestEnd] = useState(recovery.restEnd ?? '');
  const [periodStart, setPeriodStart] = useState(recovery.periodStart);
  const [periodEnd, setPeriodEnd] = useState(recovery.periodEnd);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldErrors.find((e) => e.field === field) && t(`recovery.rest.errors.${field}`) : undefined) || undefined;

  async function save(clearRest = false) {
    setIsBusy(true);
    setError(undefined);
    try {
      const saved = await updateRecovery(recovery.clientId, {
        version: recovery.version,
        periodStart,
        periodEnd,
        restStart: clearRest || !restStart ? null : restStart,
        restEnd: clearRest || !restEnd ? null : restEnd,
      });
      if (clearRest) {
        setRestStart('');
        setRestEnd('');
      }
      onSaved(saved);
      showToast(saved.restStart && saved.restEnd ? t('recovery.rest.saved', { from: formatPlainDate(saved.restStart, i18n.language), to: formatPlainDate(saved.restEnd, i18n.language) }) : t('recovery.rest.savedNoRest'));
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'version_conflict') onConflict();
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section className="card offboarding__section" aria-labelledby="recovery-rest">
      <h2 id="recovery-rest" className="section-title">
        {t('recovery.rest.title')}
      </h2>
      <p className="section-intro">{t('recovery.rest.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="row-card__fields">
          <Field label={t('recovery.rest.start')} error={fieldError('restStart')}>
            {(control) => <input {...control} className="input input--date" type="date" value={restStart} onChange={(e) => setRestStart(e.target.value)} />}
          </Field>
          <Field label={t('recovery.rest.end')} error={fieldError('restEnd')}>
            {(control) => <input {...control} className="input input--date" type="date" value={restEnd} min={restStart || undefined} onChange={(e) => setRestEnd(e.target.value)} />}
          </Field>
        </div>
        <h3 className="offboarding__subtitle">{t('recovery.rest.period')}</h3>
        <p className="muted">{t('recovery.rest.periodHint')}</p>
        <div className="row-card__fields">
          <Field label={t('recovery.rest.periodStart')} error={fieldError('periodStart')}>
            {(control) => <input {...control} className="input input--date" type="date" value={periodStart} onChange={(e) => setPeriodStart(e.target.value)} />}
          </Field>
          <Field label={t('recovery.rest.periodEnd')} error={fieldError('periodEnd')}>
            {(control) => <input {...control} className="input input--date" type="date" value={periodEnd} min={periodStart} onChange={(e) => setPeriodEnd(e.target.value)} />}
          </Field>
        </div>
        {error !== undefined && <ErrorAlert error={error} />}
        <div className="offboarding__row">
          <button type="submit" className="button button--primary" disabled={isBusy}>
            {t('recovery.rest.save')}
          </button>
          {recovery.restStart && (
            <button type="button" className="button button--ghost-danger" disabled={isBusy} onClick={() => void save(true)}>
              {t('recovery.rest.clear')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
