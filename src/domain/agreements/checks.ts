// Checks shown while a document is edited: warnings about what is risky or missing. They never block saving or sending.
import type { AgreementDocument } from './document.ts';
import { depositOf } from '../invoicing/deposit.ts';

export const checkCodes = [
  'hourly_pricing',
  'no_client_deadlines',
  'no_late_fee',
  'no_ownership_clause',
  'no_expiry_date',
  'freelance_isnt_free_act',
  'schedule_invalid',
  'payments_do_not_add_up',
  'deposit_not_the_signing_payment',
] as const;
export type CheckCode = (typeof checkCodes)[number];

/** The Freelance Isn't Free Act's required contents, each one a field the freelancer can fill. */
export const fifaFields = ['parties.freelancer.name', 'parties.freelancer.address', 'parties.client.name', 'parties.client.address', 'what.deliverables', 'what.deliverables.amount', 'cost.amount', 'cost.paymentMethod', 'cost.paymentSchedule'] as const;
export type FifaField = (typeof fifaFields)[number];

export type AgreementCheck = { code: CheckCode; field: string; missing?: FifaField[] };

/** Value at or above which New York City's Freelance Isn't Free Act asks for a written contract: 800 USD in cents. */
export const fifaThresholdCents = 800_00;

const nycPlaces = new Set(['new york', 'new york city', 'nyc', 'manhattan', 'brooklyn', 'queens', 'the bronx', 'bronx', 'staten island']);

/** A client in one of the five boroughs (the law protects freelancers hired there). */
export function isNewYorkCity(client: AgreementDocument['parties']['client']): boolean {
  const country = client.countryCode.trim().toUpperCase();
  if (country !== '' && country !== 'US') return false;
  const city = client.city.trim().toLowerCase().replace(/\s+/g, ' ');
  return nycPlaces.has(city);
}

/**
 * What the work is worth over its whole term, in minor units: a retainer counts every month of the term, hourly work
 * its estimated hours (or nothing when none are given), the other models their total.
 */
export function agreementValue(document: AgreementDocument): number {
  const { cost } = document;
  switch (cost.pricingModel) {
    case 'retainer':
      return cost.amount * cost.termMonths;
    case 'hourly':
      return cost.estimatedHours === null ? 0 : Math.round(cost.amount * cost.estimatedHours);
    case 'fixed_project':
    case 'per_deliverable':
      return cost.amount;
  }
}

function missingFifaFields(document: AgreementDocument): FifaField[] {
  const { parties, what, cost } = document;
  const blank = (text: string) => text.trim() === '';
  const missing: FifaField[] = [];
  if (blank(parties.freelancer.name)) missing.push('parties.freelancer.name');
  if (blank(parties.freelancer.address)) missing.push('parties.freelancer.address');
  if (blank(parties.client.name)) missing.push('parties.client.name');
  if (blank(parties.client.address)) missing.push('parties.client.address');
  if (what.deliverables.length === 0) missing.push('what.deliverables');
  else if (cost.pricingModel === 'per_deliverable' && what.deliverables.some((d) => d.amount === null)) missing.push('what.deliverables.amount');
  if (cost.amount <= 0) missing.push('cost.amount');
  if (blank(cost.paymentMethod)) missing.push('cost.paymentMethod');
  if (cost.paymentSchedule.length === 0) missing.push('cost.paymentSchedule');
  return missing;
}

export function checkAgreement(document: AgreementDocument, scheduleIsValid: boolean): AgreementCheck[] {
  const checks: AgreementCheck[] = [];
  const { cost, when, terms } = document;
  if (cost.pricingModel === 'hourly') checks.push({ code: 'hourly_pricing', field: 'cost.pricingModel' });
  const hasClientDeadline = when.clientInputs.length > 0 || when.milestones.some((m) => m.owner === 'client');
  if (!hasClientDeadline) checks.push({ code: 'no_client_deadlines', field: 'when.milestones' });
  if (cost.lateFee === null) checks.push({ code: 'no_late_fee', field: 'cost.lateFee' });
  if (terms.ownership === null) checks.push({ code: 'no_ownership_clause', field: 'terms.ownership' });
  if (terms.offerExpiresOn === null) checks.push({ code: 'no_expiry_date', field: 'terms.offerExpiresOn' });
  if (!scheduleIsValid) checks.push({ code: 'schedule_invalid', field: 'when.milestones' });
  // A schedule that does not add up to the price is a quiet source of disputes; retainers and hourly work bill per period.
  if ((cost.pricingModel === 'fixed_project' || cost.pricingModel === 'per_deliverable') && cost.paymentSchedule.length > 0) {
    const scheduled = cost.paymentSchedule.reduce((sum, payment) => sum + payment.amount, 0);
    if (scheduled !== cost.amount) checks.push({ code: 'payments_do_not_add_up', field: 'cost.paymentSchedule' });
    // Sana invoices the deposit the moment both have signed, so the schedule's payment on signing is that invoice: any
    // other amount there would read as a second request for money up front, or leave the deposit out of the schedule.
    const deposit = depositOf(cost);
    const onSigning = cost.paymentSchedule.filter((payment) => payment.due.kind === 'on_signing').reduce((sum, payment) => sum + payment.amount, 0);
    if (deposit !== null && onSigning !== deposit.base) checks.push({ code: 'deposit_not_the_signing_payment', field: 'cost.paymentSchedule' });
  }
  if (cost.currency === 'USD' && isNewYorkCity(document.parties.client) && agreementValue(document) >= fifaThresholdCents) {
    const missing = missingFifaFields(document);
    if (missing.length > 0) checks.push({ code: 'freelance_isnt_free_act', field: missing[0] as string, missing });
  }
  return checks;
}
