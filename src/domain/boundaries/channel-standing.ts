// Where a contact's channel sits in the freelancer's ranking: their favourite, one they offer, the one they like least, or not offered.
import type { ContactChannel } from '../events/event-types.ts';

export const channelStandings = ['preferred', 'offered', 'ranked_last', 'not_offered'] as const;
export type ChannelStanding = (typeof channelStandings)[number];

/** With a single channel offered it is both first and last; it counts as preferred, since it is the freelancer's only choice. */
export function channelStanding(channel: ContactChannel, ranked: readonly ContactChannel[]): ChannelStanding {
  const position = ranked.indexOf(channel);
  if (position === -1) return 'not_offered';
  if (position === 0) return 'preferred';
  return position === ranked.length - 1 ? 'ranked_last' : 'offered';
}
