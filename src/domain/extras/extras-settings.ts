// Thresholds for going the extra mile without being used (DOMAIN.md section 6); every one is a setting the freelancer can change.

export type ExtrasSettings = {
  /** How far back unpaid extras are counted for the "it becomes the norm" warning. */
  unpaidExtrasWindowDays: number;
  /** Unpaid extras (favors and duties) in that window that trigger the warning. */
  unpaidExtrasForWarning: number;
};

export const defaultExtrasSettings: ExtrasSettings = {
  // Three unpaid extras in a quarter: roughly one a month, which is when a favor starts to look like part of the job.
  unpaidExtrasWindowDays: 90,
  unpaidExtrasForWarning: 3,
};
