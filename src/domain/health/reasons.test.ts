import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { assessDecline } from './decline.ts';
import { assessExpectations } from './expectations.ts';
import { defaultHealthSettings } from './health-settings.ts';
import { assessIntegrity } from './integrity.ts';
import type { InvoicePayment } from './invoice-payments.ts';
import { assessPanic } from './panic.ts';
import type { RelationshipEvent } from './relationship-events.ts';
import { budgetCut, daysAgo, excuse, expectation, incident, missed, rush } from './test-support.ts';

const now = Temporal.Instant.from('2026-06-15T10:00:00Z');
const settings = defaultHealthSettings;
const many = <T>(count: number, make: (id: string, at: string) => T, spacing = 7) => Array.from({ length: count }, (_, i) => make(`e${i}`, daysAgo(now, 1 + i * spacing)));

describe('reason 2: persistent panic mode', () => {
  const panic = (events: RelationshipEvent[]) => assessPanic({ events, now, settings });

  it('an occasional rush is fine; about one a month is worth watching; every other week calls for action', () => {
    expect(panic(many(2, rush)).status).toBe('ok');
    expect(panic(many(3, rush)).status).toBe('watch');
    expect(panic(many(6, rush)).status).toBe('act');
  });

  it('true emergencies still count toward panic', () => {
    const result = panic(many(3, (id, at) => rush(id, at, { isTrueEmergency: true })));
    expect(result.status).toBe('watch');
    expect(result.because).toContainEqual({ key: 'health.panic.trueEmergencies', params: { count: 3 } });
  });

  it('a single commitment missed for another client is already worth watching; two call for action', () => {
    expect(panic([rush('r', daysAgo(now, 3)), missed('m', daysAgo(now, 3))]).status).toBe('watch');
    const result = panic([missed('m1', daysAgo(now, 3)), missed('m2', daysAgo(now, 30))]);
    expect(result.status).toBe('act');
    expect(result.evidence.eventIds).toEqual(['m2', 'm1']);
  });
});

describe('reason 3: lack of integrity', () => {
  const integrity = (events: RelationshipEvent[]) => assessIntegrity({ events, now, settings });

  it('one incident is worth watching, the second crosses the freelancer’s line', () => {
    expect(integrity([incident('i1', daysAgo(now, 10))]).status).toBe('watch');
    expect(integrity([incident('i1', daysAgo(now, 10)), incident('i2', daysAgo(now, 200))]).status).toBe('act');
  });

  it('looks back a year: an incident from 200 days ago still counts, one from 400 days ago no longer does', () => {
    expect(integrity([incident('old', daysAgo(now, 200))]).status).toBe('watch');
    expect(integrity([incident('older', daysAgo(now, 400))]).status).toBe('ok');
  });

  it('the line is the freelancer’s: with a threshold of one, a single incident calls for action', () => {
    const strict = { ...settings, integrity: { ...settings.integrity, actIncidents: 1 } };
    expect(assessIntegrity({ events: [incident('i1', daysAgo(now, 10))], now, settings: strict }).status).toBe('act');
  });
});

