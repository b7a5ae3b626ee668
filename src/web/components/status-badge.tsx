// An outbox email's delivery status as a labelled badge ("Stored, not sent", "Sent", "Failed").
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '../../schemas/outbox.ts';

export function StatusBadge({ status }: { status: OutboxMessage['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--status-${status}`}>{t(`outbox.status.${status}`)}</span>;
}
