// Thresholds for vetting a prospect; every one is a setting the freelancer can change.

export type VettingSettings = {
  /** How many weeks ahead the time-zone overlap is computed. 26 weeks is the default contract term of six months. */
  overlapWeeks: number;
  /** Shared working time wanted per day you work; below it in the worst week, the time zone needs attention. */
  minOverlapHoursPerWorkday: number;
  /** A prospect who needs at most this many compromises can still be a good fit. */
  maxNegotiablesForGoodFit: number;
  /** Beyond this many compromises even a trial project is not worth it: walk away. */
  maxNegotiablesForTrial: number;
};

export const defaultVettingSettings: VettingSettings = {
  overlapWeeks: 26,
  minOverlapHoursPerWorkday: 2,
  maxNegotiablesForGoodFit: 2,
  maxNegotiablesForTrial: 5,
};