describe('reason 4: business going downhill', () => {
  const decline = (events: RelationshipEvent[], invoices: InvoicePayment[] | null) => assessDecline({ events, invoices, timeZone: 'Europe/Madrid', now, settings });
  const invoice = (invoiceId: string, dueOn: string, paidOn: string | null): InvoicePayment => ({ invoiceId, dueOn, paidOn });

  it('two of four invoices paid late are worth watching, with the late invoices as evidence', () => {
    const result = decline([], [invoice('a', '2026-03-31', '2026-04-10'), invoice('b', '2026-04-30', '2026-04-29'), invoice('c', '2026-05-31', '2026-06-05'), invoice('d', '2026-04-15', '2026-04-15')]);
    expect(result.status).toBe('watch');
    expect(result.evidence.invoiceIds).toEqual(['a', 'c']);
  });

  it('late payment as the norm (three of four, one still unpaid after its due date) calls for action', () => {
    const result = decline([], [invoice('a', '2026-03-31', '2026-04-10'), invoice('b', '2026-04-30', '2026-05-09'), invoice('c', '2026-05-31', null), invoice('d', '2026-06-10', '2026-06-01')]);
    expect(result.status).toBe('act');
    expect(result.because[0]).toEqual({ key: 'health.decline.latePayments', params: { count: 3, total: 4, days: 90 } });
  });

  it('an invoice due today and not yet paid is not late, and is not counted at all yet', () => {
    expect(decline([], [invoice('today', '2026-06-15', null)]).because[0]).toEqual({ key: 'health.decline.latePayments', params: { count: 0, total: 0, days: 90 } });
  });

  it('an invoice unpaid for longer than the window keeps counting as late, with what is still owed and for how long', () => {
    const old: InvoicePayment = { invoiceId: 'old', dueOn: '2026-01-31', paidOn: null, balance: { amount: 132_050, currency: 'GBP' } };
    const result = decline([], [old, invoice('ok', '2026-05-31', '2026-05-30')]);
    expect(result.because[0]).toEqual({ key: 'health.decline.latePayments', params: { count: 1, total: 2, days: 90 } });
    expect(result.because[1]).toEqual({ key: 'health.decline.overdueBalance', params: { count: 1, amount: 1320.5, currency: 'GBP', days: 135 } });
    expect(result.evidence.invoiceIds).toEqual(['old']);
    // Once paid, it is judged only in the window its due date falls in.
    expect(decline([], [{ ...old, paidOn: '2026-06-01', balance: { amount: 0, currency: 'GBP' } }]).because[0]).toMatchObject({ params: { count: 0, total: 0 } });
  });

  it('a broken promise to pay counts with excuses and budget cuts; a kept one, or one not yet due, does not', () => {
    const promised = (invoiceId: string, dueOn: string, paidOn: string | null, promisedOn: string[]): InvoicePayment => ({ invoiceId, dueOn, paidOn, promisedOn });
    const broken = decline([excuse('x', daysAgo(now, 20))], [promised('p', '2026-04-30', null, ['2026-05-20'])]);
    expect(broken.because).toContainEqual({ key: 'health.decline.brokenPromises', params: { count: 1, days: 90 } });
    expect(broken.signals.current).toBe(3); // the late invoice, the broken promise and the excuse
    expect(broken.status).toBe('watch');
    expect(broken.evidence.invoiceIds).toEqual(['p']);
    const kept = decline([], [promised('k', '2026-04-30', '2026-05-18', ['2026-05-20']), promised('soon', '2026-06-01', null, ['2026-06-20'])]);
    expect(kept.because.some((text) => text.key === 'health.decline.brokenPromises')).toBe(false);
  });

  it('more late payments and broken promises than the quarter before make the trend worse', () => {
    const before = [invoice('then', '2026-02-15', '2026-02-14')];
    const result = decline([], [...before, { invoiceId: 'now', dueOn: '2026-05-01', paidOn: '2026-06-10', promisedOn: ['2026-05-20'] }]);
    expect(result.trend).toBe('worse');
  });

  it('without invoice data, excuses and budget cuts decide, and the card says so', () => {
    const result = decline([excuse('x', daysAgo(now, 5)), budgetCut('cut', daysAgo(now, 40))], null);
    expect(result.status).toBe('watch');
    expect(result.because[0]).toEqual({ key: 'health.decline.noInvoiceData', params: {} });
    expect(result.evidence.eventIds).toEqual(['cut', 'x']);
    expect(decline([...many(4, excuse)], null).status).toBe('act');
  });
});

describe('reason 5: unrealistic expectations', () => {
  const expectations = (events: RelationshipEvent[]) => assessExpectations({ events, now, settings });

  it('two in the last 90 days are worth watching, four call for action', () => {
    expect(expectations(many(1, expectation)).status).toBe('ok');
    expect(expectations(many(2, expectation)).status).toBe('watch');
    expect(expectations(many(4, expectation)).status).toBe('act');
  });

  it('a pattern that was already there in the previous 90 days and is still there now calls for action', () => {
    const result = expectations([expectation('now1', daysAgo(now, 5)), expectation('now2', daysAgo(now, 50)), expectation('then1', daysAgo(now, 100)), expectation('then2', daysAgo(now, 150))]);
    expect(result.status).toBe('act');
    expect(result.because).toContainEqual({ key: 'health.expectations.persisting', params: { count: 2 } });
    expect(result.trend).toBe('same');
  });

  it('more than before reads as getting worse', () => {
    expect(expectations([expectation('a', daysAgo(now, 5)), expectation('b', daysAgo(now, 6)), expectation('c', daysAgo(now, 120))]).trend).toBe('worse');
  });
});
