// Closes a concern with a few words on how it was talked through; the notes are required, as the resolution is the record.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../schemas/events.ts';
import { resolveConcern } from '../api/events.ts';
import { ApiError } from '../api/http.ts';
import { FormDialog } from '../components/form-dialog.tsx';
import { Field } from '../components/field.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';

const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;

type ResolveConcernDialogProps = {
  clientId: string;
  concern: { eventId: string; summary: string } | undefined;
  onResolved(event: TimelineEvent): void;
  onCancel(): void;
};

export function ResolveConcernDialog({ clientId, concern, onResolved, onCancel }: ResolveConcernDialogProps) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [isBusy, setIsBusy] = useState(false);

  function close() {
    setNotes('');
    setError(undefined);
    setFailure(undefined);
    onCancel();
  }

  async function submit() {
    if (!concern) return;
    if (!notes.trim()) return setError(t('relationship.concerns.notesRequired'));
    setIsBusy(true);
    setError(undefined);
    setFailure(undefined);
    try {
      const event = await resolveConcern(clientId, concern.eventId, { notes: notes.trim() });
      setNotes('');
      onResolved(event);
    } catch (caught) {
      if (caught instanceof ApiError && caught.fieldErrors.some((f) => f.field === 'notes')) setError(t('relationship.concerns.notesRequired'));
      else setFailure(caught);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <FormDialog
      isOpen={concern !== undefined}
      title={t('relationship.concerns.resolveTitle')}
      intro={concern && <p>“{concern.summary}”</p>}
      submitLabel={isBusy ? t('relationship.saving') : t('relationship.concerns.resolveSubmit')}
      isBusy={isBusy}
      onSubmit={() => void submit()}
      onCancel={close}
    >
      {failure !== undefined && <ErrorAlert error={failure} message={isConflict(failure) ? t('relationship.concerns.alreadyResolved') : undefined} />}
      <Field label={t('relationship.concerns.notes')} hint={t('relationship.concerns.notesHint')} error={error}>
        {(control) => <textarea {...control} className="input textarea" rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
    </FormDialog>
  );
}
