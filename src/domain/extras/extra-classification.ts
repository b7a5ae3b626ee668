// An extra request is paid work, a favor, or scope creep: a recurring duty done for nothing.
import type { ExtraRequest } from '../health/relationship-events.ts';

export const extraClasses = ['paid_extra', 'favor', 'scope_creep'] as const;
export type ExtraClass = (typeof extraClasses)[number];

/**
 * A one-time unpaid extra is a favor, fine for a client who gives back; the same small task every week, unpaid, grows
 * into a part of the job nobody agreed to, so a recurring unpaid duty is scope creep however small it is.
 */
export function classifyExtra(extra: ExtraRequest): ExtraClass {
  if (extra.isPaid) return 'paid_extra';
  switch (extra.extent) {
    case 'one_time':
      return 'favor';
    case 'recurring':
      return 'scope_creep';
  }
}

export function isUnpaidExtra(extra: ExtraRequest): boolean {
  return !extra.isPaid;
}
