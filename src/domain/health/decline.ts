// Reason 4, a business going downhill: late payment becoming the norm, excuses, shrinking budgets.
import { Temporal } from 'temporal-polyfill';
import type { HealthSettings } from './health-settings.ts';
import { statusFromCount, statusFromShare, trendOf, worstStatus, type HealthStatus } from './health-status.ts';
import { healthText, type HealthText } from './health-text.ts';
import type { ReasonAssessment } from './health-reasons.ts';
import { minorUnitDigits } from '../money/currency.ts';
import { brokenPromises, invoicesDueWithin, isPaidLate, isSettledOrOverdue, isUnpaidOn, unpaidFromBefore, type InvoicePayment } from './invoice-payments.ts';
import { eventsOfKind, type RelationshipEvent } from './relationship-events.ts';
import { eventsWithin, lastDays, windowBefore, type TimeWindow } from './time-window.ts';

export type DeclineInput = {
  events: readonly RelationshipEvent[];
  /** Null when billing has no data for this client: then excuses and budget cuts are all there is to go on. */
  invoices: readonly InvoicePayment[] | null;
  /** The freelancer's zone, which decides what "today" is for due dates. */
  timeZone: string;
  now: Temporal.Instant;
  settings: HealthSettings;
};

type LatePayments = { judged: InvoicePayment[]; late: InvoicePayment[]; brokenPromises: { invoiceId: string; promisedOn: string }[] };

/**
 * The invoices a window judges: those due in it that can be judged by today, and older ones still unpaid at its end
 * (an invoice months overdue keeps counting until it is paid). Promises whose date fell in the window and were broken.
 */
function latePayments(invoices: readonly InvoicePayment[], today: Temporal.PlainDate, firstDay: Temporal.PlainDate, lastDay: Temporal.PlainDate): LatePayments {
  const dueInWindow = invoicesDueWithin(invoices, firstDay, lastDay).filter((invoice) => isSettledOrOverdue(invoice, today));
  const judged = [...unpaidFromBefore(invoices, firstDay, lastDay), ...dueInWindow];
  return { judged, late: judged.filter((invoice) => isPaidLate(invoice, today)), brokenPromises: brokenPromises(invoices, firstDay, lastDay, today) };
}

/** Money still owed today on invoices past their due date, one sentence per currency. */
function overdueBalances(invoices: readonly InvoicePayment[], today: Temporal.PlainDate): HealthText[] {
  const overdue = invoices.filter((invoice) => invoice.balance && invoice.balance.amount > 0 && isUnpaidOn(invoice, today) && Temporal.PlainDate.compare(Temporal.PlainDate.from(invoice.dueOn), today) < 0);
  const byCurrency = new Map<string, { count: number; amount: number; oldestDue: Temporal.PlainDate }>();
  for (const invoice of overdue) {
    const { amount, currency } = invoice.balance!;
    const due = Temporal.PlainDate.from(invoice.dueOn);
    const current = byCurrency.get(currency) ?? { count: 0, amount: 0, oldestDue: due };
    byCurrency.set(currency, { count: current.count + 1, amount: current.amount + amount, oldestDue: Temporal.PlainDate.compare(due, current.oldestDue) < 0 ? due : current.oldestDue });
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, owed]) =>
      healthText('health.decline.overdueBalance', { count: owed.count, amount: owed.amount / 10 ** minorUnitDigits(currency), currency, days: owed.oldestDue.until(today).days }),
    );
}

function signalsIn(events: readonly RelationshipEvent[], window: TimeWindow) {
  return { excuses: eventsWithin(eventsOfKind(events, 'excuse'), window), budgetCuts: eventsWithin(eventsOfKind(events, 'budget_cut'), window) };
}

export function assessDecline(input: DeclineInput): ReasonAssessment {
  const { settings } = input;
  const days = settings.windowDays;
  const recent = lastDays(input.now, days);
  const current = signalsIn(input.events, recent);
  const previous = signalsIn(input.events, windowBefore(recent));
  const today = input.now.toZonedDateTimeISO(input.timeZone).toPlainDate();
  const payments = input.invoices === null ? null : latePayments(input.invoices, today, today.subtract({ days: days - 1 }), today);
  const earlierPayments = input.invoices === null ? null : latePayments(input.invoices, today, today.subtract({ days: 2 * days - 1 }), today.subtract({ days }));

  const { watchLatePayments, actLatePayments, watchLatePercent, actLatePercent, watchSignals, actSignals } = settings.decline;
  // A broken promise to pay is an excuse that already cost money: it counts with excuses and budget cuts.
  const broken = payments?.brokenPromises.length ?? 0;
  const signalCount = current.excuses.length + current.budgetCuts.length + broken;
  const statuses: HealthStatus[] = [statusFromCount(signalCount, { watch: watchSignals, act: actSignals })];
  const because: HealthText[] = [];
  if (payments === null || input.invoices === null) {
    because.push(healthText('health.decline.noInvoiceData', {}));
  } else {
    const late = payments.late.length;
    statuses.push(statusFromShare(late, payments.judged.length, { watch: watchLatePayments, act: actLatePayments, watchPercent: watchLatePercent, actPercent: actLatePercent }));
    because.push(healthText('health.decline.latePayments', { count: late, total: payments.judged.length, days }));
    because.push(...overdueBalances(input.invoices, today));
    if (broken > 0) because.push(healthText('health.decline.brokenPromises', { count: broken, days }));
  }
  because.push(healthText('health.decline.excuses', { count: current.excuses.length }));
  because.push(healthText('health.decline.budgetCuts', { count: current.budgetCuts.length }));

  const lateCount = payments?.late.length ?? 0;
  const signals = {
    current: signalCount + lateCount,
    previous: previous.excuses.length + previous.budgetCuts.length + (earlierPayments?.late.length ?? 0) + (earlierPayments?.brokenPromises.length ?? 0),
  };
  const invoiceIds = [...(payments?.late.map((invoice) => invoice.invoiceId) ?? []), ...(payments?.brokenPromises.map((promise) => promise.invoiceId) ?? [])];
  return {
    reason: 'decline',
    status: worstStatus(...statuses),
    trend: trendOf(signals.current, signals.previous),
    signals,
    evidence: {
      eventIds: eventsWithin([...current.excuses, ...current.budgetCuts], recent).map((event) => event.id),
      invoiceIds: [...new Set(invoiceIds)],
    },
    because,
    agendaItem:
      lateCount > 0
        ? healthText('health.agenda.latePayments', { count: lateCount })
        : healthText('health.agenda.budget', { count: signalCount }),
  };
}
