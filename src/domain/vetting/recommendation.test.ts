import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { contactChannels } from '../events/event-types.ts';
import type { Flexibility } from '../profile/flexibility.ts';
import { pricingModels } from '../profile/pricing-models.ts';
import type { FreelancerProfile } from '../profile/profile.ts';
import { redFlagSuggestions } from '../profile/red-flags.ts';
import { rushFrequencies } from '../profile/rush-frequency.ts';
import { sameHoursOn } from '../time/weekly-hours.ts';
import { assessFit } from './fit.ts';
import { fitStatuses, type FitStatus } from './fit-status.ts';
import { gutFeelings, type GutCheck } from './gut-check.ts';
import type { InterviewAnswers } from './interview.ts';
import { recommend, recommendationRank } from './recommendation.ts';
import { defaultVettingSettings, type VettingSettings } from './settings.ts';
import { fittingProspect, madridWriter } from './test-support.ts';

const settings = defaultVettingSettings;
const atEase: GutCheck = { feeling: 'at_ease', note: '' };
const dims = (...statuses: FitStatus[]) => statuses.map((status) => ({ status }));

describe('recommendation', () => {
  it('a prospect who fits everywhere and leaves the freelancer at ease is a good fit', () => {
    expect(recommend(dims('fits', 'fits', 'fits'), atEase, settings)).toEqual({
      recommendation: 'good_fit',
      because: [{ key: 'vetting.why.fewNegotiables', params: { count: 0 } }],
    });
  });

  it('one non-negotiable touched means walk away, however good the rest is', () => {
    expect(recommend(dims('fits', 'conflict', 'fits'), atEase, settings).recommendation).toBe('walk_away');
  });

  it('two compromises still make a good fit; three suggest a small trial project first; six mean walk away', () => {
    expect(recommend(dims('negotiable', 'negotiable'), atEase, settings).recommendation).toBe('good_fit');
    expect(recommend(dims('negotiable', 'negotiable', 'negotiable'), atEase, settings).recommendation).toBe('trial_first');
    expect(recommend(dims(...Array<FitStatus>(6).fill('negotiable')), atEase, settings).recommendation).toBe('walk_away');
  });

  it('an uneasy gut turns a good fit into a trial project and says why', () => {
    const result = recommend(dims('fits'), { feeling: 'uneasy', note: 'Talked over me the whole call' }, settings);
    expect(result.recommendation).toBe('trial_first');
    expect(result.because.map((r) => r.key)).toEqual(['vetting.why.fewNegotiables', 'vetting.why.uneasyGut']);
  });

  it('an unsure gut counts as one more thing to talk through', () => {
    expect(recommend(dims('negotiable', 'negotiable'), { feeling: 'unsure', note: '' }, settings).recommendation).toBe('trial_first');
  });

  it('unanswered questions do not move the recommendation but are listed to be asked', () => {
    const result = recommend(dims('fits', 'unknown', 'unknown'), atEase, settings);
    expect(result.recommendation).toBe('good_fit');
    expect(result.because.at(-1)).toEqual({ key: 'vetting.why.unanswered', params: { count: 2 } });
  });
});

