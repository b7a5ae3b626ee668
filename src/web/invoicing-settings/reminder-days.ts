// A reminder schedule as the page edits it: one text box per reminder, read back into days around the due date, and each
// day said in words ("3 days before due", "on the due day", "7 days late").
import type { TFunction } from 'i18next';
import { isValidSchedule } from '../../domain/invoicing/reminders.ts';

export type DayRow = { key: string; days: string };
export type ScheduleProblem = 'wholeDays' | 'dayRange' | 'duplicate' | 'count';

/** The limits the server applies (see isValidSchedule), so the page can say which one a list breaks. */
export const scheduleLimits = { minDay: -60, maxDay: 365, maxReminders: 12 } as const;

let lastKey = 0;
export function newRowKey(): string {
  lastKey += 1;
  return `row-${lastKey}`;
}

export function rowsOf(days: readonly number[]): DayRow[] {
  return days.map((day) => ({ key: newRowKey(), days: String(day) }));
}

/** A day offset typed with a plain or typographic minus ("-3", "−3", "+7"); null when it is not a whole number. */
export function parseDay(text: string): number | null {
  const compact = text.trim().replace(/\u2212/g, '-').replace(/\s/g, '');
  if (!/^[+-]?\d{1,4}$/.test(compact)) return null;
  return Number(compact);
}

/**
 * The days in order (earliest first), or the problems: per row (`rows`, by index) and for the list as a whole. The
 * checks are the server's own, so a list the page accepts is one the server accepts.
 */
export function readSchedule(rows: readonly DayRow[]): { days?: number[]; rows: Record<number, ScheduleProblem>; list?: ScheduleProblem } {
  const problems: Record<number, ScheduleProblem> = {};
  const seen = new Set<number>();
  const days: number[] = [];
  rows.forEach((row, index) => {
    const day = parseDay(row.days);
    if (day === null) problems[index] = 'wholeDays';
    else if (day < scheduleLimits.minDay || day > scheduleLimits.maxDay) problems[index] = 'dayRange';
    else if (seen.has(day)) problems[index] = 'duplicate';
    else {
      seen.add(day);
      days.push(day);
    }
  });
  if (Object.keys(problems).length > 0) return { rows: problems };
  if (rows.length === 0 || rows.length > scheduleLimits.maxReminders) return { rows: problems, list: 'count' };
  const sorted = [...days].sort((a, b) => a - b);
  // Belt and braces: the domain's own check has the last word.
  if (!isValidSchedule(sorted)) return { rows: problems, list: 'count' };
  return { days: sorted, rows: problems };
}

/** One reminder day in words: "3 days before due", "on the due day", "7 days late". */
export function reminderDayText(day: number, t: TFunction): string {
  if (day === 0) return t('invoicingSettings.reminders.onDueDay');
  return day < 0 ? t('invoicingSettings.reminders.before', { count: -day }) : t('invoicingSettings.reminders.after', { count: day });
}

/** A whole schedule in one line, earliest first: "3 days before due, on the due day, 3 days late". */
export function scheduleText(days: readonly number[], t: TFunction, language: string): string {
  const words = [...days].sort((a, b) => a - b).map((day) => reminderDayText(day, t));
  return new Intl.ListFormat(language === 'es' ? 'es' : 'en', { style: 'long', type: 'conjunction' }).format(words);
}

export function scheduleProblemText(problem: ScheduleProblem, t: TFunction): string {
  return t(`invoicingSettings.reminders.problems.${problem}`, { min: scheduleLimits.minDay, max: scheduleLimits.maxDay, limit: scheduleLimits.maxReminders });
}
