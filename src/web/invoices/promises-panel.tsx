// Promises to pay on an invoice, each kept, broken or still pending, and "Record promise to pay" while money is owed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../api/invoices.ts';
import { useToast } from '../components/toast-provider.tsx';
import { formatShortDay } from './invoice-text.ts';
import { RecordPromiseDialog } from './record-promise-dialog.tsx';

type PromisesPanelProps = { invoice: Invoice; today: string; onChanged(invoice: Invoice): void };

const openStatuses = new Set<Invoice['status']>(['issued', 'viewed', 'partially_paid', 'overdue']);

export function PromisesPanel({ invoice, today, onChanged }: PromisesPanelProps) {
  const { t, i18n } = useTranslation();
  const { showToast } = useToast();
  const headingId = useId();
  const [isRecording, setIsRecording] = useState(false);
  const language = i18n.language;
  const canRecord = openStatuses.has(invoice.status) && invoice.balance > 0;

  return (
    <section className="card invoice-panel" aria-labelledby={headingId}>
      <div className="invoice-panel__header">
        <h2 id={headingId} className="section-title">
          {t('invoices.promises.title')}
        </h2>
        {canRecord && (
          <button type="button" className="button button--secondary button--small" onClick={() => setIsRecording(true)}>
            {t('invoices.promises.recordButton')}
          </button>
        )}
      </div>
      <p className="section-intro">{t('invoices.promises.intro')}</p>
      {invoice.promises.length === 0 ? (
        <p className="muted">{t('invoices.promises.empty')}</p>
      ) : (
        <ul className="invoice-events">
          {invoice.promises.map((promise) => (
            <li key={promise.id} className="invoice-events__item">
              <span className="invoice-events__title">{t('invoices.promises.line', { date: formatShortDay(promise.promisedOn, language) })}</span>
              <span className="invoice-events__detail">
                <span className={`badge invoice-outcome invoice-outcome--${promise.outcome}`}>{t(`invoices.promises.outcomes.${promise.outcome}`)}</span>{' '}
                <span className="muted">{t('invoices.promises.recordedOn', { date: formatShortDay(promise.recordedOn, language) })}</span>
              </span>
              {promise.note && <span className="invoice-events__note">{promise.note}</span>}
            </li>
          ))}
        </ul>
      )}
      <RecordPromiseDialog
        invoice={invoice}
        today={today}
        isOpen={isRecording}
        onClose={() => setIsRecording(false)}
        onRecorded={(updated) => {
          setIsRecording(false);
          onChanged(updated);
          showToast(t('invoices.promises.recorded'));
        }}
      />
    </section>
  );
}
