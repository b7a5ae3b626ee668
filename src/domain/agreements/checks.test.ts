import { describe, expect, test } from 'vitest';
import { agreementValue, checkAgreement, isNewYorkCity } from './checks.ts';
import { emptyDocument, type AgreementDocument } from './document.ts';
import { findStarterTemplate } from './templates/index.ts';

const codes = (document: AgreementDocument) => checkAgreement(document, true).map((c) => c.code);

describe('checks while editing', () => {
  test('a blank document warns about the missing client deadlines, late fee, ownership clause and expiry date', () => {
    expect(codes(emptyDocument('EUR'))).toEqual(['no_client_deadlines', 'no_late_fee', 'no_ownership_clause', 'no_expiry_date']);
  });

  test('hourly pricing is allowed, with a warning', () => {
    const document = emptyDocument('EUR');
    document.cost.pricingModel = 'hourly';
    expect(codes(document)).toContain('hourly_pricing');
  });

  test('a starter template with an offer date has nothing to warn about', () => {
    const document = structuredClone(findStarterTemplate('starter-designer-en')!.document);
    document.terms.offerExpiresOn = '2027-04-01';
    expect(codes(document)).toEqual([]);
  });

  test('a payment schedule that does not add up to the price is flagged', () => {
    const document = emptyDocument('EUR');
    document.cost.amount = 100_000;
    document.cost.paymentSchedule = [{ id: 'p1', label: 'Deposit', amount: 50_000, due: { kind: 'on_signing' } }];
    expect(codes(document)).toContain('payments_do_not_add_up');
  });

  describe('a deposit is the payment on signing', () => {
    const withDeposit = (schedule: AgreementDocument['cost']['paymentSchedule']) => {
      const document = emptyDocument('EUR');
      document.cost.amount = 100_000;
      document.cost.depositPercent = 30;
      document.cost.paymentSchedule = schedule;
      return document;
    };
    const onDelivery = (amount: number) => ({ id: 'p2', label: 'On delivery', amount, due: { kind: 'days_after_invoice' as const, days: 14 } });

    test('a schedule whose payment on signing is the deposit raises nothing', () => {
      expect(codes(withDeposit([{ id: 'p1', label: 'Deposit', amount: 30_000, due: { kind: 'on_signing' } }, onDelivery(70_000)]))).not.toContain('deposit_not_the_signing_payment');
    });

    test('a deposit left out of the schedule, or a different amount due on signing, is flagged', () => {
      expect(codes(withDeposit([onDelivery(100_000)]))).toContain('deposit_not_the_signing_payment');
      expect(codes(withDeposit([{ id: 'p1', label: 'Half up front', amount: 50_000, due: { kind: 'on_signing' } }, onDelivery(50_000)]))).toContain('deposit_not_the_signing_payment');
    });

    test('without a deposit, a payment on signing is just a payment', () => {
      const document = withDeposit([{ id: 'p1', label: 'Half up front', amount: 50_000, due: { kind: 'on_signing' } }, onDelivery(50_000)]);
      document.cost.depositPercent = 0;
      expect(codes(document)).not.toContain('deposit_not_the_signing_payment');
    });
  });
});

describe("New York City's Freelance Isn't Free Act", () => {
  const nycDocument = (amount: number) => {
    const document = emptyDocument('USD');
    document.parties.client = { name: 'Acme', email: '', address: '', city: 'Brooklyn', region: 'NY', countryCode: 'US' };
    document.cost.amount = amount;
    return document;
  };

  test('a client in one of the five boroughs counts, one elsewhere does not', () => {
    expect(isNewYorkCity({ name: '', email: '', address: '', city: ' new  york ', region: '', countryCode: 'us' })).toBe(true);
    expect(isNewYorkCity({ name: '', email: '', address: '', city: 'Buffalo', region: 'NY', countryCode: 'US' })).toBe(false);
    expect(isNewYorkCity({ name: '', email: '', address: '', city: 'New York', region: '', countryCode: 'GB' })).toBe(false);
  });

  test('from 800 USD, the fields the law asks for are listed when missing', () => {
    const check = checkAgreement(nycDocument(80_000), true).find((c) => c.code === 'freelance_isnt_free_act');
    expect(check?.missing).toEqual(['parties.freelancer.name', 'parties.freelancer.address', 'parties.client.address', 'what.deliverables', 'cost.paymentMethod', 'cost.paymentSchedule']);
    expect(codes(nycDocument(79_999))).not.toContain('freelance_isnt_free_act');
  });

  test('a retainer counts every month of its term towards the 800 USD', () => {
    const document = nycDocument(20_000);
    document.cost.pricingModel = 'retainer';
    document.cost.termMonths = 4;
    expect(agreementValue(document)).toBe(80_000);
    expect(codes(document)).toContain('freelance_isnt_free_act');
  });
});
