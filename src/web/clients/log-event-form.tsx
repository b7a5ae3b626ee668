// Quick-add for the timeline: what happened, a short summary, optionally when and how; Ctrl+Enter logs it.
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../schemas/events.ts';
import { contactChannels, loggableEventTypes, type ContactChannel, type LoggableEventType } from '../../domain/events/event-types.ts';
import { logClientEvent } from '../api/events.ts';
import { Field, CheckboxField } from '../components/field.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { fieldErrorsFrom, focusFirstInvalid, type FieldErrors } from '../forms/form-errors.ts';
import { wallTimeToInstant } from './zoned-time.ts';

type LogEventFormProps = { clientId: string; timeZone: string; onLogged(event: TimelineEvent): void };

export function LogEventForm({ clientId, timeZone, onLogged }: LogEventFormProps) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const [type, setType] = useState<LoggableEventType>('note');
  const [summary, setSummary] = useState('');
  const [when, setWhen] = useState('');
  const [channel, setChannel] = useState<ContactChannel | ''>('');
  const [isConfidential, setIsConfidential] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitError, setSubmitError] = useState<unknown>();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);

  function messageFor(field: string): string {
    return field === 'summary' ? t('timeline.errors.summary') : field === 'occurredAt' ? t('timeline.errors.when') : t('errors.fieldGeneric');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitError(undefined);
    const found: FieldErrors = {};
    if (!summary.trim()) found.summary = messageFor('summary');
    const occurredAt = when ? await wallTimeToInstant(when, timeZone) : undefined;
    if (when && !occurredAt) found.occurredAt = messageFor('occurredAt');
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);

    setIsSubmitting(true);
    try {
      const logged = await logClientEvent(clientId, { type, summary: summary.trim(), occurredAt, channel: channel || undefined, isConfidential });
      onLogged(logged);
      showToast(t('timeline.logged'));
      // Ready for the next entry: same type and channel are likely, the text and time are not.
      setSummary('');
      setWhen('');
      setIsConfidential(false);
      summaryRef.current?.focus();
    } catch (error) {
      const fieldErrors = fieldErrorsFrom(error, messageFor);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length > 0) focusFirstInvalid(formRef.current);
      else setSubmitError(error);
    } finally {
      setIsSubmitting(false);
    }
  }

  function submitOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  return (
    <form ref={formRef} className="card log-form" onSubmit={submit} noValidate aria-labelledby="log-form-title">
      <h3 id="log-form-title" className="log-form__title">
        {t('timeline.logTitle')}
      </h3>
      {submitError !== undefined && <ErrorAlert error={submitError} />}
      <div className="log-form__grid">
        <Field label={t('timeline.type')} className="log-form__type">
          {(control) => (
            <select {...control} className="input" value={type} onChange={(e) => setType(e.target.value as LoggableEventType)}>
              {loggableEventTypes.map((value) => (
                <option key={value} value={value}>
                  {t(`eventTypes.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('timeline.channel')} isOptional className="log-form__channel">
          {(control) => (
            <select {...control} className="input" value={channel} onChange={(e) => setChannel(e.target.value as ContactChannel | '')}>
              <option value="">{t('timeline.noChannel')}</option>
              {contactChannels.map((value) => (
                <option key={value} value={value}>
                  {t(`channels.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('timeline.summary')} hint={t('timeline.summaryHint')} error={errors.summary} className="log-form__summary">
          {(control) => (
            <textarea ref={summaryRef} {...control} className="input textarea" rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} onKeyDown={submitOnCtrlEnter} />
          )}
        </Field>
        <Field label={t('timeline.when')} isOptional hint={t('timeline.whenHint', { timeZone })} error={errors.occurredAt} className="log-form__when">
          {(control) => <input {...control} className="input" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />}
        </Field>
        <div className="log-form__confidential">
          <CheckboxField label={t('timeline.confidential')} hint={t('timeline.confidentialHint')} checked={isConfidential} onChange={setIsConfidential} />
        </div>
      </div>
      <div className="log-form__footer">
        <button type="submit" className="button button--primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? t('timeline.submitting') : t('timeline.submit')}
        </button>
      </div>
    </form>
  );
}
