// An invoice's status as a badge that says it in words (Draft, Overdue, Paid…); the colour only repeats what the word says.
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../api/invoices.ts';
import './invoices.css';

export function InvoiceStatusBadge({ status }: { status: Invoice['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge invoice-badge invoice-badge--${status}`}>{t(`invoices.statuses.${status}`)}</span>;
}
