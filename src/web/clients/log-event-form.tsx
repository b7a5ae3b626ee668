// Quick-add for the timeline: pick what happened (the choice stays for the next entry), a few words, only the fields
// that kind needs, "when" defaulting to now; Enter logs it and focus comes back to the summary for the next one.
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../schemas/events.ts';
import type { LoggableEventType } from '../../domain/events/event-types.ts';
import { listClients } from '../api/clients.ts';
import { logClientEvent, markMessageReplied } from '../api/events.ts';
import { Field, CheckboxField } from '../components/field.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { fieldErrorsFrom, focusFirstInvalid, type FieldErrors } from '../forms/form-errors.ts';
import { wallTimeToInstant } from './zoned-time.ts';
import { channelsFor, emptyDraft, expectationKinds, extraExtents, goodwillKinds, eventBody, fieldsOf, nextDraft, repliesAfterLogging, switchKind, validateDraft, type EventDraft } from './event-draft.ts';
import { quickWhenPicks, quickWhenValue } from './quick-when.ts';
import { eventKindLabel } from './event-sentence.ts';

type LogEventFormProps = { clientId: string; timeZone: string; onLogged(event: TimelineEvent): void };

/** Kinds grouped the way a freelancer thinks of them, so the long list scans quickly. */
const kindGroups: { key: string; kinds: LoggableEventType[] }[] = [
  { key: 'contact', kinds: ['note', 'message_received', 'message_sent', 'call', 'meeting'] },
  { key: 'requests', kinds: ['rush_request', 'extra_request', 'missed_commitment'] },
  { key: 'warnings', kinds: ['concern', 'integrity_incident', 'unrealistic_expectation', 'excuse', 'budget_cut'] },
  { key: 'good', kinds: ['goodwill', 'testimonial'] },
];

