// The freelancer's own list of kinds of client to avoid: suggestions to pick from, plus anything they write themselves.
import { isSameLabel } from './labels.ts';

/** Starting points offered by the wizard; the freelancer keeps, drops or adds to them. */
export const redFlagSuggestions = [
  'haggles_over_price',
  'vague_scope',
  'everything_is_urgent',
  'ignores_boundaries',
  'blames_past_freelancers',
  'slow_to_reply',
  'asks_for_free_samples',
  'unclear_about_payment',
] as const;
export type RedFlagSuggestion = (typeof redFlagSuggestions)[number];

export type RedFlag = { kind: 'suggested'; key: RedFlagSuggestion } | { kind: 'own'; text: string };

export function isSameRedFlag(a: RedFlag, b: RedFlag): boolean {
  if (a.kind === 'suggested' && b.kind === 'suggested') return a.key === b.key;
  if (a.kind === 'own' && b.kind === 'own') return isSameLabel(a.text, b.text);
  return false;
}
