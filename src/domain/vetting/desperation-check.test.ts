import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { Finances, IncomeEntry } from '../readiness/finances.ts';
import { defaultReadinessSettings } from '../readiness/settings.ts';
import { desperationCheck } from './desperation-check.ts';
import { vetProspect } from './vet-prospect.ts';
import { defaultVettingSettings } from './settings.ts';
import { fittingProspect, madridWriter } from './test-support.ts';

const today = Temporal.PlainDate.from('2026-06-30');
const settings = defaultReadinessSettings;
const finances = (funds: number): Finances => ({ monthlyExpenses: { business: 50_000, personal: 150_000 }, emergencyFunds: { business: funds, personal: 0 }, otherStreams: [] });
const monthly = (amount: number): IncomeEntry[] =>
  Array.from({ length: 12 }, (_, month) => ({ source: { kind: 'client', clientId: 'acme' }, amount, receivedOn: today.subtract({ months: month }).toString() }));

describe('desperation check', () => {
  it('with no finances entered it says unknown, so the page can invite adding them', () => {
    expect(desperationCheck({ finances: null, income: [], today, settings })).toEqual({ status: 'unknown', runwayMonths: null, message: { key: 'vetting.desperation.unknown', params: {} } });
  });

  it('expenses left at zero are treated as not entered', () => {
    const empty: Finances = { monthlyExpenses: { business: 0, personal: 0 }, emergencyFunds: { business: 0, personal: 0 }, otherStreams: [] };
    expect(desperationCheck({ finances: empty, income: [], today, settings }).status).toBe('unknown');
  });

  it('a freelancer between clients with a month and a half of savings is warned: runway is short', () => {
    expect(desperationCheck({ finances: finances(300_000), income: [], today, settings })).toEqual({
      status: 'short_runway',
      runwayMonths: 1.5,
      message: { key: 'vetting.desperation.shortRunway', params: { months: 1.5, threshold: 3 } },
    });
  });

  it('exactly three months of runway is not short', () => {
    expect(desperationCheck({ finances: finances(600_000), income: [], today, settings }).status).toBe('comfortable');
  });

  it('income that covers expenses means no shortfall: comfortable, runway unlimited', () => {
    expect(desperationCheck({ finances: finances(0), income: monthly(200_000), today, settings })).toMatchObject({ status: 'comfortable', runwayMonths: null });
  });

  it('sits beside the recommendation without changing it', () => {
    const base = { answers: fittingProspect(), gut: { feeling: 'at_ease' as const, note: '' }, income: [], now: Temporal.Instant.from('2026-06-30T10:00:00Z'), vettingSettings: { ...defaultVettingSettings, overlapWeeks: 1 }, readinessSettings: settings };
    const broke = vetProspect({ ...base, profile: { ...madridWriter(), finances: finances(10_000) } });
    const unknown = vetProspect({ ...base, profile: madridWriter() });
    expect(broke.desperation.status).toBe('short_runway');
    expect(unknown.desperation.status).toBe('unknown');
    expect(broke.recommendation).toEqual(unknown.recommendation);
    expect(broke.recommendation.recommendation).toBe('good_fit');
  });
});
