// Where a client is in vetting: who can be interviewed, and who can still get a decision.
import type { ClientStage } from '../../domain/clients/lifecycle.ts';

/** The server records interviews for leads and prospects being interviewed (a lead moves to interviewing). */
export function canBeInterviewed(stage: ClientStage): boolean {
  return stage === 'lead' || stage === 'interviewing';
}

/** A decision is for prospects; someone on the waitlist can be decided on again when you follow up. */
export function canBeDecided(stage: ClientStage): boolean {
  return stage === 'lead' || stage === 'interviewing' || stage === 'waitlist';
}
