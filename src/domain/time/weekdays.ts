// The seven days of the week by name, so office hours and blocked days read like a calendar, not like numbers.
import type { Temporal } from 'temporal-polyfill';

/** Monday first, as ISO 8601 and Temporal's `dayOfWeek` (1 = Monday … 7 = Sunday) count them. */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

export function isWeekday(value: string): value is Weekday {
  return (weekdays as readonly string[]).includes(value);
}

export function weekdayOf(date: Temporal.PlainDate): Weekday {
  // dayOfWeek is always 1–7 in the ISO calendar, so the lookup cannot miss.
  return weekdays[date.dayOfWeek - 1] as Weekday;
}

/** Saturday and Sunday: the weekend of the freelancers Sana is written for (Spain, the Americas). */
export function isWeekendDay(day: Weekday): boolean {
  switch (day) {
    case 'saturday':
    case 'sunday':
      return true;
    case 'monday':
    case 'tuesday':
    case 'wednesday':
    case 'thursday':
    case 'friday':
      return false;
  }
}
