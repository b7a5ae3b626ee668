// Relationship thresholds: when to suggest a friendly reminder, when unpaid extras pile up, how soon to nudge a concern,
// the health window, and where each reason turns "watch" and "act". Saved with the version read (409 when stale).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getRelationshipSettings, saveRelationshipSettings } from '../api/relationship.ts';
import { ApiError } from '../api/http.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { Field } from '../components/field.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { focusFirstInvalid } from '../forms/form-errors.ts';
import { applyValues, formPathOf, linePairs, mainFields, valuesOf, type SettingsErrors, type SettingsValues } from './relationship-settings-form.ts';

export function RelationshipSettingsForm() {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const doc = useResource((signal) => getRelationshipSettings(signal), []);
  const [values, setValues] = useState<SettingsValues>({});
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [failure, setFailure] = useState<unknown>();
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (doc.data) setValues(valuesOf(doc.data.settings));
  }, [doc.data]);

  function messageOf(path: string): string | undefined {
    const error = errors[path];
    if (!error) return undefined;
    return error.kind === 'range' ? t('relationship.settings.errors.range', { min: error.min, max: error.max }) : t('relationship.settings.errors.actBelowWatch');
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!doc.data || isSaving) return;
    setFailure(undefined);
    const result = applyValues(doc.data.settings, values);
    setErrors(result.errors);
    if (Object.keys(result.errors).length > 0) return focusFirstInvalid(formRef.current);
    setIsSaving(true);
    try {
      const saved = await saveRelationshipSettings(result.settings, doc.data.version);
      doc.setData(saved);
      showToast(t('relationship.settings.saved'));
    } catch (error) {
      const serverErrors: SettingsErrors = {};
      if (error instanceof ApiError) {
        for (const field of error.fieldErrors) {
          const path = formPathOf(field.field);
          if (path) serverErrors[path] = /act/i.test(field.message) && /watch/i.test(field.message) ? { kind: 'actBelowWatch' } : { kind: 'range', min: 0, max: 3650 };
        }
      }
      if (Object.keys(serverErrors).length > 0) {
        setErrors(serverErrors);
        focusFirstInvalid(formRef.current);
      } else setFailure(error);
    } finally {
      setIsSaving(false);
    }
  }

  if (doc.error !== undefined && !doc.data) return <ErrorAlert error={doc.error} onRetry={doc.reload} />;
  if (!doc.data) return <LoadingState label={t('relationship.settings.loading')} />;

  const isConflict = failure instanceof ApiError && failure.status === 409;
  const input = (path: string, label: string, hint?: string) => (
    <Field key={path} label={label} hint={hint} error={messageOf(path)} className="threshold-field">
      {(control) => (
        <input
          {...control}
          className="input input--short"
          inputMode="numeric"
          autoComplete="off"
          value={values[path] ?? ''}
          onChange={(e) => setValues((current) => ({ ...current, [path]: e.target.value }))}
        />
      )}
    </Field>
  );

  return (
    <form ref={formRef} className="relationship-settings" onSubmit={save} noValidate aria-labelledby="settings-relationship">
      {failure !== undefined &&
        (isConflict ? (
          <ErrorAlert title={t('relationship.settings.conflictTitle')} message={t('relationship.settings.conflictBody')}>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setFailure(undefined);
                doc.reload();
              }}
            >
              {t('clientForm.reload')}
            </button>
          </ErrorAlert>
        ) : (
          <ErrorAlert error={failure} />
        ))}
      <div className="threshold-grid">{mainFields.map((field) => input(field.path, t(`relationship.settings.fields.${field.path.replaceAll('.', '_')}`)))}</div>

      <fieldset className="threshold-lines">
        <legend className="subsection-title">{t('relationship.settings.linesTitle')}</legend>
        <p className="field__hint">{t('relationship.settings.linesIntro')}</p>
        {linePairs.map((line) => (
          <div key={`${line.reason}-${line.measure}`} className="threshold-line">
            <p className="threshold-line__name">
              {t(`health.reason.${line.reason}`)} · {t(`relationship.settings.measures.${line.measure}`)}
            </p>
            {input(line.watch.path, t('relationship.settings.watchFrom', { measure: t(`relationship.settings.measures.${line.measure}`) }))}
            {input(line.act.path, t('relationship.settings.actFrom', { measure: t(`relationship.settings.measures.${line.measure}`) }))}
          </div>
        ))}
      </fieldset>
      <p className="muted">{doc.data.isDefault ? t('relationship.settings.usingDefaults') : t('relationship.settings.version', { version: doc.data.version })}</p>
      <div className="page__actions">
        <button type="submit" className="button button--primary" disabled={isSaving} aria-busy={isSaving || undefined}>
          {isSaving ? t('relationship.saving') : t('relationship.settings.save')}
        </button>
      </div>
    </form>
  );
}
