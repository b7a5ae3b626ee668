// An agreement's status as a labelled badge (Draft, Sent, Viewed, Accepted, Declined, Expired, Signed).
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../../domain/agreements/lifecycle.ts';

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return <span className={`badge agreement-badge agreement-badge--${status}`}>{t(`agreements.statuses.${status}`)}</span>;
}