export function LogEventForm({ clientId, timeZone, onLogged }: LogEventFormProps) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const [draft, setDraft] = useState<EventDraft>(() => emptyDraft());
  const [when, setWhen] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitError, setSubmitError] = useState<unknown>();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const fields = fieldsOf[draft.type];
  const needsClients = fields.includes('otherClient');
  const otherClients = useResource(
    (signal) => (needsClients ? listClients({ limit: 200, archived: 'exclude' }, signal) : Promise.resolve(undefined)),
    [needsClients],
  );

  const update = (patch: Partial<EventDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function messageFor(field: string): string {
    if (field === 'summary') return t('timeline.errors.summary');
    if (field === 'occurredAt') return t('timeline.errors.when');
    if (field === 'hours') return t('relationship.form.errors.hours');
    if (field === 'otherClient' || field === 'otherClientId') return t('relationship.form.errors.otherClient');
    return t('errors.fieldGeneric');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (isSubmitting) return;
    setSubmitError(undefined);
    const found: FieldErrors = {};
    for (const field of Object.keys(validateDraft(draft))) found[field] = messageFor(field);
    const occurredAt = when ? await wallTimeToInstant(when, timeZone) : undefined;
    if (when && !occurredAt) found.occurredAt = messageFor('occurredAt');
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);

    setIsSubmitting(true);
    try {
      const logged = await logClientEvent(clientId, eventBody(draft, occurredAt));
      // Answered at the moment it was logged: the server's own stamp, so no browser clock is involved.
      if (repliesAfterLogging(draft, occurredAt)) onLogged(await markMessageReplied(clientId, logged.id, { repliedAt: logged.occurredAt }));
      onLogged(logged);
      showToast(t('timeline.logged'));
      // Ready for the next entry: same kind and settings are likely, the text, the time and the one-off flags are not.
      setDraft(nextDraft(draft));
      setWhen('');
      summaryRef.current?.focus();
    } catch (error) {
      const fieldErrors = fieldErrorsFrom(error, messageFor);
      if (fieldErrors.otherClientId) fieldErrors.otherClient = fieldErrors.otherClientId;
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length > 0) focusFirstInvalid(formRef.current);
      else setSubmitError(error);
    } finally {
      setIsSubmitting(false);
    }
  }

  function submitOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter logs it (as in a chat box); Shift+Enter keeps a line break for the rare longer note.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
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
        <Field label={t('timeline.type')} hint={t('relationship.form.typeHint')} className="log-form__type">
          {(control) => (
            <select {...control} className="input" value={draft.type} onChange={(e) => setDraft((current) => switchKind(current, e.target.value as LoggableEventType))}>
              {kindGroups.map((group) => (
                <optgroup key={group.key} label={t(`relationship.form.groups.${group.key}`)}>
                  {group.kinds.map((value) => (
                    <option key={value} value={value}>
                      {eventKindLabel(value, t)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('timeline.summary')} hint={t('relationship.form.summaryHint')} error={errors.summary} className="log-form__summary">
          {(control) => (
            <textarea
              ref={summaryRef}
              {...control}
              className="input textarea"
              rows={2}
              value={draft.summary}
              onChange={(e) => update({ summary: e.target.value })}
              onKeyDown={submitOnEnter}
            />
          )}
        </Field>

        {fields.length > 0 && (
          <div className="log-form__kind-fields">
            {fields.includes('channel') && (
              <Field label={t('timeline.channel')} isOptional={draft.type === 'note'} className="log-form__channel">
                {(control) => (
                  <select {...control} className="input" value={draft.channel} onChange={(e) => update({ channel: e.target.value as EventDraft['channel'] })}>
                    {draft.type === 'note' && <option value="">{t('timeline.noChannel')}</option>}
                    {channelsFor(draft.type).map((value) => (
                      <option key={value} value={value}>
                        {t(`channels.${value}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {fields.includes('extent') && (
              <Field label={t('relationship.form.extent')}>
                {(control) => (
                  <select {...control} className="input" value={draft.extent} onChange={(e) => update({ extent: e.target.value as EventDraft['extent'] })}>
                    {extraExtents.map((value) => (
                      <option key={value} value={value}>
                        {t(`relationship.extent.${value}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {fields.includes('hours') && (
              <Field label={t('relationship.form.hours')} hint={t('relationship.form.hoursHint')} error={errors.hours}>
                {(control) => <input {...control} className="input input--short" inputMode="decimal" autoComplete="off" value={draft.hours} onChange={(e) => update({ hours: e.target.value })} />}
              </Field>
            )}
            {fields.includes('goodwillKind') && (
              <Field label={t('relationship.form.goodwillKind')}>
                {(control) => (
                  <select {...control} className="input" value={draft.goodwillKind} onChange={(e) => update({ goodwillKind: e.target.value as EventDraft['goodwillKind'] })}>
                    {goodwillKinds.map((value) => (
                      <option key={value} value={value}>
                        {t(`health.goodwillKind.${value}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {fields.includes('expectationKind') && (
              <Field label={t('relationship.form.expectationKind')}>
                {(control) => (
                  <select {...control} className="input" value={draft.expectationKind} onChange={(e) => update({ expectationKind: e.target.value as EventDraft['expectationKind'] })}>
                    {expectationKinds.map((value) => (
                      <option key={value} value={value}>
                        {t(`health.expectationKind.${value}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {fields.includes('otherClient') && (
              <>
                <Field label={t('relationship.form.otherClientId')}>
                  {(control) => (
                    <select {...control} className="input" value={draft.otherClientId} onChange={(e) => update({ otherClientId: e.target.value })}>
                      <option value="">{t('relationship.form.otherClientTyped')}</option>
                      {(otherClients.data?.items ?? [])
                        .filter((other) => other.id !== clientId)
                        .map((other) => (
                          <option key={other.id} value={other.id}>
                            {other.company ? `${other.name} (${other.company})` : other.name}
                          </option>
                        ))}
                    </select>
                  )}
                </Field>
                {!draft.otherClientId && (
                  <Field label={t('relationship.form.otherClient')} error={errors.otherClient}>
                    {(control) => <input {...control} className="input" autoComplete="off" value={draft.otherClient} onChange={(e) => update({ otherClient: e.target.value })} />}
                  </Field>
                )}
              </>
            )}
            <div className="log-form__flags">
              {fields.includes('isImportant') && <CheckboxField label={t('relationship.form.isImportant')} checked={draft.isImportant} onChange={(isImportant) => update({ isImportant })} />}
              {fields.includes('isAnswered') && (
                <CheckboxField
                  label={t(draft.type === 'message_sent' ? 'relationship.form.theyAnswered' : 'relationship.form.youAnswered')}
                  checked={draft.isAnswered}
                  onChange={(isAnswered) => update({ isAnswered })}
                />
              )}
              {fields.includes('isPlanned') && <CheckboxField label={t('relationship.form.isPlanned')} hint={t('relationship.form.isPlannedHint')} checked={draft.isPlanned} onChange={(isPlanned) => update({ isPlanned })} />}
              {fields.includes('isTrueEmergency') && (
                <CheckboxField label={t('relationship.form.isTrueEmergency')} hint={t('relationship.form.isTrueEmergencyHint')} checked={draft.isTrueEmergency} onChange={(isTrueEmergency) => update({ isTrueEmergency })} />
              )}
              {fields.includes('isPaid') && <CheckboxField label={t('relationship.form.isPaid')} checked={draft.isPaid} onChange={(isPaid) => update({ isPaid })} />}
              {fields.includes('isVague') && <CheckboxField label={t('relationship.form.isVague')} hint={t('relationship.form.isVagueHint')} checked={draft.isVague} onChange={(isVague) => update({ isVague })} />}
            </div>
          </div>
        )}

        <div className="log-form__when">
          <Field label={t('timeline.when')} isOptional hint={t('timeline.whenHint', { timeZone })} error={errors.occurredAt}>
            {(control) => <input {...control} className="input" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />}
          </Field>
          <div className="quick-picks" role="group" aria-label={t('relationship.form.quickWhen')}>
            {quickWhenPicks.map((pick) => (
              <button key={pick} type="button" className="button button--small button--ghost" onClick={() => setWhen(quickWhenValue(pick, new Date(), timeZone))}>
                {t(`relationship.form.when.${pick}`)}
              </button>
            ))}
          </div>
        </div>
        <div className="log-form__confidential">
          <CheckboxField label={t('timeline.confidential')} hint={t('timeline.confidentialHint')} checked={draft.isConfidential} onChange={(isConfidential) => update({ isConfidential })} />
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
