// The readiness report of a workspace (DOMAIN.md section 8): used by GET /readiness, the readiness card and exit plans.
import type { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { fundBalancesRepository } from '../db/repositories/fund-balances.ts';
import { incomeEntriesRepository, type StoredIncomeEntry } from '../db/repositories/income-entries.ts';
import { incomeStreamAmountsRepository } from '../db/repositories/income-stream-amounts.ts';
import { invoiceIncomeRepository } from '../db/repositories/invoice-income.ts';
import { readinessClientsRepository } from '../db/repositories/readiness-clients.ts';
import { waitlistRepository } from '../db/repositories/waitlist.ts';
import { incomeSourceKey, type Finances, type FundSide } from '../domain/readiness/finances.ts';
import { mergeInvoiceIncome, type MergedIncome } from '../domain/readiness/invoice-income.ts';
import { readinessReport } from '../domain/readiness/readiness-report.ts';
import type { ReadinessReport } from '../schemas/readiness.ts';
import type { WorkspaceContext } from './context.ts';
import { loadProfile } from './get-profile.ts';
import { loadReadinessSettings } from './get-readiness-settings.ts';

export type ReadinessView = z.infer<typeof ReadinessReport>;

const noFinances: Finances = { monthlyExpenses: { business: 0, personal: 0 }, emergencyFunds: { business: 0, personal: 0 }, otherStreams: [] };

/** The first local date of the trailing-twelve-month window ending today. */
export function windowStart(today: Temporal.PlainDate): string {
  return today.subtract({ years: 1 }).add({ days: 1 }).toString();
}

/** The entries the freelancer typed by hand from `since` on (the income list shows, moves and deletes these). */
export async function loadReceivedIncome(db: Db, workspaceId: string, since: string): Promise<StoredIncomeEntry[]> {
  return incomeEntriesRepository(db, workspaceId).listSince(since);
}

/**
 * The income readiness counts from `since` to `today`: payments recorded on invoices in `currency`, plus the hand
 * entries they do not cover (see domain/readiness/invoice-income.ts for the rule), and what was left out and why.
 */
export async function loadCountedIncome(db: Db, workspaceId: string, since: string, today: string, currency: string): Promise<MergedIncome> {
  const hand = await loadReceivedIncome(db, workspaceId, since);
  const payments = await invoiceIncomeRepository(db, workspaceId).paymentsBetween(since, today);
  return mergeInvoiceIncome(
    hand.map((e) => ({ id: e.id, source: e.source, amount: e.amount, receivedOn: e.receivedOn })),
    payments,
    currency,
  );
}

/** Each fund's balance: the latest dated entry, or the profile's amount while none was recorded. */
export async function loadFundBalances(db: Db, workspaceId: string, finances: Finances): Promise<Record<FundSide, { balance: number; recordedOn: string | null }>> {
  const repository = fundBalancesRepository(db, workspaceId);
  const [business, personal] = [await repository.latest('business'), await repository.latest('personal')];
  return {
    business: business ? { balance: business.balance, recordedOn: business.recordedOn } : { balance: finances.emergencyFunds.business, recordedOn: null },
    personal: personal ? { balance: personal.balance, recordedOn: personal.recordedOn } : { balance: finances.emergencyFunds.personal, recordedOn: null },
  };
}

export async function loadReadiness(db: Db, workspaceId: string, now: Temporal.Instant): Promise<ReadinessView> {
  const { profile } = await loadProfile(db, workspaceId);
  const { settings } = await loadReadinessSettings(db, workspaceId);
  const today = now.toZonedDateTimeISO(profile.timeZone).toPlainDate();
  const profileFinances = profile.finances ?? noFinances;
  const balances = await loadFundBalances(db, workspaceId, profileFinances);
  const finances: Finances = { ...profileFinances, emergencyFunds: { business: balances.business.balance, personal: balances.personal.balance } };

  const income = await loadCountedIncome(db, workspaceId, windowStart(today), today.toString(), profile.currency);
  const received = income.entries;
  const amounts = new Map((await incomeStreamAmountsRepository(db, workspaceId).list()).map((a) => [a.streamId, a.monthlyAmount]));
  // Only streams still in the profile count: removing a stream there removes its regular amount here.
  const streams = profileFinances.otherStreams.map((s) => ({ id: s.id, name: s.name, kind: s.kind as string, monthlyAmount: amounts.get(s.id) ?? 0 }));
  const payers = [...new Set(received.flatMap((e) => (e.source.kind === 'client' ? [e.source.clientId] : [])))];
  const clients = await readinessClientsRepository(db, workspaceId).list(payers);
  const openWarmLeads = (await waitlistRepository(db, workspaceId).listOpen()).length;

  const report = readinessReport({
    finances,
    received,
    regularStreams: streams.map((s) => ({ streamId: s.id, monthlyAmount: s.monthlyAmount })),
    clientIds: clients.map((c) => c.id),
    openWarmLeads,
    currency: profile.currency,
    today,
    settings,
  });

  const clientById = new Map(clients.map((c) => [c.id, c]));
  const streamNames = new Map(streams.map((s) => [s.id, s.name]));
  const nameOf = (key: string): string => {
    const [kind, id = ''] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    return kind === 'client' ? (clientById.get(id)?.name ?? '') : (streamNames.get(id) ?? '');
  };

  return {
    today: report.today,
    currency: report.currency,
    hasFinances: profile.finances !== null,
    hasExpenses: report.hasExpenses,
    monthlyExpenses: { ...finances.monthlyExpenses },
    funds: report.funds.map((ladder) => ({
      ...ladder,
      steps: ladder.steps.map((s) => (s.kind === 'starter' ? { kind: s.kind, target: s.target } : { kind: s.kind, months: s.months, target: s.target })),
      balanceDate: balances[ladder.side].recordedOn,
    })),
    totals: report.totals,
    runwayNow: report.runwayNow,
    concentration: { total: report.concentration.total, shares: report.concentration.shares.map((s) => ({ ...s, name: nameOf(incomeSourceKey(s.source)) })) },
    runwayIfLost: report.runwayIfLost.map((r) => ({ clientId: r.clientId, months: r.months })),
    clients: report.clients.map((c) => {
      const client = clientById.get(c.clientId);
      return {
        ...c,
        name: client?.name ?? '',
        company: client?.company ?? '',
        stage: client?.stage ?? '',
        monthlyIncome: Math.floor(c.yearlyIncome / 12),
      };
    }),
    streams,
    openWarmLeads,
    incomeByMonth: report.incomeByMonth,
    invoiceIncome: { counted: income.fromInvoices.amount, payments: income.fromInvoices.payments, setAsideEntryIds: income.setAsideEntryIds, notCounted: income.notCounted },
    settings,
  };
}

export function getReadiness({ ctx }: { ctx: WorkspaceContext }): Promise<ReadinessView> {
  return loadReadiness(ctx.db, ctx.workspaceId, ctx.clock.now());
}