describe('recommendation invariants (properties)', () => {
  const status = fc.constantFrom(...fitStatuses);
  const statuses = fc.array(status, { maxLength: 20 });
  const gut = fc.record({ feeling: fc.constantFrom(...gutFeelings), note: fc.string({ maxLength: 10 }) });
  const anySettings: fc.Arbitrary<VettingSettings> = fc
    .tuple(fc.nat(6), fc.nat(6))
    .map(([goodFit, extraForTrial]) => ({ ...defaultVettingSettings, maxNegotiablesForGoodFit: goodFit, maxNegotiablesForTrial: goodFit + extraForTrial }));
  const rankOf = (s: FitStatus[], g: GutCheck, set: VettingSettings) => recommendationRank(recommend(dims(...s), g, set).recommendation);

  it('a conflict never yields good_fit', () => {
    fc.assert(
      fc.property(statuses, gut, anySettings, (s, g, set) => {
        fc.pre(s.includes('conflict'));
        expect(recommend(dims(...s), g, set).recommendation).not.toBe('good_fit');
      }),
    );
  });

  it('an uneasy gut never yields good_fit: only a trial project or walking away', () => {
    fc.assert(
      fc.property(statuses, anySettings, (s, set) => {
        expect(['trial_first', 'walk_away']).toContain(recommend(dims(...s), { feeling: 'uneasy', note: '' }, set).recommendation);
      }),
    );
  });

  it('adding a conflict never improves the recommendation', () => {
    fc.assert(
      fc.property(statuses, fc.nat(), gut, anySettings, (s, at, g, set) => {
        const worse = [...s];
        worse.splice(at % (s.length + 1), 0, 'conflict');
        expect(rankOf(worse, g, set)).toBeLessThanOrEqual(rankOf(s, g, set));
      }),
    );
  });

  it('more negotiables never improve it either, whether added or made from a fit', () => {
    fc.assert(
      fc.property(statuses, fc.nat(), gut, anySettings, (s, at, g, set) => {
        const added = [...s, 'negotiable' as const];
        expect(rankOf(added, g, set)).toBeLessThanOrEqual(rankOf(s, g, set));
        const index = at % Math.max(1, s.length);
        if (s[index] === 'fits' || s[index] === 'unknown') {
          const turned = s.map((x, i) => (i === index ? 'negotiable' : x));
          expect(rankOf(turned, g, set)).toBeLessThanOrEqual(rankOf(s, g, set));
        }
      }),
    );
  });

  it('a more worried gut never improves it: at ease ≥ unsure ≥ uneasy', () => {
    fc.assert(
      fc.property(statuses, anySettings, (s, set) => {
        const [easy, unsure, uneasy] = gutFeelings.map((feeling) => rankOf(s, { feeling, note: '' }, set));
        expect(easy).toBeGreaterThanOrEqual(unsure ?? 0);
        expect(unsure).toBeGreaterThanOrEqual(uneasy ?? 0);
      }),
    );
  });
});

