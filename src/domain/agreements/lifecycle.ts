// The life of a proposal (draft → sent → viewed → accepted / declined / expired) and of a contract (… → signed).
import type { AgreementKind } from './document.ts';

export const agreementStatuses = ['draft', 'sent', 'viewed', 'accepted', 'declined', 'expired', 'signed'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

/** Who signs a contract first: the freelancer before sending, or after the client; "either" leaves it open. */
export const signingOrders = ['freelancer_first', 'client_first', 'either'] as const;
export type SigningOrder = (typeof signingOrders)[number];

export type AgreementSettings = { signingOrder: SigningOrder; renegotiationReminderDays: number };
export const defaultAgreementSettings: AgreementSettings = { signingOrder: 'either', renegotiationReminderDays: 30 };

export type AgreementState = { kind: AgreementKind; status: AgreementStatus; offerExpiresOn: string | null };

/** The stored status, except that an open proposal whose offer date has passed reads as expired. `today` is the client's date. */
export function effectiveStatus(state: AgreementState, today: string): AgreementStatus {
  if (state.kind === 'proposal' && (state.status === 'sent' || state.status === 'viewed') && state.offerExpiresOn !== null && today > state.offerExpiresOn) return 'expired';
  return state.status;
}

export type Refusal = { reason: 'not_draft' | 'not_open' | 'expired' | 'not_a_proposal' | 'not_a_contract' | 'already_signed' | 'waiting_for_freelancer' | 'waiting_for_client' | 'stale_version' };
export type Decision = { isAllowed: true } | ({ isAllowed: false } & Refusal);

const allowed: Decision = { isAllowed: true };
const refuse = (reason: Refusal['reason']): Decision => ({ isAllowed: false, reason });

const isOpen = (status: AgreementStatus) => status === 'sent' || status === 'viewed';

/** Only a draft is edited in place; once sent, a change is a new version the client can compare. */
export function canEdit(state: AgreementState): Decision {
  return state.status === 'draft' ? allowed : refuse('not_draft');
}

export function canSend(state: AgreementState): Decision {
  return state.status === 'draft' ? allowed : refuse('not_draft');
}

export function canRevise(state: AgreementState, today: string): Decision {
  const status = effectiveStatus(state, today);
  // A new version with a later offer date is how an expired proposal is renewed.
  return isOpen(status) || status === 'expired' ? allowed : refuse('not_open');
}

export function canComment(state: AgreementState, today: string): Decision {
  return isOpen(effectiveStatus(state, today)) ? allowed : refuse('not_open');
}

/** After the offer date the client can no longer accept: dates and rates may have changed. */
export function canAccept(state: AgreementState, today: string, version: number, currentVersion: number): Decision {
  if (state.kind !== 'proposal') return refuse('not_a_proposal');
  const status = effectiveStatus(state, today);
  if (status === 'expired') return refuse('expired');
  if (!isOpen(status)) return refuse('not_open');
  return version === currentVersion ? allowed : refuse('stale_version');
}

export function canDecline(state: AgreementState, today: string): Decision {
  const status = effectiveStatus(state, today);
  return isOpen(status) ? allowed : refuse('not_open');
}

export type Signer = 'freelancer' | 'client';
export type SignatureState = { hasFreelancerSigned: boolean; hasClientSigned: boolean };

/** A contract is signed by each party once, in the order the freelancer's setting asks. */
export function canSign(state: AgreementState, signer: Signer, signatures: SignatureState, order: SigningOrder, version: number, currentVersion: number): Decision {
  if (state.kind !== 'contract') return refuse('not_a_contract');
  if (state.status === 'signed') return refuse('already_signed');
  if (signer === 'freelancer' ? signatures.hasFreelancerSigned : signatures.hasClientSigned) return refuse('already_signed');
  // The freelancer may sign a contract that is still a draft (signing first); the client only an open one.
  if (signer === 'client' && !isOpen(state.status)) return refuse('not_open');
  if (signer === 'freelancer' && !isOpen(state.status) && state.status !== 'draft') return refuse('not_open');
  if (version !== currentVersion) return refuse('stale_version');
  if (signer === 'client' && order === 'freelancer_first' && !signatures.hasFreelancerSigned) return refuse('waiting_for_freelancer');
  if (signer === 'freelancer' && order === 'client_first' && !signatures.hasClientSigned) return refuse('waiting_for_client');
  return allowed;
}

/** Signed once both have signed; until then the status stays where it was. */
export function statusAfterSignature(current: AgreementStatus, signatures: SignatureState): AgreementStatus {
  return signatures.hasFreelancerSigned && signatures.hasClientSigned ? 'signed' : current;
}

/** What a reader is told about an agreement: the stored status, except that a contract one party has signed says so. */
export type StatusLabel = AgreementStatus | 'signed_by_client' | 'signed_by_freelancer';

/**
 * The stored status stays sent/viewed until both have signed (that is what signing, sending and the portal check), but
 * showing "Viewed" to a client who just signed misleads both sides, so the label names who has signed. A freelancer who
 * signs a draft first still sees "Draft": the document has not gone out yet.
 */
export function statusLabel(status: AgreementStatus, signatures: SignatureState): StatusLabel {
  if (status !== 'sent' && status !== 'viewed') return status;
  if (signatures.hasClientSigned && !signatures.hasFreelancerSigned) return 'signed_by_client';
  if (signatures.hasFreelancerSigned && !signatures.hasClientSigned) return 'signed_by_freelancer';
  return status;
}
