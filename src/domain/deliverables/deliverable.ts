// A deliverable: a file or a link the freelancer hands over on a contract, either a draft to look at or the final work.

export const deliverableKinds = ['file', 'link'] as const;
export type DeliverableKind = (typeof deliverableKinds)[number];

/** 'payment' when the contract's invoices were paid, 'freelancer' when released by hand, 'not_held' when it never waited. */
export const releaseCauses = ['payment', 'freelancer', 'not_held'] as const;
export type ReleaseCause = (typeof releaseCauses)[number];

/**
 * What the client sees: a draft or preview is `visible` at once; a final deliverable is `held` ("complete, delivered on
 * payment") until it is `released`.
 */
export const deliverableStates = ['visible', 'held', 'released'] as const;
export type DeliverableState = (typeof deliverableStates)[number];

export type DeliverableFacts = { isFinal: boolean; releasedAt: string | null };

export function stateOf(deliverable: DeliverableFacts): DeliverableState {
  if (!deliverable.isFinal) return 'visible';
  return deliverable.releasedAt === null ? 'held' : 'released';
}

/** Only what waits can be released by hand: a draft is already visible and a released file stays released. */
export function canReleaseByHand(deliverable: DeliverableFacts): { isAllowed: true } | { isAllowed: false; reason: 'not_final' | 'already_released' } {
  if (!deliverable.isFinal) return { isAllowed: false, reason: 'not_final' };
  if (deliverable.releasedAt !== null) return { isAllowed: false, reason: 'already_released' };
  return { isAllowed: true };
}

/** Work is handed over on a contract the client has received; a draft contract can still be thrown away, a proposal is not the deal. */
export function acceptsDeliverables(agreement: { kind: string; status: string }): boolean {
  return agreement.kind === 'contract' && (agreement.status === 'sent' || agreement.status === 'viewed' || agreement.status === 'signed');
}
