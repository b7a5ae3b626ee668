// Quick picks for "when": a wall-clock time in the workspace's zone, as a <input type="datetime-local"> holds it.

export const quickWhenPicks = ['now', 'hourAgo', 'yesterday', 'twoDaysAgo'] as const;
export type QuickWhenPick = (typeof quickWhenPicks)[number];

const HOUR_MS = 3_600_000;
const offsets: Record<QuickWhenPick, number> = { now: 0, hourAgo: HOUR_MS, yesterday: 24 * HOUR_MS, twoDaysAgo: 48 * HOUR_MS };

/** "2027-03-01T09:30" for the instant as a clock in `timeZone` shows it (minutes precision). */
export function wallTimeIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** The field value for a pick: '' for now (the server stamps it), else the same clock time that many hours back. */
export function quickWhenValue(pick: QuickWhenPick, now: Date, timeZone: string): string {
  return pick === 'now' ? '' : wallTimeIn(new Date(now.getTime() - offsets[pick]), timeZone);
}
