// "Record promise to pay": the date the client promised (today or later) and a note; reminders and new fees pause until then.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordPromise, type Invoice } from '../api/invoices.ts';
import { addDays } from '../../domain/invoicing/local-dates.ts';
import { Field } from '../components/field.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useDialogSubmit } from '../forms/use-dialog-submit.ts';
import { describeInvoiceError, invoiceFieldMessage } from './invoice-text.ts';

type RecordPromiseDialogProps = { invoice: Invoice; today: string; isOpen: boolean; onClose(): void; onRecorded(invoice: Invoice): void };

/** A week is the usual "I'll pay next week"; the freelancer changes it to what was said. */
const DEFAULT_PROMISE_DAYS = 7;

export function RecordPromiseDialog({ invoice, today, isOpen, onClose, onRecorded }: RecordPromiseDialogProps) {
  const { t } = useTranslation();
  const [promisedOn, setPromisedOn] = useState('');
  const [note, setNote] = useState('');
  const { isBusy, errors, error, setErrors, reset, submit: send } = useDialogSubmit((field) => invoiceFieldMessage(field, t));

  useEffect(() => {
    if (!isOpen) return;
    setPromisedOn(addDays(today, DEFAULT_PROMISE_DAYS));
    setNote('');
    reset();
  }, [isOpen]);

  async function submit() {
    if (!promisedOn) return setErrors({ promisedOn: t('invoices.errors.promisedOn') });
    await send(async () => onRecorded(await recordPromise(invoice.id, { promisedOn, note: note.trim() })));
  }

  return (
    <FormDialog
      isOpen={isOpen}
      title={t('invoices.promises.dialogTitle')}
      intro={<p>{t('invoices.promises.dialogIntro')}</p>}
      submitLabel={isBusy ? t('invoices.promises.recording') : t('invoices.promises.record')}
      isBusy={isBusy}
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      {error !== undefined && <ErrorAlert message={describeInvoiceError(error, t, 'promise')} />}
      <Field label={t('invoices.promises.promisedOn')} error={errors.promisedOn}>
        {(control) => <input {...control} type="date" className="input input--date" min={today} value={promisedOn} onChange={(event) => setPromisedOn(event.target.value)} />}
      </Field>
      <Field label={t('invoices.promises.note')} error={errors.note} hint={t('invoices.promises.noteHint')} isOptional>
        {(control) => <textarea {...control} className="input textarea" rows={2} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
    </FormDialog>
  );
}
