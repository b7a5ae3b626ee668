import { describe, expect, test } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { noticeDate, suggestExitDate } from './exit-date.ts';
import { defaultOffboardingSettings, offboardingSettingsFrom } from './offboarding-settings.ts';

const today = Temporal.PlainDate.from('2027-03-01');
const settings = defaultOffboardingSettings;

describe('suggested exit date', () => {
  test('with a comfortable runway the client can go as soon as the notice period ends', () => {
    const suggestion = suggestExitDate({ today, settings, runwayIfLost: 8 });
    expect(suggestion.date.toString()).toBe('2027-03-31');
    expect(suggestion.reason).toEqual({ kind: 'notice', noticeDays: 30, runwayMonths: 8 });
  });

  test('with no shortfall at all (unlimited runway) only the notice period counts', () => {
    expect(suggestExitDate({ today, settings, runwayIfLost: null }).reason.kind).toBe('notice');
  });

  test('with a short runway the client is kept until the freelancer has lined up enough, in whole months', () => {
    const suggestion = suggestExitDate({ today, settings, runwayIfLost: 1.2 });
    // 3 − 1.2 = 1.8 months, rounded up to 2.
    expect(suggestion.date.toString()).toBe('2027-05-01');
    expect(suggestion.reason).toEqual({ kind: 'runway', noticeDays: 30, runwayMonths: 1.2, monthsToKeep: 2, safeRunwayMonths: 3 });
  });

  test('a long notice period still wins over a short wait for the runway', () => {
    const suggestion = suggestExitDate({ today, settings: { noticeDays: 90, safeRunwayMonths: 3 }, runwayIfLost: 2.5 });
    expect(suggestion.date.toString()).toBe('2027-05-30');
    expect(suggestion.reason.kind).toBe('runway');
  });

  test('without finances the date respects the notice period and says the runway is unknown', () => {
    const suggestion = suggestExitDate({ today, settings: { noticeDays: 14, safeRunwayMonths: 3 }, runwayIfLost: undefined });
    expect(suggestion.date.toString()).toBe('2027-03-15');
    expect(suggestion.reason).toEqual({ kind: 'runway_unknown', noticeDays: 14 });
  });

  test('the suggestion is never earlier than today plus the notice, whatever the runway', () => {
    for (const runway of [undefined, null, 0, 0.1, 2.9, 3, 12]) {
      expect(Temporal.PlainDate.compare(suggestExitDate({ today, settings, runwayIfLost: runway }).date, today.add({ days: 30 }))).toBeGreaterThanOrEqual(0);
    }
  });

  test('notice is given that many days before the target date', () => {
    expect(noticeDate(Temporal.PlainDate.from('2027-05-01'), 30).toString()).toBe('2027-04-01');
  });

  test('stored settings out of range fall back to the defaults', () => {
    expect(offboardingSettingsFrom({ noticeDays: -3, safeRunwayMonths: 6, hardPeriodDays: 'x' })).toEqual({ noticeDays: 30, safeRunwayMonths: 6, hardPeriodDays: 90 });
  });
});
