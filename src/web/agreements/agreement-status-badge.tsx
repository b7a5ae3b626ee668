// An agreement's status as a labelled badge (Draft, Sent, Viewed, …, "Signed by the client, awaiting the freelancer's signature").
import { useTranslation } from 'react-i18next';
import { statusLabel, type AgreementStatus } from '../../domain/agreements/lifecycle.ts';

type SignatureOnFile = { party: 'freelancer' | 'client'; versionNumber: number };

/** With the signatures (a full agreement), a contract one party has signed says who; a list row shows the stored status. */
export function AgreementStatusBadge({ status, signatures, currentVersion }: { status: AgreementStatus; signatures?: readonly SignatureOnFile[]; currentVersion?: number }) {
  const { t } = useTranslation();
  const current = (signatures ?? []).filter((s) => s.versionNumber === currentVersion);
  const label = statusLabel(status, { hasClientSigned: current.some((s) => s.party === 'client'), hasFreelancerSigned: current.some((s) => s.party === 'freelancer') });
  return <span className={`badge agreement-badge agreement-badge--${label}`}>{t(`agreements.statuses.${label}`)}</span>;
}
