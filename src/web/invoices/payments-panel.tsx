// The money received on an invoice, newest last, and "Record payment" while anything is owed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../api/invoices.ts';
import { useToast } from '../components/toast-provider.tsx';
import { formatMoney } from '../forms/money.ts';
import { formatShortDay } from './invoice-text.ts';
import { RecordPaymentDialog } from './record-payment-dialog.tsx';

type PaymentsPanelProps = { invoice: Invoice; today: string; onChanged(invoice: Invoice): void };

export function PaymentsPanel({ invoice, today, onChanged }: PaymentsPanelProps) {
  const { t, i18n } = useTranslation();
  const { showToast } = useToast();
  const headingId = useId();
  const [isRecording, setIsRecording] = useState(false);
  const language = i18n.language;
  const canRecord = invoice.status !== 'draft' && invoice.status !== 'void' && invoice.balance > 0;

  return (
    <section className="card invoice-panel" aria-labelledby={headingId}>
      <div className="invoice-panel__header">
        <h2 id={headingId} className="section-title">
          {t('invoices.payments.title')}
        </h2>
        {canRecord && (
          <button type="button" className="button button--primary button--small" onClick={() => setIsRecording(true)}>
            {t('invoices.payments.recordButton')}
          </button>
        )}
      </div>
      {invoice.payments.length === 0 ? (
        <p className="muted">{t('invoices.payments.empty')}</p>
      ) : (
        <ul className="invoice-events">
          {invoice.payments.map((payment) => (
            <li key={payment.id} className="invoice-events__item">
              <span className="invoice-events__title">
                <strong>{formatMoney(payment.amount, invoice.currency, language)}</strong> <span className="muted">{t('invoices.payments.receivedOn', { date: formatShortDay(payment.paidOn, language) })}</span>
              </span>
              <span className="invoice-events__note">{[t(`invoices.methods.${payment.method}`), payment.reference].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
      <RecordPaymentDialog
        invoice={invoice}
        today={today}
        isOpen={isRecording}
        onClose={() => setIsRecording(false)}
        onRecorded={(updated) => {
          setIsRecording(false);
          onChanged(updated);
          showToast(updated.balance === 0 ? t('invoices.payments.paidInFull') : t('invoices.payments.recorded', { balance: formatMoney(updated.balance, updated.currency, language) }));
        }}
      />
    </section>
  );
}
