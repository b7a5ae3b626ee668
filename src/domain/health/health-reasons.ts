// The five reasons to let a client go, and the shape every reason's assessment shares on the health card.
import type { HealthText } from './health-text.ts';
import type { HealthStatus, HealthTrend } from './health-status.ts';

/** In the order the card shows them. */
export const healthReasonKinds = ['communication', 'panic', 'integrity', 'decline', 'expectations'] as const;
export type HealthReasonKind = (typeof healthReasonKinds)[number];

/** Links to what the status is based on: timeline events, and for payments the invoices. */
export type HealthEvidence = { eventIds: string[]; invoiceIds: string[] };

export type ReasonAssessment = {
  reason: HealthReasonKind;
  status: HealthStatus;
  /** The recent window against the one before it, on the same count. */
  trend: HealthTrend;
  signals: { current: number; previous: number };
  /** Only what the status is based on (the recent window), oldest first. */
  evidence: HealthEvidence;
  because: HealthText[];
  /** What to bring up about this reason if the freelancer decides to talk it through. */
  agendaItem: HealthText;
};
