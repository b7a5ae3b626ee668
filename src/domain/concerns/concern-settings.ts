// Thresholds for keeping short accounts (DOMAIN.md section 7); every one is a setting the freelancer can change.

export type ConcernSettings = {
  /** An open concern this many days old gets a nudge to raise it before it festers. */
  raiseWithinDays: number;
};

export const defaultConcernSettings: ConcernSettings = {
  // A few days is enough to cool down and too little for resentment to build.
  raiseWithinDays: 3,
};
