// Readiness thresholds: the starter fund, the ladder's months, the share suggested for the funds, the concentration lines,
// the runway long enough to let a client go, and warm leads per client. Saved with the version read (409 when stale).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getReadinessSettings, saveReadinessSettings, type ReadinessSettings } from '../api/readiness.ts';
import { ApiError } from '../api/http.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Field } from '../components/field.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';

type NumberKey = Exclude<keyof ReadinessSettings, 'fundLadderMonths'>;
const numberFields: { key: NumberKey; min: number; max: number }[] = [
  { key: 'starterFundMajorUnits', min: 0, max: 10_000_000 },
  { key: 'fundContributionPercent', min: 0, max: 100 },
  { key: 'concentrationWatchPercent', min: 1, max: 99 },
  { key: 'concentrationCriticalPercent', min: 1, max: 100 },
  { key: 'shortRunwayMonths', min: 0, max: 60 },
  { key: 'warmLeadsPerClient', min: 0, max: 50 },
];

function toValues(settings: ReadinessSettings): Record<string, string> {
  return { ...Object.fromEntries(numberFields.map((f) => [f.key, String(settings[f.key])])), fundLadderMonths: settings.fundLadderMonths.join(', ') };
}

export function ReadinessSettingsForm() {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const doc = useResource((signal) => getReadinessSettings(signal), []);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>();
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (doc.data) setValues(toValues(doc.data.settings));
  }, [doc.data]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!doc.data || isSaving) return;
    const found: Record<string, string> = {};
    const settings = { ...doc.data.settings };
    for (const field of numberFields) {
      const text = (values[field.key] ?? '').trim();
      const value = Number(text);
      if (!/^\d+$/.test(text) || value < field.min || value > field.max) found[field.key] = t('readiness.settings.range', { min: field.min, max: field.max });
      else settings[field.key] = value;
    }
    const months = (values.fundLadderMonths ?? '').split(/[,\s]+/).filter(Boolean).map(Number);
    if (months.length === 0 || months.length > 6 || months.some((m, i) => !Number.isInteger(m) || m < 1 || m > 120 || (i > 0 && m <= (months[i - 1] ?? 0)))) found.fundLadderMonths = t('readiness.settings.ladderError');
    else settings.fundLadderMonths = months;
    if (!found.concentrationCriticalPercent && !found.concentrationWatchPercent && settings.concentrationCriticalPercent <= settings.concentrationWatchPercent) found.concentrationCriticalPercent = t('readiness.settings.criticalAboveWatch');
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setIsSaving(true);
    try {
      doc.setData(await saveReadinessSettings(settings, doc.data.version));
      showToast(t('readiness.settings.saved'));
    } catch (error) {
      setFailure(error);
    } finally {
      setIsSaving(false);
    }
  }

  if (doc.error !== undefined && !doc.data) return <ErrorAlert error={doc.error} onRetry={doc.reload} />;
  if (!doc.data) return <LoadingState label={t('readiness.loading')} />;
  const isConflict = failure instanceof ApiError && failure.status === 409;

  return (
    <form ref={formRef} onSubmit={save} noValidate aria-labelledby="settings-readiness">
      {failure !== undefined &&
        (isConflict ? (
          <ErrorAlert title={t('readiness.settings.conflictTitle')} message={t('readiness.settings.conflictBody')}>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setFailure(undefined);
                doc.reload();
              }}
            >
              {t('readiness.settings.reload')}
            </button>
          </ErrorAlert>
        ) : (
          <ErrorAlert error={failure} />
        ))}
      <div className="threshold-grid">
        {numberFields.map((field) => (
          <Field key={field.key} label={t(`readiness.settings.fields.${field.key}`)} error={errors[field.key]}>
            {(control) => <input {...control} className="input input--short" inputMode="numeric" autoComplete="off" value={values[field.key] ?? ''} onChange={(e) => setValues((c) => ({ ...c, [field.key]: e.target.value }))} />}
          </Field>
        ))}
        <Field label={t('readiness.settings.fields.fundLadderMonths')} hint={t('readiness.settings.ladderHint')} error={errors.fundLadderMonths}>
          {(control) => <input {...control} className="input" autoComplete="off" value={values.fundLadderMonths ?? ''} onChange={(e) => setValues((c) => ({ ...c, fundLadderMonths: e.target.value }))} />}
        </Field>
      </div>
      <p className="muted">{doc.data.version === 0 ? t('readiness.settings.usingDefaults') : t('readiness.settings.version', { version: doc.data.version })}</p>
      <div className="page__actions">
        <button type="submit" className="button button--primary" disabled={isSaving} aria-busy={isSaving || undefined}>
          {isSaving ? t('readiness.saving') : t('readiness.settings.save')}
        </button>
      </div>
    </form>
  );
}
