// Add or edit a client: who they are, their contacts, how you work together, and notes that can be kept confidential.
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { clientSources, clientStages } from '../../domain/clients/lifecycle.ts';
import type { Language } from '../../schemas/common.ts';
import { Field, CheckboxField } from '../components/field.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { TimeZoneInput } from '../components/time-zone-input.tsx';
import { CurrencyInput } from '../components/currency-input.tsx';
import { fieldErrorsFrom, focusFirstInvalid, type FieldErrors } from '../forms/form-errors.ts';
import { supportedLanguages } from '../i18n/language.ts';
import { ContactsEditor } from './contacts-editor.tsx';
import { checkClientValues, contactsToSend, messageForClientField, placeServerErrors, type ClientFormValues } from './client-form-values.ts';

type ClientFormProps = {
  initial: ClientFormValues;
  submitLabel: string;
  submittingLabel: string;
  cancelTo: string;
  /** Throw to show the error; resolve when the page took care of the outcome (navigated, showed a conflict…). */
  onSubmit(values: ClientFormValues): Promise<void>;
  notice?: ReactNode;
  isDisabled?: boolean;
};

export function ClientForm({ initial, submitLabel, submittingLabel, cancelTo, onSubmit, notice, isDisabled }: ClientFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitError, setSubmitError] = useState<unknown>();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  function set<K extends keyof ClientFormValues>(key: K, value: ClientFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitError(undefined);
    const found = checkClientValues(values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    setIsSubmitting(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const { rowOfSent } = contactsToSend(values.contacts);
      const fieldErrors = placeServerErrors(
        fieldErrorsFrom(error, (field) => messageForClientField(field, t)),
        rowOfSent,
      );
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length > 0) focusFirstInvalid(formRef.current);
      else setSubmitError(error);
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <form ref={formRef} className="form client-form" onSubmit={submit} noValidate>
      {notice}
      {submitError !== undefined && <ErrorAlert error={submitError} />}
      {Object.keys(errors).length > 1 && <p className="form__summary">{t('errors.checkFields')}</p>}

      <fieldset className="card form__section">
        <legend className="form__legend">{t('clientForm.sections.who')}</legend>
        <Field label={t('clientForm.name')} hint={t('clientForm.nameHint')} error={errors.name}>
          {(control) => <input {...control} className="input" name="name" autoComplete="off" value={values.name} onChange={(e) => set('name', e.target.value)} />}
        </Field>
        <Field label={t('clientForm.company')} isOptional error={errors.company}>
          {(control) => <input {...control} className="input" name="company" autoComplete="off" value={values.company} onChange={(e) => set('company', e.target.value)} />}
        </Field>
      </fieldset>

      <fieldset className="card form__section">
        <legend className="form__legend">{t('clientForm.sections.contacts')}</legend>
        <ContactsEditor rows={values.contacts} errors={errors} onChange={(rows) => set('contacts', rows)} />
      </fieldset>

      <fieldset className="card form__section">
        <legend className="form__legend">{t('clientForm.sections.working')}</legend>
        <div className="form__grid">
          <Field label={t('clientForm.stage')} hint={t('clientForm.stageHint')} error={errors.stage}>
            {(control) => (
              <select {...control} className="input" name="stage" value={values.stage} onChange={(e) => set('stage', e.target.value as ClientFormValues['stage'])}>
                {clientStages.map((stage) => (
                  <option key={stage} value={stage}>
                    {t(`stages.${stage}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('clientForm.source')} error={errors.source}>
            {(control) => (
              <select {...control} className="input" name="source" value={values.source} onChange={(e) => set('source', e.target.value as ClientFormValues['source'])}>
                {clientSources.map((source) => (
                  <option key={source} value={source}>
                    {t(`sources.${source}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('clientForm.language')} hint={t('clientForm.languageHint')} error={errors.language}>
            {(control) => (
              <select {...control} className="input" name="language" value={values.language} onChange={(e) => set('language', e.target.value as Language)}>
                {supportedLanguages.map((language) => (
                  <option key={language} value={language}>
                    {t(`languages.${language}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('clientForm.timeZone')} hint={t('clientForm.timeZoneHint')} error={errors.timeZone}>
            {(control) => <TimeZoneInput {...control} name="timeZone" value={values.timeZone} onChange={(value) => set('timeZone', value)} />}
          </Field>
          <Field label={t('clientForm.currency')} hint={t('clientForm.currencyHint')} error={errors.currency}>
            {(control) => <CurrencyInput {...control} name="currency" value={values.currency} onChange={(value) => set('currency', value)} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="card form__section">
        <legend className="form__legend">{t('clientForm.sections.notes')}</legend>
        <Field label={t('clientForm.notesLabel')} isOptional hint={t('clientForm.notesHint')} error={errors.notes}>
          {(control) => <textarea {...control} className="input textarea" name="notes" rows={5} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
        </Field>
        <CheckboxField
          name="isNotesConfidential"
          label={t('clientForm.notesConfidential')}
          hint={t('clientForm.notesConfidentialHint')}
          checked={values.isNotesConfidential}
          onChange={(checked) => set('isNotesConfidential', checked)}
        />
      </fieldset>

      <div className="form__actions">
        <Link to={cancelTo} className="button button--secondary">
          {t('common.cancel')}
        </Link>
        <button type="submit" className="button button--primary" disabled={isSubmitting || isDisabled} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? submittingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
