// A concern's life: open when logged, resolved once talked through, with notes on how.
import { Temporal } from 'temporal-polyfill';
import type { Concern, ResolvedConcern } from '../health/relationship-events.ts';

export const resolveProblems = ['already_resolved', 'resolved_before_opened', 'notes_missing'] as const;
export type ResolveProblem = (typeof resolveProblems)[number];

export type ResolveResult = { kind: 'resolved'; concern: ResolvedConcern } | { kind: 'rejected'; problem: ResolveProblem };

/** The notes are the point of resolving: they are what the freelancer reads the next time something similar comes up. */
export function resolveConcern(concern: Concern, resolvedAt: Temporal.Instant, notes: string): ResolveResult {
  switch (concern.status) {
    case 'resolved':
      return { kind: 'rejected', problem: 'already_resolved' };
    case 'open': {
      if (Temporal.Instant.compare(resolvedAt, Temporal.Instant.from(concern.openedAt)) < 0) return { kind: 'rejected', problem: 'resolved_before_opened' };
      const trimmed = notes.trim();
      if (trimmed === '') return { kind: 'rejected', problem: 'notes_missing' };
      return { kind: 'resolved', concern: { ...concern, status: 'resolved', resolvedAt: resolvedAt.toString(), resolutionNotes: trimmed } };
    }
  }
}
