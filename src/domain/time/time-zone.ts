// IANA time zones: every person in Sana (freelancer, client) lives in one.

const knownZones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

export function isTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  // Aliases (e.g. Asia/Calcutta) are valid but not listed; the formatter accepts them.
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/');
  } catch {
    return false;
  }
}