describe('fit and recommendation together (properties over whole interviews)', () => {
  const now = Temporal.Instant.from('2026-03-02T08:00:00Z');
  // Two weeks of overlap keep each run fast; the DST behaviour itself is covered in time-zone-overlap.test.ts.
  const quick: VettingSettings = { ...defaultVettingSettings, overlapWeeks: 2 };
  const flexibility = fc.constantFrom<Flexibility>('non_negotiable', 'willing_to_compromise');
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

  const answers: fc.Arbitrary<InterviewAnswers> = fc.record({
    tasks: fc.array(fc.record({ description: fc.constant('work'), kind: fc.constantFrom('Blog posts', 'ghostwriting political speeches', 'podcast notes', ''), size: fc.constantFrom('small', 'large') as fc.Arbitrary<'small' | 'large'> }), { maxLength: 3 }),
    skillsNeeded: fc.array(fc.constantFrom('copywriting', 'video editing', 'newsletter design', 'accounting'), { maxLength: 3 }),
    industry: maybe(fc.constantFrom('Wellness', 'Crypto', '')),
    preferredChannels: fc.array(fc.constantFrom(...contactChannels), { maxLength: 3 }),
    callsPerWeek: maybe(fc.nat(5)),
    tripsPerYear: maybe(fc.nat(4)),
    expectedReplyWithin: maybe(fc.record({ amount: fc.integer({ min: 1, max: 48 }), unit: fc.constantFrom('hours', 'working_days') as fc.Arbitrary<'hours' | 'working_days'> })),
    expectsRepliesOutsideOfficeHours: maybe(fc.boolean()),
    expectsWeekendWork: maybe(fc.boolean()),
    expectsHolidayWork: maybe(fc.boolean()),
    keyDates: fc.array(fc.constantFrom('2026-05-14', '2026-06-07', '2026-06-09', 'not a date'), { maxLength: 2 }),
    budget: maybe(fc.record({ amount: fc.nat(300_000), currency: fc.constantFrom('EUR', 'USD'), pricingModel: fc.constantFrom(...pricingModels) })),
    timeZone: maybe(fc.constantFrom('Europe/Madrid', 'America/New_York', 'America/Los_Angeles')),
    workingHours: maybe(fc.constant(sameHoursOn(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], [{ start: '09:00', end: '17:00' }]))),
    rushFrequency: maybe(fc.constantFrom(...rushFrequencies)),
    redFlagsSeen: fc.array(fc.constantFrom(...redFlagSuggestions).map((key) => ({ kind: 'suggested' as const, key })), { maxLength: 2 }),
    notes: fc.constant(''),
  });

  const flexibilities = fc.array(flexibility, { minLength: 12, maxLength: 12 });
  function withFlexibilities(flex: Flexibility[]): FreelancerProfile {
    const p = madridWriter();
    const f = (i: number): Flexibility => flex[i] ?? 'willing_to_compromise';
    p.dreamBusiness.officeHours.flexibility = f(0);
    p.dreamBusiness.weekends.flexibility = f(1);
    p.dreamBusiness.publicHolidays.flexibility = f(2);
    p.dreamBusiness.travel.flexibility = f(3);
    p.communication.channels.flexibility = f(4);
    p.communication.calls.flexibility = f(5);
    p.communication.replyWindow.flexibility = f(6);
    p.communication.rushWork.flexibility = f(7);
    p.idealClient.industries.flexibility = f(8);
    p.idealClient.budgetFloor.flexibility = f(9);
    p.idealClient.pricingModels.flexibility = f(10);
    p.avoid.workKinds.flexibility = f(11);
    return p;
  }
  const gut = fc.constantFrom(...gutFeelings).map((feeling) => ({ feeling, note: '' }));

  it('a prospect over a non-negotiable call limit is never a good fit, whatever else they answer', () => {
    fc.assert(
      fc.property(answers, flexibilities, gut, fc.integer({ min: 2, max: 9 }), (a, flex, g, calls) => {
        const profile = withFlexibilities(flex);
        profile.communication.calls = { flexibility: 'non_negotiable', maxPerWeek: 1 };
        const fit = assessFit({ profile, answers: { ...a, callsPerWeek: calls }, now, settings: quick });
        expect(fit.dimensions.find((d) => d.dimension === 'calls')?.status).toBe('conflict');
        expect(recommend(fit.dimensions, g, quick).recommendation).not.toBe('good_fit');
      }),
      { numRuns: 60 },
    );
  });

  it('conflicts only come from non-negotiables: a freelancer who compromises on everything, with no blocked days, sees none', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const profile = withFlexibilities(Array<Flexibility>(12).fill('willing_to_compromise'));
        profile.dreamBusiness.blockedDays = [];
        profile.skills.dontWant = [];
        expect(assessFit({ profile, answers: a, now, settings: quick }).counts.conflict).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('loosening one preference from non-negotiable to compromise never worsens the recommendation', () => {
    fc.assert(
      fc.property(answers, flexibilities, fc.nat(11), gut, (a, flex, index, g) => {
        const strict = withFlexibilities(flex);
        const loose = withFlexibilities(flex.map((x, i) => (i === index ? 'willing_to_compromise' : x)));
        const rank = (p: FreelancerProfile) => recommendationRank(recommend(assessFit({ profile: p, answers: a, now, settings: quick }).dimensions, g, quick).recommendation);
        expect(rank(loose)).toBeGreaterThanOrEqual(rank(strict));
      }),
      { numRuns: 60 },
    );
  });

  it('every dimension of every assessment carries at least one reason, and an unchanged fitting prospect stays a good fit', () => {
    fc.assert(
      fc.property(answers, (a) => {
        for (const d of assessFit({ profile: madridWriter(), answers: a, now, settings: quick }).dimensions) expect(d.findings.length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
    const fit = assessFit({ profile: madridWriter(), answers: fittingProspect(), now, settings: quick });
    expect(recommend(fit.dimensions, { feeling: 'at_ease', note: '' }, quick).recommendation).toBe('good_fit');
  });
});
