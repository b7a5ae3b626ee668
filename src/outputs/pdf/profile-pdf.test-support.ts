// Sample profiles for the profile PDF tests and previews: a realistic one, and one with lists far too long for a page.
import { Temporal } from 'temporal-polyfill';
import type { FreelancerProfile } from '../../domain/profile/profile.ts';
import { redFlagSuggestions } from '../../domain/profile/red-flags.ts';
import { starterProfile } from '../../domain/profile/starter-profile.ts';
import { sameHoursOn } from '../../domain/time/weekly-hours.ts';

export const sampleGeneratedOn = Temporal.PlainDate.from('2027-03-12');

/** A Madrid-based writer with split Monday hours, Wednesdays off, a blocked Sunday and a family birthday. */
export function sampleProfile(): FreelancerProfile {
  const profile = starterProfile('Europe/Madrid', 'EUR');
  const weekly = sameHoursOn(['tuesday', 'thursday', 'friday'], [{ start: '09:00', end: '17:00' }]);
  weekly.monday = [
    { start: '09:00', end: '13:00' },
    { start: '15:00', end: '18:00' },
  ];
  profile.dreamBusiness.officeHours = { flexibility: 'willing_to_compromise', weekly };
  profile.dreamBusiness.blockedDays = [
    { kind: 'weekly', weekday: 'sunday', coreValue: 'faith', label: '' },
    { kind: 'yearly', month: 3, day: 14, coreValue: 'family', label: "Leo's birthday" },
  ];
  profile.dreamBusiness.travel = { flexibility: 'non_negotiable', tripsPerYear: 2 };
  profile.communication = {
    channels: { flexibility: 'non_negotiable', ranked: ['email', 'chat', 'video'] },
    calls: { flexibility: 'willing_to_compromise', maxPerWeek: 2 },
    replyWindow: { flexibility: 'willing_to_compromise', amount: 1, unit: 'working_days' },
    rushWork: { flexibility: 'non_negotiable', acceptedAtMost: 'monthly' },
  };
  profile.idealClient = {
    workKinds: ['Blog posts', 'Newsletters', 'Case studies', 'Diseño editorial'],
    industries: { flexibility: 'willing_to_compromise', wanted: ['Education', 'Wellness', 'Small publishers'] },
    budgetFloor: { flexibility: 'non_negotiable', perModel: { project: 150_000, day: 40_000, hourly: 6_000 } },
    pricingModels: { flexibility: 'willing_to_compromise', preferred: ['project', 'retainer', 'hourly'] },
  };
  profile.avoid = {
    workKinds: { flexibility: 'non_negotiable', items: ['Ghostwriting political speeches', 'Gambling content'] },
    redFlags: {
      flexibility: 'willing_to_compromise',
      items: [
        { kind: 'suggested', key: 'haggles_over_price' },
        { kind: 'suggested', key: 'everything_is_urgent' },
        { kind: 'own', text: 'Wants to pay in “exposure” 🙃 → no' },
      ],
    },
  };
  profile.skills = {
    strengths: ['Long-form research', 'Interviews', 'Señalética', 'Plain language'],
    dontWant: ['Video editing', 'Bookkeeping'],
    willingToLearn: ['SEO audits', 'Newsletter analytics'],
  };
  return profile;
}

/** The sample profile with every list stretched far beyond a page, and very long free text. */
export function longListsProfile(): FreelancerProfile {
  const profile = sampleProfile();
  const many = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`);
  const long = 'a very long description that keeps going and going because the freelancer wrote a whole paragraph here ';
  profile.dreamBusiness.officeHours.weekly.tuesday = [
    { start: '06:00', end: '07:00' },
    { start: '08:00', end: '09:00' },
    { start: '10:00', end: '11:00' },
    { start: '12:00', end: '13:00' },
    { start: '14:00', end: '15:00' },
    { start: '16:00', end: '17:00' },
    { start: '18:00', end: '19:00' },
  ];
  profile.dreamBusiness.blockedDays = [
    ...profile.dreamBusiness.blockedDays,
    ...Array.from({ length: 40 }, (_, i) => ({ kind: 'yearly' as const, month: (i % 12) + 1, day: (i % 28) + 1, coreValue: `family ${i}`, label: `Birthday of cousin number ${i + 1}` })),
  ];
  profile.communication.channels.ranked = ['email', 'chat', 'phone', 'video', 'in_person'];
  profile.idealClient.workKinds = many('Kind of work with a rather long name', 60);
  profile.idealClient.industries.wanted = many('Industry', 50);
  profile.idealClient.budgetFloor.perModel = { project: 123_456_789, day: 40_000, week: 180_000, month: 650_000, retainer: 500_000, hourly: 6_000 };
  profile.idealClient.pricingModels.preferred = ['project', 'day', 'week', 'month', 'retainer', 'hourly'];
  profile.avoid.workKinds.items = [long.repeat(20), ...many('Avoided work', 70)];
  profile.avoid.redFlags.items = [
    ...redFlagSuggestions.map((key) => ({ kind: 'suggested' as const, key })),
    ...many('Own red flag written out at some length by the freelancer', 40).map((text) => ({ kind: 'own' as const, text })),
  ];
  profile.skills = { strengths: many('Strength', 80), dontWant: many('Do not want', 80), willingToLearn: many('Willing to learn', 80) };
  return profile;
}
