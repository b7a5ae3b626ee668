import { describe, expect, it } from 'vitest';
import { clientStages, isOpenStage } from './lifecycle.ts';

describe('client lifecycle', () => {
  it('follows DOMAIN.md: lead to past, plus declined and waitlist', () => {
    expect(clientStages).toEqual(['lead', 'interviewing', 'proposal', 'contract', 'active', 'offboarding', 'past', 'declined', 'waitlist']);
  });

  it('past and declined relationships are closed; a waitlisted lead is still open', () => {
    expect(clientStages.filter((s) => !isOpenStage(s))).toEqual(['past', 'declined']);
    expect(isOpenStage('waitlist')).toBe(true);
  });
});
