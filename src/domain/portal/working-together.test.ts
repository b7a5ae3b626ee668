import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { starterProfile } from '../profile/starter-profile.ts';
import type { FreelancerProfile } from '../profile/profile.ts';
import { sameHoursOn } from '../time/weekly-hours.ts';
import { workingTogether } from './working-together.ts';
import type { OfficeDay } from './office-week.ts';

const at = (text: string) => Temporal.Instant.from(text);
const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

function madridWriter(edit: (profile: FreelancerProfile) => void = () => {}): FreelancerProfile {
  const profile = starterProfile('Europe/Madrid', 'EUR');
  profile.dreamBusiness.officeHours.weekly = sameHoursOn(weekdays, [{ start: '09:00', end: '17:00' }]);
  edit(profile);
  return profile;
}

function day(week: OfficeDay[], date: string): OfficeDay {
  const found = week.find((d) => d.date === date);
  if (!found) throw new Error(`no ${date} in the week`);
  return found;
}

function clientStart(week: OfficeDay[], date: string): string {
  const found = day(week, date);
  if (found.status !== 'working') throw new Error(`${date} is not a working day`);
  const [first] = found.ranges;
  return `${first?.client.start.date} ${first?.client.start.time}–${first?.client.end.time}`;
}

describe('office hours in the client time zone', () => {
  it('the coming week starts on the freelancer’s today and lasts seven days', () => {
    const { week } = workingTogether(madridWriter(), 'America/New_York', at('2026-03-04T23:30:00Z'));
    // 23:30 UTC is already Thursday 00:30 in Madrid.
    expect(week.map((d) => d.date)).toEqual(['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10', '2026-03-11']);
    expect(week.map((d) => d.weekday)).toEqual(['thursday', 'friday', 'saturday', 'sunday', 'monday', 'tuesday', 'wednesday']);
  });

  it('Madrid 09:00 is 03:00 in New York, then 04:00 after New York moves its clocks forward (8 March 2026)', () => {
    const { week } = workingTogether(madridWriter(), 'America/New_York', at('2026-03-05T08:00:00Z'));
    expect(clientStart(week, '2026-03-06')).toBe('2026-03-06 03:00–11:00');
    expect(clientStart(week, '2026-03-09')).toBe('2026-03-09 04:00–12:00');
    const friday = day(week, '2026-03-06');
    expect(friday.status === 'working' && friday.ranges[0]?.freelancer).toEqual({ start: { date: '2026-03-06', time: '09:00' }, end: { date: '2026-03-06', time: '17:00' } });
  });

  it('the gap closes back to six hours when Madrid moves its clocks forward too (29 March 2026)', () => {
    const { week } = workingTogether(madridWriter(), 'America/New_York', at('2026-03-26T08:00:00Z'));
    expect(clientStart(week, '2026-03-27')).toBe('2026-03-27 04:00–12:00');
    expect(clientStart(week, '2026-03-30')).toBe('2026-03-30 03:00–11:00');
  });

  it('in autumn Madrid falls back first (25 October 2026), New York a week later (1 November 2026)', () => {
    const { week: october } = workingTogether(madridWriter(), 'America/New_York', at('2026-10-22T08:00:00Z'));
    expect(clientStart(october, '2026-10-23')).toBe('2026-10-23 03:00–11:00');
    expect(clientStart(october, '2026-10-26')).toBe('2026-10-26 04:00–12:00');
    const { week: november } = workingTogether(madridWriter(), 'America/New_York', at('2026-10-29T08:00:00Z'));
    expect(clientStart(november, '2026-11-02')).toBe('2026-11-02 03:00–11:00');
  });

  it('a New York freelancer’s afternoon lands on the next day for a client in Madrid, dated as the client reads it', () => {
    const profile = starterProfile('America/New_York', 'USD');
    profile.dreamBusiness.officeHours.weekly = sameHoursOn(weekdays, [{ start: '14:00', end: '20:00' }]);
    const { week } = workingTogether(profile, 'Europe/Madrid', at('2026-03-09T12:00:00Z'));
    const monday = day(week, '2026-03-09');
    // New York is on summer time since 8 March, Madrid not until 29 March: five hours apart, not six.
    expect(monday.status === 'working' && monday.ranges[0]?.client).toEqual({ start: { date: '2026-03-09', time: '19:00' }, end: { date: '2026-03-10', time: '01:00' } });
  });

  it('a range that crosses the spring-forward night is an hour shorter in real time', () => {
    const profile = madridWriter((p) => {
      p.dreamBusiness.officeHours.weekly.sunday = [{ start: '00:00', end: '04:00' }];
      p.dreamBusiness.weekends.isOff = false;
    });
    const { week } = workingTogether(profile, 'UTC', at('2026-03-28T12:00:00Z'));
    const sunday = day(week, '2026-03-29');
    expect(sunday.status === 'working' && sunday.ranges[0]?.client).toEqual({ start: { date: '2026-03-28', time: '23:00' }, end: { date: '2026-03-29', time: '02:00' } });
  });
});

