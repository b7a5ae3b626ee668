// Converts what a <input type="datetime-local"> holds, read as wall time in the workspace's zone, to an instant.

/** "2027-03-01T09:30" in Europe/Madrid → "2027-03-01T08:30:00Z"; undefined when the text is not a date and time. */
export async function wallTimeToInstant(local: string, timeZone: string): Promise<string | undefined> {
  // Loaded only when someone sets a time by hand: the polyfill is most of this page's weight otherwise.
  const { Temporal } = await import('temporal-polyfill');
  try {
    return Temporal.PlainDateTime.from(local).toZonedDateTime(timeZone).toInstant().toString();
  } catch {
    return undefined;
  }
}
