// The automatic reminders recorded for an invoice: which step, when, and what happened. A reminder that could not go out
// for lack of an email address says so and links to where the address is added.
import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../api/invoices.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { reminderStepOffset, reminderStepText } from './invoice-text.ts';

const knownOutcomes = new Set(['sent', 'no_address', 'passed_over']);

export function RemindersPanel({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const formatContext = useFormatContext();
  const headingId = useId();
  const hasMissingAddress = invoice.remindersSent.some((reminder) => reminder.outcome === 'no_address');
  return (
    <section className="card invoice-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('invoices.reminders.title')}
      </h2>
      <p className="section-intro">{t('invoices.reminders.intro')}</p>
      {hasMissingAddress && (
        <div className="alert alert--error">
          <p>{t('invoices.reminders.noAddressAlert')}</p>
          <p>
            <Link to={`/clients/${invoice.clientId}/edit`}>{t('invoices.reminders.addEmail')}</Link>
          </p>
        </div>
      )}
      {invoice.remindersSent.length === 0 ? (
        <p className="muted">{t('invoices.reminders.empty')}</p>
      ) : (
        <ul className="invoice-events">
          {/* In schedule order: a step passed over is recorded with the later one, but belongs before it. */}
          {[...invoice.remindersSent]
            .sort((a, b) => reminderStepOffset(a.step) - reminderStepOffset(b.step))
            .map((reminder) => (
              <li key={reminder.step} className="invoice-events__item">
                <span className="invoice-events__title">{reminderStepText(reminder.step, t)}</span>
                <span className="invoice-events__detail">
                  <span className={`badge invoice-outcome invoice-outcome--${reminder.outcome}`}>
                    {knownOutcomes.has(reminder.outcome) ? t(`invoices.reminders.outcomes.${reminder.outcome}`) : t('invoices.reminders.outcomes.other')}
                  </span>{' '}
                  <span className="muted">{formatDateTime(reminder.recordedAt, formatContext)}</span>
                </span>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
