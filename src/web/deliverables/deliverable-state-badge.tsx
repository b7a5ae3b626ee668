// A deliverable's state as a badge, in the words of who reads it: the freelancer ("Held until paid") or the client
// ("Complete, delivered on payment").
import { useTranslation } from 'react-i18next';
import type { Deliverable } from '../api/deliverables.ts';
import './deliverable-state-badge.css';

export function DeliverableStateBadge({ state, audience }: { state: Deliverable['state']; audience: 'freelancer' | 'client' }) {
  const { t } = useTranslation();
  return <span className={`badge deliverable-badge deliverable-badge--${state}`}>{t(audience === 'client' ? `deliverables.portal.state.${state}` : `deliverables.state.${state}`)}</span>;
}
