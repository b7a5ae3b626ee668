// Why a warm lead waits: the closed list the API accepts, in the order the form offers them.
import type { WaitlistReasonKey } from '../api/waitlist.ts';

export const waitlistReasons = ['asked_while_busy', 'past_client', 'referral', 'other'] as const satisfies readonly WaitlistReasonKey[];

// Fails to compile if the API gains a reason this list does not offer.
const coversEveryReason: Record<WaitlistReasonKey, true> = { asked_while_busy: true, past_client: true, referral: true, other: true };
void coversEveryReason;

/** Today plus `days` on the browser's calendar, as YYYY-MM-DD for a date input. */
export function localDatePlus(days: number, from = new Date()): string {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
