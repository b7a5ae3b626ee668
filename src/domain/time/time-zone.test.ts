import { describe, expect, it } from 'vitest';
import { isTimeZone } from './time-zone.ts';

describe('time zones', () => {
  it('accepts IANA zones, including UTC and old aliases', () => {
    for (const zone of ['Europe/Madrid', 'America/New_York', 'America/Los_Angeles', 'UTC', 'Asia/Calcutta']) expect(isTimeZone(zone), zone).toBe(true);
  });

  it('refuses offsets and invented names', () => {
    for (const zone of ['Mars/Olympus', '+02:00', 'CET-ish', '']) expect(isTimeZone(zone), zone).toBe(false);
  });
});
