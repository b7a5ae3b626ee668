import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { healthReasonKinds, type HealthReasonKind } from './health-reasons.ts';
import { defaultHealthSettings } from './health-settings.ts';
import { healthStatusRank, healthStatuses, type HealthStatus } from './health-status.ts';
import { decideOnHealth, healthRecommendationRank } from './recommendation.ts';

const decide = (statuses: Partial<Record<HealthReasonKind, HealthStatus>>) =>
  decideOnHealth(
    healthReasonKinds.map((reason) => ({ reason, status: statuses[reason] ?? 'ok' })),
    defaultHealthSettings,
  );

describe('keep, talk it through, or plan the exit', () => {
  it('with every reason ok, keep the client', () => {
    expect(decide({})).toEqual({ recommendation: 'keep', drivenBy: [], because: [{ key: 'health.why.allClear', params: {} }] });
  });

  it('one reason to watch is still a keep, naming what to keep an eye on', () => {
    expect(decide({ panic: 'watch' })).toMatchObject({ recommendation: 'keep', drivenBy: ['panic'] });
  });

  it('two reasons to watch are worth a heart-to-heart', () => {
    expect(decide({ panic: 'watch', decline: 'watch' })).toMatchObject({
      recommendation: 'talk',
      drivenBy: ['panic', 'decline'],
      because: [{ key: 'health.why.severalToWatch', params: { count: 2, limit: 2 } }],
    });
  });

  it('one reason that calls for action means talking it through, that reason first', () => {
    expect(decide({ communication: 'watch', expectations: 'act' })).toMatchObject({ recommendation: 'talk', drivenBy: ['expectations', 'communication'] });
  });

  it('integrity calling for action plans the exit on its own', () => {
    expect(decide({ integrity: 'act' })).toEqual({ recommendation: 'plan_exit', drivenBy: ['integrity'], because: [{ key: 'health.why.decisive', params: { reason: 'integrity' } }] });
  });

  it('two other reasons calling for action plan the exit', () => {
    expect(decide({ panic: 'act', decline: 'act' })).toMatchObject({ recommendation: 'plan_exit', because: [{ key: 'health.why.severalToAct', params: { count: 2, limit: 2 } }] });
  });

  it('adding an act reason, or making any reason worse, never improves the recommendation', () => {
    const statuses = fc.record(Object.fromEntries(healthReasonKinds.map((kind) => [kind, fc.constantFrom(...healthStatuses)])) as Record<HealthReasonKind, fc.Arbitrary<HealthStatus>>);
    fc.assert(
      fc.property(statuses, fc.constantFrom(...healthReasonKinds), fc.constantFrom(...healthStatuses), (before, reason, worse) => {
        fc.pre(healthStatusRank(worse) > healthStatusRank(before[reason]));
        const after = { ...before, [reason]: worse };
        expect(healthRecommendationRank(decide(after).recommendation)).toBeGreaterThanOrEqual(healthRecommendationRank(decide(before).recommendation));
      }),
      { numRuns: 500 },
    );
  });
});
