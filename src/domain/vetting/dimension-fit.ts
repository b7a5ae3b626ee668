// The result for one dimension: its findings (one reason each, sometimes with advice) and the worst of their statuses.
import type { FitDimension } from './fit-dimensions.ts';
import { worstStatus, type FitStatus } from './fit-status.ts';
import { reason, type Reason } from './reason.ts';

export type FitFinding = { status: FitStatus; reason: Reason; advice: Reason | null };

/** `findings` is never empty: even a clean fit says why it fits. */
export type DimensionFit = { dimension: FitDimension; status: FitStatus; findings: FitFinding[] };

export function finding(status: FitStatus, why: Reason, advice: Reason | null = null): FitFinding {
  return { status, reason: why, advice };
}

export function dimensionFit(dimension: FitDimension, findings: FitFinding[]): DimensionFit {
  return { dimension, status: worstStatus(findings.map((f) => f.status)), findings };
}

/** The prospect has not answered this yet: ask before deciding. */
export function unanswered(dimension: FitDimension): DimensionFit {
  return dimensionFit(dimension, [finding('unknown', reason('vetting.reason.notAnswered', { dimension }))]);
}
