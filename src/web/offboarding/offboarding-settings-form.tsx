// The numbers behind exit dates and recovery, which the freelancer may tune: notice period, safe runway, hard period.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getOffboardingSettings, saveOffboardingSettings } from '../api/exit-plans.ts';
import { ApiError } from '../api/http.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Field } from '../components/field.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';

const keys = ['noticeDays', 'safeRunwayMonths', 'hardPeriodDays'] as const;
type Key = (typeof keys)[number];
const limits: Record<Key, [number, number]> = { noticeDays: [0, 365], safeRunwayMonths: [0, 24], hardPeriodDays: [1, 730] };

export function OffboardingSettingsForm({ onSaved }: { onSaved?: () => void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const headingId = useId();
  const settings = useResource((signal) => getOffboardingSettings(signal), []);
  const [values, setValues] = useState<Record<Key, string>>({ noticeDays: '', safeRunwayMonths: '', hardPeriodDays: '' });
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (settings.data) setValues(Object.fromEntries(keys.map((key) => [key, String(settings.data?.settings[key] ?? '')])) as Record<Key, string>);
  }, [settings.data]);

  const invalid = keys.filter((key) => {
    const value = Number(values[key]);
    return values[key].trim() === '' || !Number.isInteger(value) || value < limits[key][0] || value > limits[key][1];
  });

  async function save() {
    if (!settings.data || invalid.length > 0) return;
    setIsBusy(true);
    setError(undefined);
    try {
      settings.setData(await saveOffboardingSettings({ noticeDays: Number(values.noticeDays), safeRunwayMonths: Number(values.safeRunwayMonths), hardPeriodDays: Number(values.hardPeriodDays), version: settings.data.version }));
      showToast(t('offboarding.settings.saved'));
      onSaved?.();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'version_conflict') settings.reload();
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section className="card offboarding__section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('offboarding.settings.title')}
      </h2>
      <p className="section-intro">{t('offboarding.settings.intro')}</p>
      {settings.error !== undefined ? (
        <ErrorAlert error={settings.error} onRetry={settings.reload} />
      ) : !settings.data ? (
        <LoadingState label={t('offboarding.settings.loading')} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="row-card__fields">
            {keys.map((key) => (
              <Field key={key} label={t(`offboarding.settings.${key}`)} hint={t(`offboarding.settings.hints.${key}`)} error={invalid.includes(key) ? t('offboarding.settings.range', { min: limits[key][0], max: limits[key][1] }) : undefined}>
                {(control) => <input {...control} className="input" type="number" inputMode="numeric" min={limits[key][0]} max={limits[key][1]} step={1} value={values[key]} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />}
              </Field>
            ))}
          </div>
          {error !== undefined && <ErrorAlert error={error} />}
          <button type="submit" className="button button--secondary" disabled={isBusy || invalid.length > 0}>
            {t('offboarding.settings.save')}
          </button>
        </form>
      )}
    </section>
  );
}
