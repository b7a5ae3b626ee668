// The wizard's working copy turns back into exactly the profile it came from, and checks fields the way the server does.
import { describe, expect, it } from 'vitest';
import { starterProfile } from '../../domain/profile/starter-profile.ts';
import { profileProblems } from '../../domain/profile/profile-problems.ts';
import { draftFromProfile, placeServerError, profileFromDraft, stepOfPath } from './profile-draft.ts';

describe('profile draft', () => {
  it('round-trips the starter profile unchanged', () => {
    const starter = starterProfile('Europe/Madrid', 'EUR');
    const { profile, errors } = profileFromDraft(draftFromProfile(starter, 'es'));
    expect(errors).toEqual({});
    expect(profile).toEqual(starter);
  });

  it('round-trips money, blocked days and finances', () => {
    const starter = starterProfile('America/Mexico_City', 'MXN');
    const full = {
      ...starter,
      dreamBusiness: {
        ...starter.dreamBusiness,
        blockedDays: [
          { kind: 'weekly' as const, weekday: 'sunday' as const, coreValue: 'faith', label: 'Sundays' },
          { kind: 'yearly' as const, month: 2, day: 29, coreValue: 'family', label: "Leo's birthday" },
        ],
      },
      idealClient: { ...starter.idealClient, budgetFloor: { flexibility: 'non_negotiable' as const, perModel: { project: 150_050, hourly: 4000 } } },
      finances: { monthlyExpenses: { business: 100_000, personal: 250_000 }, emergencyFunds: { business: 0, personal: 900_000 }, otherStreams: [{ id: 'a', name: 'Ebook', kind: 'product' as const }] },
    };
    for (const language of ['en', 'es']) {
      const { profile, errors } = profileFromDraft(draftFromProfile(full, language));
      expect(errors).toEqual({});
      expect(profile).toEqual(full);
      expect(profileProblems(profile)).toEqual([]);
    }
  });

  it('leaves finances out until something is entered', () => {
    const draft = draftFromProfile(starterProfile('Europe/Madrid', 'EUR'), 'en');
    expect(profileFromDraft(draft).profile.finances).toBeNull();
    draft.finances.monthlyExpenses.personal = '1.800';
    expect(profileFromDraft(draft).profile.finances).toEqual({ monthlyExpenses: { business: 0, personal: 180_000 }, emergencyFunds: { business: 0, personal: 0 }, otherStreams: [] });
  });

  it('names the exact field of each problem, with the same paths the server uses', () => {
    const draft = draftFromProfile(starterProfile('Europe/Madrid', 'EUR'), 'en');
    draft.dreamBusiness.officeHours.weekly.monday = [
      { start: '09:00', end: '13:00' },
      { start: '12:00', end: '15:00' },
    ];
    draft.dreamBusiness.officeHours.weekly.tuesday = [{ start: '17:00', end: '09:00' }];
    draft.communication.calls.maxPerWeek = 'two';
    draft.communication.replyWindow.amount = '0';
    draft.communication.channels.ranked = [];
    draft.idealClient.budgetFloor.perModel.day = '12,5,0';
    draft.skills.strengths = ['SEO'];
    draft.skills.dontWant = ['Video editing', 'seo'];
    draft.dreamBusiness.blockedDays.push({ key: 1, kind: 'yearly', weekday: 'sunday', month: 4, day: 31, coreValue: '', label: '' });
    expect(profileFromDraft(draft).errors).toEqual({
      'dreamBusiness.officeHours.weekly.monday.1': 'hours.errors.overlapping_ranges',
      'dreamBusiness.officeHours.weekly.tuesday.0': 'hours.errors.empty_range',
      'dreamBusiness.blockedDays.0': 'profileForm.errors.notADate',
      'communication.calls.maxPerWeek': 'profileForm.errors.calls',
      'communication.replyWindow.amount': 'profileForm.errors.replyWindow',
      'communication.channels.ranked': 'profileForm.errors.channels',
      'idealClient.budgetFloor.perModel.day': 'profileForm.errors.amount',
      'skills.dontWant.1': 'profileForm.errors.listedTwice',
    });
  });

  it('places server errors from either the rules or the schema on the right field and step', () => {
    const draft = draftFromProfile(starterProfile('Europe/Madrid', 'EUR'), 'en');
    draft.dreamBusiness.officeHours.weekly.monday = [
      { start: '09:00', end: '13:00' },
      { start: '12:00', end: '15:00' },
    ];
    expect(placeServerError('profile.dreamBusiness.officeHours.weekly.monday.1', draft)).toEqual({ path: 'dreamBusiness.officeHours.weekly.monday.1', key: 'hours.errors.overlapping_ranges' });
    expect(placeServerError('communication.calls.maxPerWeek', draft)).toEqual({ path: 'communication.calls.maxPerWeek', key: 'profileForm.errors.calls' });
    expect(placeServerError('communication.channels.ranked.0', draft).path).toBe('communication.channels.ranked');
    expect(placeServerError('profile.skills.dontWant.0', draft)).toEqual({ path: 'skills.dontWant.0', key: 'profileForm.errors.listedTwice' });
    expect(stepOfPath('communication.calls.maxPerWeek')).toBe('communication');
    expect(stepOfPath('finances.monthlyExpenses.business')).toBe('finances');
    expect(stepOfPath('timeZone')).toBe('dream-business');
  });
});
