// Test-only examples: a freelance writer in Madrid and a prospect who fits her, for tests to bend one answer at a time.
import type { FreelancerProfile } from '../profile/profile.ts';
import { sameHoursOn } from '../time/weekly-hours.ts';
import type { InterviewAnswers } from './interview.ts';

const weekdaysOnly = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/** Lucía writes blog posts for small businesses from Madrid; office hours are split around a long lunch. */
export function madridWriter(): FreelancerProfile {
  return {
    timeZone: 'Europe/Madrid',
    currency: 'EUR',
    dreamBusiness: {
      officeHours: {
        flexibility: 'willing_to_compromise',
        weekly: sameHoursOn(weekdaysOnly, [
          { start: '09:00', end: '13:00' },
          { start: '15:00', end: '18:00' },
        ]),
      },
      weekends: { flexibility: 'non_negotiable', isOff: true },
      publicHolidays: { flexibility: 'willing_to_compromise', isOff: true },
      blockedDays: [
        { kind: 'weekly', weekday: 'sunday', coreValue: 'faith', label: 'Sunday' },
        { kind: 'yearly', month: 5, day: 14, coreValue: 'family', label: "Leo's birthday" },
      ],
      travel: { flexibility: 'willing_to_compromise', tripsPerYear: 1 },
    },
    communication: {
      channels: { flexibility: 'willing_to_compromise', ranked: ['email', 'video', 'chat'] },
      calls: { flexibility: 'non_negotiable', maxPerWeek: 1 },
      replyWindow: { flexibility: 'willing_to_compromise', amount: 1, unit: 'working_days' },
      rushWork: { flexibility: 'willing_to_compromise', acceptedAtMost: 'monthly' },
    },
    idealClient: {
      workKinds: ['blog posts', 'newsletters'],
      industries: { flexibility: 'willing_to_compromise', wanted: ['wellness', 'education'] },
      budgetFloor: { flexibility: 'willing_to_compromise', perModel: { project: 60_000, month: 150_000 } },
      pricingModels: { flexibility: 'willing_to_compromise', preferred: ['month', 'project'] },
    },
    avoid: {
      workKinds: { flexibility: 'non_negotiable', items: ['ghostwriting political speeches'] },
      redFlags: { flexibility: 'willing_to_compromise', items: [{ kind: 'suggested', key: 'haggles_over_price' }, { kind: 'own', text: 'wants daily status calls' }] },
    },
    skills: { strengths: ['copywriting', 'SEO writing'], dontWant: ['video editing'], willingToLearn: ['newsletter design'] },
    finances: null,
  };
}

/** A yoga studio in Madrid that wants two posts a month and fits Lucía on every dimension. */
export function fittingProspect(): InterviewAnswers {
  return {
    tasks: [{ description: 'Two blog posts a month, 800 words each', kind: 'Blog posts', size: 'ongoing' }],
    skillsNeeded: ['copywriting'],
    industry: 'Wellness',
    preferredChannels: ['email'],
    callsPerWeek: 1,
    tripsPerYear: 0,
    expectedReplyWithin: { amount: 2, unit: 'working_days' },
    expectsRepliesOutsideOfficeHours: false,
    expectsWeekendWork: false,
    expectsHolidayWork: false,
    keyDates: [],
    budget: { amount: 160_000, currency: 'EUR', pricingModel: 'month' },
    timeZone: 'Europe/Madrid',
    workingHours: sameHoursOn(weekdaysOnly, [{ start: '10:00', end: '19:00' }]),
    rushFrequency: 'rarely',
    redFlagsSeen: [],
    notes: '',
  };
}
