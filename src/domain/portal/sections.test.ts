import { describe, expect, test } from 'vitest';
import { visibleSections } from './sections.ts';

describe('portal sections', () => {
  test('proposals and contracts are listed only once one has been sent to the client', () => {
    expect(visibleSections({ hasSentAgreement: false })).toEqual(['working_together', 'testimonial']);
    expect(visibleSections({ hasSentAgreement: true })).toEqual(['working_together', 'testimonial', 'agreements']);
  });
});
