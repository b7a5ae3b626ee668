// How often rush work happens, from never to constantly: what a prospect needs and the most a freelancer accepts.

/** Ordered from least to most often; the order is what comparisons use. */
export const rushFrequencies = ['never', 'rarely', 'monthly', 'weekly', 'constantly'] as const;
export type RushFrequency = (typeof rushFrequencies)[number];

/** True when `needed` is more often than `acceptedAtMost`. */
export function isMoreFrequentRush(needed: RushFrequency, acceptedAtMost: RushFrequency): boolean {
  return rushFrequencies.indexOf(needed) > rushFrequencies.indexOf(acceptedAtMost);
}
