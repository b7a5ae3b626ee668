// "Record payment": the amount (the balance unless changed), the day it arrived (today), how and a reference. More than the
// balance is refused by the server, and its answer appears on the amount.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordPayment, type Invoice } from '../api/invoices.ts';
import { Field } from '../components/field.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { MoneyInput } from '../components/money-input.tsx';
import { currencyDigits, formatMoney, moneyToInput, parseMoney } from '../forms/money.ts';
import { type FieldErrors } from '../forms/form-errors.ts';
import { useDialogSubmit } from '../forms/use-dialog-submit.ts';
import { paymentMethodChoices } from './invoice-draft.ts';
import { describeInvoiceError, invoiceFieldMessage } from './invoice-text.ts';

type RecordPaymentDialogProps = { invoice: Invoice; today: string; isOpen: boolean; onClose(): void; onRecorded(invoice: Invoice): void };

type Method = (typeof paymentMethodChoices)[number];

export function RecordPaymentDialog({ invoice, today, isOpen, onClose, onRecorded }: RecordPaymentDialogProps) {
  const { t, i18n } = useTranslation();
  const digits = currencyDigits(invoice.currency);
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(today);
  const [method, setMethod] = useState<Method>('bank_transfer');
  const [reference, setReference] = useState('');
  const { isBusy, errors, error, setErrors, reset, submit: send } = useDialogSubmit((field) =>
    // The one refusal on the amount that the form cannot know: more than what is owed.
    field === 'amount' ? t('invoices.errors.overBalance', { balance: formatMoney(invoice.balance, invoice.currency, i18n.language) }) : invoiceFieldMessage(field, t),
  );

  // Each opening starts from the balance and today, so a second payment does not inherit the first one's figures.
  useEffect(() => {
    if (!isOpen) return;
    setAmount(moneyToInput(invoice.balance, digits, i18n.language));
    setPaidOn(today);
    setReference('');
    reset();
  }, [isOpen]);

  async function submit() {
    const minor = parseMoney(amount, digits);
    const found: FieldErrors = {};
    if (minor === null || minor === undefined) found.amount = t('invoices.errors.notAnAmount');
    else if (minor <= 0) found.amount = t('invoices.errors.amountAboveZero');
    if (!paidOn) found.paidOn = t('invoices.errors.paidOn');
    setErrors(found);
    if (Object.keys(found).length > 0 || minor === null || minor === undefined) return;
    await send(async () => onRecorded(await recordPayment(invoice.id, { amount: minor, paidOn, method, reference: reference.trim() })));
  }

  return (
    <FormDialog
      isOpen={isOpen}
      title={t('invoices.payments.dialogTitle')}
      intro={<p>{t('invoices.payments.dialogIntro', { balance: formatMoney(invoice.balance, invoice.currency, i18n.language) })}</p>}
      submitLabel={isBusy ? t('invoices.payments.recording') : t('invoices.payments.record')}
      isBusy={isBusy}
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      {error !== undefined && <ErrorAlert message={describeInvoiceError(error, t, 'payment')} />}
      <Field label={t('invoices.payments.amount')} error={errors.amount}>
        {(control) => <MoneyInput {...control} currency={invoice.currency} value={amount} onChange={setAmount} />}
      </Field>
      <Field label={t('invoices.payments.paidOn')} error={errors.paidOn} hint={t('invoices.payments.paidOnHint')}>
        {(control) => <input {...control} type="date" className="input input--date" max={today} value={paidOn} onChange={(event) => setPaidOn(event.target.value)} />}
      </Field>
      <Field label={t('invoices.payments.method')} error={errors.method}>
        {(control) => (
          <select {...control} className="input" value={method} onChange={(event) => setMethod(event.target.value as Method)}>
            {paymentMethodChoices.map((value) => (
              <option key={value} value={value}>
                {t(`invoices.methods.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('invoices.payments.reference')} error={errors.reference} hint={t('invoices.payments.referenceHint')} isOptional>
        {(control) => <input {...control} className="input" autoComplete="off" maxLength={200} value={reference} onChange={(event) => setReference(event.target.value)} />}
      </Field>
    </FormDialog>
  );
}
