// Thresholds for training clients (DOMAIN.md section 5); every one is a setting the freelancer can change.

export type BoundarySettings = {
  /** How far back the friendly-reminder counts look. */
  reminderWindowDays: number;
  /** Contacts outside office hours (days off and blocked days included) that make a reminder worth sending. */
  outsideHoursContactsForReminder: number;
  /** Calls or meetings beyond the weekly limit that make a reminder worth sending. */
  callsOverLimitForReminder: number;
  /** Contacts on the channel ranked last, or on one not offered at all, that make a reminder worth sending. */
  wrongChannelContactsForReminder: number;
};

export const defaultBoundarySettings: BoundarySettings = {
  // Three in two weeks is a habit forming, not a one-off.
  reminderWindowDays: 14,
  outsideHoursContactsForReminder: 3,
  callsOverLimitForReminder: 2,
  wrongChannelContactsForReminder: 3,
};
