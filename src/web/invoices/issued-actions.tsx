// What can be done with an issued invoice from its header: download the PDF, and void it (asking why, since the corrective
// invoice states the reason). An invoice with payments, or one that is itself a correction, is not voided from here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoicePdfUrl, voidInvoice, type Invoice, type VoidedInvoiceData } from '../api/invoices.ts';
import { Field } from '../components/field.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useDialogSubmit } from '../forms/use-dialog-submit.ts';
import { describeInvoiceError, invoiceFieldMessage } from './invoice-text.ts';

type IssuedActionsProps = { invoice: Invoice; onVoided(result: VoidedInvoiceData): void };

export function IssuedActions({ invoice, onVoided }: IssuedActionsProps) {
  const { t } = useTranslation();
  const [isVoiding, setIsVoiding] = useState(false);
  const [reason, setReason] = useState('');
  const { isBusy, errors, error, setErrors, reset, submit: send } = useDialogSubmit((field) => invoiceFieldMessage(field, t));
  const canVoid = invoice.status !== 'void' && invoice.series !== 'corrective' && invoice.paid === 0;

  function open() {
    setReason('');
    reset();
    setIsVoiding(true);
  }

  async function submit() {
    if (!reason.trim()) return setErrors({ reason: t('invoices.errors.reason') });
    await send(async () => {
      const result = await voidInvoice(invoice.id, reason.trim());
      setIsVoiding(false);
      onVoided(result);
    });
  }

  return (
    <div className="page__actions">
      <a className="button button--secondary" href={invoicePdfUrl(invoice.id)} download>
        {t('invoices.actions.pdf')}
      </a>
      {canVoid && (
        <button type="button" className="button button--ghost-danger" onClick={open}>
          {t('invoices.actions.void')}
        </button>
      )}
      <FormDialog
        isOpen={isVoiding}
        title={t('invoices.void.title', { number: invoice.number ?? '' })}
        intro={<p>{t('invoices.void.intro')}</p>}
        submitLabel={isBusy ? t('invoices.void.voiding') : t('invoices.void.confirm')}
        isDestructive
        isBusy={isBusy}
        onSubmit={() => void submit()}
        onCancel={() => setIsVoiding(false)}
      >
        {error !== undefined && <ErrorAlert message={describeInvoiceError(error, t, 'void')} />}
        <Field label={t('invoices.void.reason')} hint={t('invoices.void.reasonHint')} error={errors.reason}>
          {(control) => <textarea {...control} className="input textarea" rows={3} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
      </FormDialog>
    </div>
  );
}
