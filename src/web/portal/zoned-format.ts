// Times and days of the portal written in the reader's language, on a given zone's clock.
import { localeFor } from '../i18n/language.ts';

export function formatClock(iso: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(localeFor(language), { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
}

/** A local date (YYYY-MM-DD) as "Mon 1 Mar"; noon UTC keeps the day the same in every zone's formatting. */
export function formatDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(localeFor(language), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** "New York" from America/New_York: what people call their zone. */
export function zoneCity(timeZone: string): string {
  const city = timeZone.split('/').pop() ?? timeZone;
  return city.replaceAll('_', ' ');
}
