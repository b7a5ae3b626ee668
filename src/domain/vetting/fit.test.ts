import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { sameHoursOn } from '../time/weekly-hours.ts';
import type { DimensionFit } from './dimension-fit.ts';
import { assessFit } from './fit.ts';
import { fitDimensions, type FitDimension } from './fit-dimensions.ts';
import type { InterviewAnswers } from './interview.ts';
import { blankInterview } from './interview.ts';
import { defaultVettingSettings } from './settings.ts';
import { fittingProspect, madridWriter } from './test-support.ts';
import type { FreelancerProfile } from '../profile/profile.ts';

const now = Temporal.Instant.from('2026-02-02T08:00:00Z');

function assess(answers: Partial<InterviewAnswers>, profile: FreelancerProfile = madridWriter()) {
  return assessFit({ profile, answers: { ...fittingProspect(), ...answers }, now, settings: defaultVettingSettings });
}

function dimension(answers: Partial<InterviewAnswers>, name: FitDimension, profile?: FreelancerProfile): DimensionFit {
  const found = assess(answers, profile).dimensions.find((d) => d.dimension === name);
  if (!found) throw new Error(`no ${name} dimension`);
  return found;
}

describe('fit of a prospect with the profile', () => {
  it('a prospect who answers like the ideal client fits on every dimension', () => {
    const fit = assess({});
    expect(fit.dimensions.map((d) => d.dimension)).toEqual([...fitDimensions]);
    expect(fit.dimensions.filter((d) => d.status !== 'fits')).toEqual([]);
    expect(fit.counts).toEqual({ fits: fitDimensions.length, negotiable: 0, conflict: 0, unknown: 0 });
  });

  it('a blank interview is unanswered, not a fit and not a conflict', () => {
    const fit = assessFit({ profile: madridWriter(), answers: blankInterview(), now, settings: defaultVettingSettings });
    expect(fit.counts.conflict).toBe(0);
    expect(fit.counts.negotiable).toBe(0);
    expect(fit.dimensions.find((d) => d.dimension === 'calls')?.findings[0]?.reason).toEqual({ key: 'vetting.reason.notAnswered', params: { dimension: 'calls' } });
    // With nothing said, blocked days and red flags have nothing to object to.
    expect(fit.dimensions.filter((d) => d.status === 'fits').map((d) => d.dimension)).toEqual(['red_flags']);
  });

  describe('calls', () => {
    it('a prospect who expects three calls a week conflicts with a limit of one when calls are non-negotiable', () => {
      const calls = dimension({ callsPerWeek: 3 }, 'calls');
      expect(calls.status).toBe('conflict');
      expect(calls.findings[0]?.reason).toEqual({ key: 'vetting.reason.callsOverLimit', params: { expected: 3, limit: 1 } });
    });

    it('the same three calls are only negotiable when the freelancer is willing to compromise on calls', () => {
      const profile = madridWriter();
      profile.communication.calls.flexibility = 'willing_to_compromise';
      expect(dimension({ callsPerWeek: 3 }, 'calls', profile).status).toBe('negotiable');
    });

    it('a call a week is within a limit of one', () => {
      expect(dimension({ callsPerWeek: 1 }, 'calls').findings[0]?.reason.key).toBe('vetting.reason.callsWithinLimit');
    });
  });

  it('a prospect who wants to phone is told the freelancer does not offer phone, while email still fits', () => {
    const channels = dimension({ preferredChannels: ['phone', 'email', 'phone'] }, 'channels');
    expect(channels.status).toBe('negotiable');
    expect(channels.findings.map((f) => [f.status, f.reason])).toEqual([
      ['negotiable', { key: 'vetting.reason.channelNotOffered', params: { channel: 'phone' } }],
      ['fits', { key: 'vetting.reason.channelOffered', params: { channel: 'email' } }],
    ]);
  });

  it('a prospect who wants answers within four hours is slower-served by a one-working-day promise', () => {
    const reply = dimension({ expectedReplyWithin: { amount: 4, unit: 'hours' } }, 'reply_window');
    expect(reply.status).toBe('negotiable');
    expect(reply.findings[0]?.reason).toEqual({
      key: 'vetting.reason.replySlowerThanExpected',
      params: { expectedAmount: 4, expectedUnit: 'hours', promisedAmount: 1, promisedUnit: 'working_days' },
    });
    expect(dimension({ expectedReplyWithin: { amount: 24, unit: 'hours' } }, 'reply_window').status).toBe('fits');
  });

  it('expecting replies outside office hours touches the office hours and their flexibility', () => {
    expect(dimension({ expectsRepliesOutsideOfficeHours: true }, 'after_hours').status).toBe('negotiable');
    const strict = madridWriter();
    strict.dreamBusiness.officeHours.flexibility = 'non_negotiable';
    expect(dimension({ expectsRepliesOutsideOfficeHours: true }, 'after_hours', strict).status).toBe('conflict');
  });

  describe('weekends, holidays and blocked days', () => {
    it('a prospect who expects weekend work conflicts with weekends off that are non-negotiable, and with a blocked Sunday', () => {
      const fit = assess({ expectsWeekendWork: true });
      const weekends = fit.dimensions.find((d) => d.dimension === 'weekends');
      const blocked = fit.dimensions.find((d) => d.dimension === 'blocked_days');
      expect(weekends?.findings[0]?.reason.key).toBe('vetting.reason.weekendWorkExpected');
      expect(weekends?.status).toBe('conflict');
      expect(blocked?.status).toBe('conflict');
      expect(blocked?.findings[0]?.reason).toEqual({ key: 'vetting.reason.blockedWeekdayExpected', params: { weekday: 'sunday', value: 'faith' } });
    });

    it('a freelancer who works weekends accepts weekend work, but a blocked Sunday is still blocked', () => {
      const profile = madridWriter();
      profile.dreamBusiness.weekends.isOff = false;
      expect(dimension({ expectsWeekendWork: true }, 'weekends', profile).findings[0]?.reason.key).toBe('vetting.reason.weekendWorkAccepted');
      expect(dimension({ expectsWeekendWork: true }, 'blocked_days', profile).status).toBe('conflict');
    });

    it('holiday work is negotiable when holidays off are a compromise', () => {
      expect(dimension({ expectsHolidayWork: true }, 'holidays').status).toBe('negotiable');
    });

    it("a launch planned on the freelancer's child's birthday conflicts, naming the date and the value", () => {
      const blocked = dimension({ keyDates: ['2026-05-14', '2026-05-15'] }, 'blocked_days');
      expect(blocked.status).toBe('conflict');
      expect(blocked.findings.map((f) => f.reason)).toEqual([{ key: 'vetting.reason.keyDateBlocked', params: { month: 5, day: 14, value: 'family' } }]);
    });

    it('a key date on a blocked Sunday conflicts too', () => {
      expect(dimension({ keyDates: ['2026-06-07'] }, 'blocked_days').findings[0]?.reason).toEqual({
        key: 'vetting.reason.keyDateBlocked',
        params: { month: 6, day: 7, value: 'faith' },
      });
    });

    it('a client whose team works Fridays fits a blocked Friday when office-hours replies are fine, and conflicts when they expect answers anyway', () => {
      const profile = madridWriter();
      profile.dreamBusiness.blockedDays = [{ kind: 'weekly', weekday: 'friday', coreValue: 'faith', label: 'Jumu’ah' }];
      const calm = dimension({}, 'blocked_days', profile);
      expect(calm.status).toBe('fits');
      expect(calm.findings[0]?.reason.key).toBe('vetting.reason.blockedWeekdayToMention');
      expect(dimension({ expectsRepliesOutsideOfficeHours: true }, 'blocked_days', profile).status).toBe('conflict');
    });
  });

  it('four trips a year are over a limit of one', () => {
    expect(dimension({ tripsPerYear: 4 }, 'travel').findings[0]?.reason).toEqual({ key: 'vetting.reason.tripsOverLimit', params: { expected: 4, limit: 1 } });
  });

  describe('budget and pricing model', () => {
    it('a project budget under the project floor is negotiable and names both amounts in major units', () => {
      const budget = dimension({ budget: { amount: 45_050, currency: 'EUR', pricingModel: 'project' } }, 'budget');
      expect(budget.status).toBe('negotiable');
      expect(budget.findings[0]?.reason).toEqual({ key: 'vetting.reason.budgetBelowFloor', params: { offered: 450.5, floor: 600, currency: 'EUR', model: 'project' } });
    });

    it('a budget exactly at the floor fits', () => {
      expect(dimension({ budget: { amount: 60_000, currency: 'EUR', pricingModel: 'project' } }, 'budget').status).toBe('fits');
    });

    it('a budget in another currency is not compared (no exchange rate in the domain): it stays unknown', () => {
      const budget = dimension({ budget: { amount: 200_000, currency: 'USD', pricingModel: 'month' } }, 'budget');
      expect(budget.status).toBe('unknown');
      expect(budget.findings[0]?.reason).toEqual({ key: 'vetting.reason.budgetOtherCurrency', params: { theirCurrency: 'USD', yourCurrency: 'EUR' } });
    });

    it('a day rate is not compared with a project floor', () => {
      expect(dimension({ budget: { amount: 10, currency: 'EUR', pricingModel: 'day' } }, 'budget').findings[0]?.reason.key).toBe('vetting.reason.budgetNoFloor');
    });

    it('an hourly rate is at best negotiable and comes with advice to propose a fixed price', () => {
      const hourly = dimension({ budget: { amount: 5_000, currency: 'EUR', pricingModel: 'hourly' } }, 'pricing_model');
      expect(hourly.status).toBe('negotiable');
      expect(hourly.findings[0]?.advice).toEqual({ key: 'vetting.advice.offerFixedPrice', params: { model: 'month' } });

      const allowsHourly = madridWriter();
      allowsHourly.idealClient.pricingModels = { flexibility: 'non_negotiable', preferred: ['hourly'] };
      const stillWarned = dimension({ budget: { amount: 5_000, currency: 'EUR', pricingModel: 'hourly' } }, 'pricing_model', allowsHourly);
      expect(stillWarned.status).toBe('negotiable');
      expect(stillWarned.findings[0]?.reason.key).toBe('vetting.reason.pricingHourlyAllowed');
      expect(stillWarned.findings[0]?.advice).toEqual({ key: 'vetting.advice.offerFixedPrice', params: { model: 'project' } });
    });

    it('a day rate conflicts with preferred models marked non-negotiable', () => {
      const strict = madridWriter();
      strict.idealClient.pricingModels.flexibility = 'non_negotiable';
      expect(dimension({ budget: { amount: 40_000, currency: 'EUR', pricingModel: 'day' } }, 'pricing_model', strict).status).toBe('conflict');
    });
  });

  describe('time zone', () => {
    it('a prospect in the same zone overlaps enough', () => {
      const tz = dimension({}, 'time_zone');
      expect(tz.status).toBe('fits');
      expect(tz.findings[0]?.reason).toEqual({ key: 'vetting.reason.overlapEnough', params: { minimumHours: 30, thresholdHours: 10 } });
    });

    it('a Los Angeles startup working 09:00–17:00 shares no time with split Madrid hours: negotiable while office hours are a compromise', () => {
      const fit = assess({ timeZone: 'America/Los_Angeles', workingHours: sameHoursOn(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], [{ start: '09:00', end: '17:00' }]) });
      const tz = fit.dimensions.find((d) => d.dimension === 'time_zone');
      expect(tz?.status).toBe('negotiable');
      expect(tz?.findings[0]?.reason).toEqual({ key: 'vetting.reason.overlapBelowThreshold', params: { minimumHours: 0, thresholdHours: 10 } });
      expect(fit.timeZoneOverlap?.weeks).toHaveLength(defaultVettingSettings.overlapWeeks);
    });

    it('an unknown zone or missing hours leave the time zone unanswered', () => {
      expect(dimension({ timeZone: null }, 'time_zone').status).toBe('unknown');
      expect(dimension({ timeZone: 'Mars/Olympus' }, 'time_zone').status).toBe('unknown');
    });
  });

  it('rush work every week is more than once a month; a freelancer who never takes rush work hears it plainly', () => {
    expect(dimension({ rushFrequency: 'weekly' }, 'rush').findings[0]?.reason).toEqual({ key: 'vetting.reason.rushMoreThanAccepted', params: { needed: 'weekly', acceptedAtMost: 'monthly' } });
    const never = madridWriter();
    never.communication.rushWork.acceptedAtMost = 'never';
    expect(dimension({ rushFrequency: 'rarely' }, 'rush', never).findings[0]?.reason).toEqual({ key: 'vetting.reason.rushNotTaken', params: { needed: 'rarely' } });
    expect(dimension({ rushFrequency: 'never' }, 'rush', never).status).toBe('fits');
  });

  it('work on the avoid list conflicts when avoiding it is non-negotiable; accents and case do not hide it', () => {
    const work = dimension({ tasks: [{ description: 'Speeches for the campaign', kind: 'Ghostwriting  political speeches', size: 'large' }] }, 'work_kinds');
    expect(work.status).toBe('conflict');
    expect(work.findings[0]?.reason).toEqual({ key: 'vetting.reason.workKindAvoided', params: { kind: 'Ghostwriting  political speeches' } });
  });

  it('an industry outside the chosen ones is negotiable', () => {
    expect(dimension({ industry: 'Crypto' }, 'industry').findings[0]?.reason).toEqual({ key: 'vetting.reason.industryNotWanted', params: { industry: 'Crypto' } });
  });

  describe('skills', () => {
    it('a skill on the "don\'t want" list says disclose and decline that part', () => {
      const skills = dimension({ skillsNeeded: ['copywriting', 'Video editing'] }, 'skills');
      expect(skills.status).toBe('negotiable');
      expect(skills.findings[1]).toEqual({
        status: 'negotiable',
        reason: { key: 'vetting.reason.skillDontWant', params: { skill: 'Video editing' } },
        advice: { key: 'vetting.advice.discloseAndDecline', params: { skill: 'Video editing' } },
      });
    });

    it('when every requested skill is one the freelancer does not want, nothing is left: conflict', () => {
      expect(dimension({ skillsNeeded: ['video editing'] }, 'skills').status).toBe('conflict');
    });

    it('a skill on the "willing to learn" list fits, with advice to disclose it as a chance to learn', () => {
      const skills = dimension({ skillsNeeded: ['Newsletter design'] }, 'skills');
      expect(skills.status).toBe('fits');
      expect(skills.findings[0]?.advice).toEqual({ key: 'vetting.advice.discloseAndLearn', params: { skill: 'Newsletter design' } });
    });
  });

  it('a red flag from the freelancer\'s own list follows its flexibility; one never listed is still negotiable', () => {
    const flags = dimension({ redFlagsSeen: [{ kind: 'own', text: 'Wants daily status calls' }, { kind: 'suggested', key: 'vague_scope' }] }, 'red_flags');
    expect(flags.findings.map((f) => [f.status, f.reason.key])).toEqual([
      ['negotiable', 'vetting.reason.ownRedFlagSeen'],
      ['negotiable', 'vetting.reason.redFlagSeen'],
    ]);
    const strict = madridWriter();
    strict.avoid.redFlags.flexibility = 'non_negotiable';
    expect(dimension({ redFlagsSeen: [{ kind: 'suggested', key: 'haggles_over_price' }] }, 'red_flags', strict).status).toBe('conflict');
  });
});
