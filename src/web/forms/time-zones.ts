// IANA time zones: the browser's own as the default, the full list for suggestions, and a check the server agrees with.

let cachedZones: string[] | undefined;

export function allTimeZones(): string[] {
  cachedZones ??= [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();
  return cachedZones;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Same rule as the server: listed zones, or aliases like Asia/Calcutta that Intl accepts. */
export function isTimeZone(zone: string): boolean {
  if (allTimeZones().includes(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/');
  } catch {
    return false;
  }
}
