import { describe, expect, test } from 'vitest';
import { visibleSections } from './sections.ts';

describe('portal sections', () => {
  test('proposals and contracts are listed only once one has been sent to the client', () => {
    expect(visibleSections({ hasSentAgreement: false, hasIssuedInvoice: false })).toEqual(['working_together', 'testimonial']);
    expect(visibleSections({ hasSentAgreement: true, hasIssuedInvoice: false })).toEqual(['working_together', 'testimonial', 'agreements']);
  });

  test('invoices are listed only once one has been issued to the client', () => {
    expect(visibleSections({ hasSentAgreement: false, hasIssuedInvoice: true })).toEqual(['working_together', 'testimonial', 'invoices']);
    expect(visibleSections({ hasSentAgreement: true, hasIssuedInvoice: true })).toEqual(['working_together', 'testimonial', 'agreements', 'invoices']);
  });
});
