// Thresholds for section 8 (be in a position to let a client go); every one is a setting the freelancer can change.

export type ReadinessSettings = {
  /** First rung of each emergency fund, in major units of the workspace currency (1,000 €, 1,000 $, ¥1,000 …). */
  starterFundMajorUnits: number;
  /** Later rungs, in months of that side's expenses, lowest first. */
  fundLadderMonths: number[];
  /** Share of each payment received that Sana suggests putting aside for the funds. */
  fundContributionPercent: number;
  /** One source above this share of trailing-12-month income deserves watching. */
  concentrationWatchPercent: number;
  /** Above this share, losing that source would hurt badly. */
  concentrationCriticalPercent: number;
  /** Runway below this many months is short: the desperation check warns beside every vetting decision. */
  shortRunwayMonths: number;
  /** Warm leads worth keeping on the waitlist for each client you might need to replace (not every lead says yes). */
  warmLeadsPerClient: number;
};

export const defaultReadinessSettings: ReadinessSettings = {
  starterFundMajorUnits: 1000,
  fundLadderMonths: [3, 6, 12],
  fundContributionPercent: 5,
  concentrationWatchPercent: 30,
  concentrationCriticalPercent: 50,
  shortRunwayMonths: 3,
  warmLeadsPerClient: 3,
};
