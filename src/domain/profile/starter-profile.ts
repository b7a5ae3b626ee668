// The profile the first-run wizard starts from: a calm Monday-to-Friday week the freelancer then makes their own.
import { sameHoursOn } from '../time/weekly-hours.ts';
import type { FreelancerProfile } from './profile.ts';

export function starterProfile(timeZone: string, currency: string): FreelancerProfile {
  return {
    timeZone,
    currency,
    dreamBusiness: {
      officeHours: {
        flexibility: 'willing_to_compromise',
        weekly: sameHoursOn(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], [{ start: '09:00', end: '17:00' }]),
      },
      weekends: { flexibility: 'non_negotiable', isOff: true },
      publicHolidays: { flexibility: 'willing_to_compromise', isOff: true },
      blockedDays: [],
      travel: { flexibility: 'willing_to_compromise', tripsPerYear: 0 },
    },
    communication: {
      channels: { flexibility: 'willing_to_compromise', ranked: ['email', 'video'] },
      calls: { flexibility: 'willing_to_compromise', maxPerWeek: 1 },
      replyWindow: { flexibility: 'willing_to_compromise', amount: 1, unit: 'working_days' },
      rushWork: { flexibility: 'willing_to_compromise', acceptedAtMost: 'rarely' },
    },
    idealClient: {
      workKinds: [],
      industries: { flexibility: 'willing_to_compromise', wanted: [] },
      budgetFloor: { flexibility: 'willing_to_compromise', perModel: {} },
      pricingModels: { flexibility: 'willing_to_compromise', preferred: ['project', 'retainer'] },
    },
    avoid: {
      workKinds: { flexibility: 'non_negotiable', items: [] },
      redFlags: { flexibility: 'willing_to_compromise', items: [] },
    },
    skills: { strengths: [], dontWant: [], willingToLearn: [] },
    finances: null,
  };
}
