// The freelancer's gut feeling after the interview: required before any recommendation, because it is often right.

export const gutFeelings = ['at_ease', 'unsure', 'uneasy'] as const;
export type GutFeeling = (typeof gutFeelings)[number];

/** `note` says in the freelancer's words what felt right or off; it may be empty. */
export type GutCheck = { feeling: GutFeeling; note: string };
