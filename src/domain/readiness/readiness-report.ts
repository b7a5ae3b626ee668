// Readiness (DOMAIN.md section 8) in one report: fund ladders, concentration, runway if each client is lost, and per client
// whether they could be let go today.
import type { Temporal } from 'temporal-polyfill';
import { clientReadiness, type ClientReadiness } from './client-readiness.ts';
import { fundSides, type Finances, type IncomeEntry } from './finances.ts';
import { fundLadder, type FundLadder } from './fund-ladder.ts';
import { incomeConcentration, type IncomeConcentration } from './income-concentration.ts';
import { incomeByMonth, type MonthIncome } from './monthly-income.ts';
import { readinessTotals, runwayNow, runwaysIfLost, type ReadinessTotals, type RunwayIfLost } from './readiness-totals.ts';
import type { RunwayMonths } from './runway.ts';
import type { ReadinessSettings } from './settings.ts';
import { regularStreamIncome, type RegularStreamAmount } from './stream-income.ts';

export type ReadinessInputs = {
  /** The profile's finances with `emergencyFunds` set to each fund's current balance. */
  finances: Finances;
  /** Income received, clients and other streams alike: payments recorded on invoices merged with hand-typed entries (invoice-income.ts). */
  received: readonly IncomeEntry[];
  regularStreams: readonly RegularStreamAmount[];
  /** Clients to show even before they paid anything (active ones). */
  clientIds: readonly string[];
  openWarmLeads: number;
  currency: string;
  today: Temporal.PlainDate;
  settings: ReadinessSettings;
};

export type ReadinessReport = {
  today: string;
  currency: string;
  /** False while monthly expenses are zero: runways mean nothing until expenses are known. */
  hasExpenses: boolean;
  funds: FundLadder[];
  totals: ReadinessTotals;
  runwayNow: RunwayMonths;
  concentration: IncomeConcentration;
  runwayIfLost: RunwayIfLost[];
  clients: ClientReadiness[];
  incomeByMonth: MonthIncome[];
};

export function readinessReport(inputs: ReadinessInputs): ReadinessReport {
  const { finances, today, settings } = inputs;
  const income = [...inputs.received, ...regularStreamIncome(inputs.regularStreams, today)];
  const totals = readinessTotals(finances, income, inputs.clientIds, today);
  const runways = runwaysIfLost(totals);
  return {
    today: today.toString(),
    currency: inputs.currency,
    hasExpenses: totals.monthlyExpenses > 0,
    funds: fundSides.map((side) => fundLadder(side, finances, inputs.currency, settings)),
    totals,
    runwayNow: runwayNow(totals),
    concentration: incomeConcentration(income, today, settings),
    runwayIfLost: runways,
    clients: runways.map((r) => clientReadiness(totals, r.clientId, inputs.openWarmLeads, settings)),
    incomeByMonth: incomeByMonth(income, today),
  };
}
