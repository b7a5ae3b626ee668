// The verdict on one answer: it fits, it touches a compromise (negotiable), it touches a non-negotiable (conflict), or it is not answered yet.
import type { Flexibility } from '../profile/flexibility.ts';

export const fitStatuses = ['fits', 'negotiable', 'conflict', 'unknown'] as const;
export type FitStatus = (typeof fitStatuses)[number];

/** What crossing a preference means: a conflict when the freelancer marked it non-negotiable, otherwise something to negotiate. */
export function statusWhenCrossed(flexibility: Flexibility): Extract<FitStatus, 'conflict' | 'negotiable'> {
  switch (flexibility) {
    case 'non_negotiable':
      return 'conflict';
    case 'willing_to_compromise':
      return 'negotiable';
  }
}

/** Higher is worse. An unanswered question is worse than a fit (it still needs asking) but better than any compromise. */
export function statusSeverity(status: FitStatus): number {
  switch (status) {
    case 'fits':
      return 0;
    case 'unknown':
      return 1;
    case 'negotiable':
      return 2;
    case 'conflict':
      return 3;
  }
}

export function worstStatus(statuses: readonly FitStatus[]): FitStatus {
  return statuses.reduce<FitStatus>((worst, status) => (statusSeverity(status) > statusSeverity(worst) ? status : worst), 'fits');
}
