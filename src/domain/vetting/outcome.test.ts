import { describe, expect, it } from 'vitest';
import { isAgainstRecommendation, stageAfterOutcome, suggestedOutcome, vettingOutcomes } from './outcome.ts';

describe('vetting outcome', () => {
  it('accepting or starting a trial moves the client to a proposal; declining and waitlisting use their own stages', () => {
    expect(vettingOutcomes.map(stageAfterOutcome)).toEqual(['proposal', 'proposal', 'declined', 'waitlist']);
  });

  it('the form preselects what the recommendation says', () => {
    expect(suggestedOutcome('good_fit')).toBe('accept');
    expect(suggestedOutcome('trial_first')).toBe('trial_project');
    expect(suggestedOutcome('walk_away')).toBe('decline');
  });

  it('accepting a prospect Sana says to walk away from goes against the recommendation; declining a good fit does not', () => {
    expect(isAgainstRecommendation('accept', 'walk_away')).toBe(true);
    expect(isAgainstRecommendation('trial_project', 'walk_away')).toBe(true);
    expect(isAgainstRecommendation('accept', 'trial_first')).toBe(true);
    expect(isAgainstRecommendation('decline', 'good_fit')).toBe(false);
    expect(isAgainstRecommendation('waitlist', 'walk_away')).toBe(false);
  });
});
