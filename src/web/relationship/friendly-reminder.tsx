// The friendly-reminder suggestion: why now, and a draft in the client's language to edit in a dialog and queue in the outbox.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientRelationship } from '../../schemas/relationship.ts';
import { sendFriendlyReminder, type QueuedReminder } from '../api/relationship.ts';
import { ApiError } from '../api/http.ts';
import { FormDialog } from '../components/form-dialog.tsx';
import { Field } from '../components/field.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useToast } from '../components/toast-provider.tsx';

type Suggestion = NonNullable<ClientRelationship['friendlyReminder']>;

export function FriendlyReminder({ clientId, suggestion, onQueued }: { clientId: string; suggestion: Suggestion; onQueued(queued: QueuedReminder): void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const [isOpen, setIsOpen] = useState(false);
  const [subject, setSubject] = useState(suggestion.draft.subject);
  const [body, setBody] = useState(suggestion.draft.body);
  const [errors, setErrors] = useState<{ subject?: string; body?: string }>({});
  const [failure, setFailure] = useState<unknown>();
  const [isBusy, setIsBusy] = useState(false);
  const hasRecipient = suggestion.draft.to !== null;

  function open() {
    // Start from the current draft each time: the counts behind it may have changed since.
    setSubject(suggestion.draft.subject);
    setBody(suggestion.draft.body);
    setErrors({});
    setFailure(undefined);
    setIsOpen(true);
  }

  async function send() {
    const found = { subject: subject.trim() ? undefined : t('relationship.reminder.subjectRequired'), body: body.trim() ? undefined : t('relationship.reminder.bodyRequired') };
    setErrors(found);
    if (found.subject || found.body) return;
    setIsBusy(true);
    setFailure(undefined);
    try {
      const queued = await sendFriendlyReminder(clientId, { subject: subject.trim(), body: body.trim() });
      setIsOpen(false);
      showToast(t('relationship.reminder.queued', { to: queued.to }));
      onQueued(queued);
    } catch (error) {
      setFailure(error);
    } finally {
      setIsBusy(false);
    }
  }

  const noEmail = failure instanceof ApiError && failure.fieldErrors.some((f) => f.field === 'to');
  return (
    <div className="reminder" role="group" aria-labelledby="reminder-title">
      <h3 id="reminder-title" className="subsection-title">
        <span aria-hidden="true">✉ </span>
        {t('health.reminder.title')}
      </h3>
      <ul className="reminder__because">
        {suggestion.because.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {suggestion.topics.length > 0 && (
        <p className="reminder__topics">
          {t('relationship.reminder.topics')}{' '}
          {suggestion.topics.map((topic) => (
            <span key={topic.topic} className="badge badge--muted">
              {t(`health.reminderTopic.${topic.topic}`)}
            </span>
          ))}
        </p>
      )}
      {!hasRecipient && <p className="alert alert--info">{t('relationship.reminder.noEmail')}</p>}
      <button type="button" className="button button--primary" onClick={open} disabled={!hasRecipient}>
        {t('relationship.reminder.review')}
      </button>
      <FormDialog isOpen={isOpen} wide title={t('relationship.reminder.dialogTitle')} submitLabel={isBusy ? t('relationship.reminder.sending') : t('relationship.reminder.send')} isBusy={isBusy} onSubmit={() => void send()} onCancel={() => setIsOpen(false)} intro={<p>{t('relationship.reminder.to', { to: suggestion.draft.to ?? '' })}</p>}>
        {failure !== undefined && <ErrorAlert error={failure} message={noEmail ? t('relationship.reminder.noEmail') : undefined} />}
        <Field label={t('relationship.reminder.subject')} error={errors.subject}>
          {(control) => <input {...control} className="input" value={subject} onChange={(e) => setSubject(e.target.value)} />}
        </Field>
        <Field label={t('relationship.reminder.body')} hint={t('relationship.reminder.bodyHint')} error={errors.body}>
          {(control) => <textarea {...control} className="input textarea" rows={10} value={body} onChange={(e) => setBody(e.target.value)} lang={suggestion.draft.language} />}
        </Field>
      </FormDialog>
    </div>
  );
}
