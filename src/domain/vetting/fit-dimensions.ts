// What vetting compares: each part of a prospect's answers that meets a part of the freelancer's profile.

export const fitDimensions = [
  'calls',
  'channels',
  'reply_window',
  'after_hours',
  'weekends',
  'holidays',
  'blocked_days',
  'travel',
  'budget',
  'pricing_model',
  'time_zone',
  'rush',
  'work_kinds',
  'industry',
  'skills',
  'red_flags',
] as const;
export type FitDimension = (typeof fitDimensions)[number];