describe('days off and blocked days', () => {
  it('weekends off show as days off; a weekday without hours too', () => {
    const profile = madridWriter((p) => {
      p.dreamBusiness.officeHours.weekly.wednesday = [];
    });
    const { week } = workingTogether(profile, 'Europe/Madrid', at('2026-03-09T08:00:00Z'));
    expect(day(week, '2026-03-11')).toEqual({ date: '2026-03-11', weekday: 'wednesday', status: 'day_off', reason: 'no_hours' });
    expect(day(week, '2026-03-14')).toEqual({ date: '2026-03-14', weekday: 'saturday', status: 'day_off', reason: 'weekend' });
  });

  it('a blocked day is only "unavailable": its core value and label never leave the profile', () => {
    const profile = madridWriter((p) => {
      p.dreamBusiness.blockedDays = [{ kind: 'yearly', month: 3, day: 12, coreValue: 'family', label: 'Leo’s birthday' }];
    });
    const result = workingTogether(profile, 'America/New_York', at('2026-03-09T08:00:00Z'));
    expect(day(result.week, '2026-03-12')).toEqual({ date: '2026-03-12', weekday: 'thursday', status: 'unavailable' });
    const text = JSON.stringify(result);
    expect(text).not.toContain('family');
    expect(text).not.toContain('Leo');
    expect(result.daysOff.hasBlockedDays).toBe(true);
  });
});

describe('channels, reply window and agreements', () => {
  it('keeps the freelancer’s channel order and promised reply window', () => {
    const profile = madridWriter((p) => {
      p.communication.channels.ranked = ['chat', 'email', 'video'];
      p.communication.replyWindow = { flexibility: 'willing_to_compromise', amount: 4, unit: 'hours' };
    });
    const result = workingTogether(profile, 'Europe/Madrid', at('2026-03-09T08:00:00Z'));
    expect(result.channels).toEqual(['chat', 'email', 'video']);
    expect(result.replyWindow).toEqual({ amount: 4, unit: 'hours' });
  });

  it('only non-negotiables become agreements, and a day-off rule only when the day is off', () => {
    const profile = madridWriter((p) => {
      p.communication.calls = { flexibility: 'non_negotiable', maxPerWeek: 2 };
      p.communication.channels = { flexibility: 'non_negotiable', ranked: ['email'] };
      p.dreamBusiness.weekends = { flexibility: 'non_negotiable', isOff: true };
      p.dreamBusiness.publicHolidays = { flexibility: 'non_negotiable', isOff: false };
      p.communication.replyWindow = { flexibility: 'willing_to_compromise', amount: 1, unit: 'working_days' };
    });
    expect(workingTogether(profile, 'UTC', at('2026-03-09T08:00:00Z')).agreements).toEqual([
      { kind: 'weekends_off' },
      { kind: 'channels', channels: ['email'] },
      { kind: 'calls', maxPerWeek: 2 },
    ]);
  });
});
