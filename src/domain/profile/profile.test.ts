import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { blockedDaysOn, type BlockedDay } from './blocked-days.ts';
import { isSameLabel } from './labels.ts';
import { profileProblems } from './profile-problems.ts';
import { isSameRedFlag } from './red-flags.ts';
import { replyWindowHours } from './reply-window.ts';
import { isMoreFrequentRush } from './rush-frequency.ts';
import { starterProfile } from './starter-profile.ts';

const date = (text: string) => Temporal.PlainDate.from(text);

describe('blocked days', () => {
  const sundays: BlockedDay = { kind: 'weekly', weekday: 'sunday', coreValue: 'faith', label: 'Sunday' };
  const birthday: BlockedDay = { kind: 'yearly', month: 5, day: 14, coreValue: 'family', label: "Leo's birthday" };
  const leapBirthday: BlockedDay = { kind: 'yearly', month: 2, day: 29, coreValue: 'family', label: "Ana's birthday" };

  it('a weekly block falls on every such weekday, a yearly one on its date every year', () => {
    expect(blockedDaysOn([sundays, birthday], date('2026-06-07'))).toEqual([sundays]);
    expect(blockedDaysOn([sundays, birthday], date('2027-05-14'))).toEqual([birthday]);
    expect(blockedDaysOn([sundays, birthday], date('2026-06-08'))).toEqual([]);
  });

  it('a birthday on a blocked Sunday is reported twice: both values are at stake', () => {
    expect(blockedDaysOn([sundays, birthday], date('2028-05-14'))).toEqual([sundays, birthday]);
  });

  it('a 29 February birthday is kept on 28 February in common years', () => {
    expect(blockedDaysOn([leapBirthday], date('2027-02-28'))).toEqual([leapBirthday]);
    expect(blockedDaysOn([leapBirthday], date('2028-02-28'))).toEqual([]);
    expect(blockedDaysOn([leapBirthday], date('2028-02-29'))).toEqual([leapBirthday]);
  });
});

describe('profile preferences', () => {
  it('one working day of reply window is compared as 24 hours', () => {
    expect(replyWindowHours({ amount: 1, unit: 'working_days' })).toBe(24);
    expect(replyWindowHours({ amount: 4, unit: 'hours' })).toBe(4);
  });

  it('rush frequencies are ordered from never to constantly', () => {
    expect(isMoreFrequentRush('weekly', 'monthly')).toBe(true);
    expect(isMoreFrequentRush('monthly', 'monthly')).toBe(false);
    expect(isMoreFrequentRush('rarely', 'never')).toBe(true);
  });

  it('labels match regardless of case, accents and spacing', () => {
    expect(isSameLabel('Diseño  web ', 'diseno web')).toBe(true);
    expect(isSameLabel('SEO', 'SEO writing')).toBe(false);
  });

  it('red flags match by suggestion key or by their own words', () => {
    expect(isSameRedFlag({ kind: 'suggested', key: 'vague_scope' }, { kind: 'suggested', key: 'vague_scope' })).toBe(true);
    expect(isSameRedFlag({ kind: 'own', text: 'Calls at night' }, { kind: 'own', text: 'calls at night' })).toBe(true);
    expect(isSameRedFlag({ kind: 'own', text: 'vague_scope' }, { kind: 'suggested', key: 'vague_scope' })).toBe(false);
  });
});

describe('profile problems', () => {
  it('the starter profile the wizard begins from is valid', () => {
    expect(profileProblems(starterProfile('Europe/Madrid', 'EUR'))).toEqual([]);
  });

  it('names every problem by its path so the form can point at it', () => {
    const profile = starterProfile('Mars/Olympus', 'EURO');
    profile.dreamBusiness.officeHours.weekly.monday = [
      { start: '09:00', end: '13:00' },
      { start: '12:00', end: '18:00' },
      { start: '25:00', end: '26:00' },
    ];
    profile.dreamBusiness.officeHours.weekly.tuesday = [{ start: '18:00', end: '09:00' }];
    profile.dreamBusiness.blockedDays = [{ kind: 'yearly', month: 2, day: 30, coreValue: 'family', label: 'nope' }];
    profile.communication.calls.maxPerWeek = -1;
    profile.communication.replyWindow.amount = 0;
    profile.idealClient.budgetFloor.perModel = { project: 10.5 };
    profile.idealClient.workKinds = ['Podcast notes'];
    profile.avoid.workKinds.items = ['podcast  notes'];
    profile.skills = { strengths: ['SEO'], dontWant: ['seo'], willingToLearn: [] };
    profile.finances = { monthlyExpenses: { business: -5, personal: 0 }, emergencyFunds: { business: 0, personal: 0 }, otherStreams: [] };
    expect(profileProblems(profile)).toEqual([
      { path: 'timeZone', kind: 'unknown_time_zone' },
      { path: 'currency', kind: 'unknown_currency' },
      { path: 'dreamBusiness.officeHours.weekly.monday.2', kind: 'invalid_time' },
      { path: 'dreamBusiness.officeHours.weekly.monday.1', kind: 'overlapping_ranges' },
      { path: 'dreamBusiness.officeHours.weekly.tuesday.0', kind: 'empty_range' },
      { path: 'dreamBusiness.blockedDays.0', kind: 'not_a_date' },
      { path: 'communication.calls.maxPerWeek', kind: 'not_a_count' },
      { path: 'communication.replyWindow.amount', kind: 'not_a_count' },
      { path: 'idealClient.budgetFloor.perModel.project', kind: 'not_an_amount' },
      { path: 'avoid.workKinds.items.0', kind: 'listed_twice' },
      { path: 'skills.dontWant.0', kind: 'listed_twice' },
      { path: 'finances.monthlyExpenses.business', kind: 'not_an_amount' },
    ]);
  });
});
