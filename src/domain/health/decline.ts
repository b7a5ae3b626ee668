// Reason 4, a business going downhill: late payment becoming the norm, excuses, shrinking budgets.
import type { Temporal } from 'temporal-polyfill';
import type { HealthSettings } from './health-settings.ts';
import { statusFromCount, statusFromShare, trendOf, worstStatus, type HealthStatus } from './health-status.ts';
import { healthText, type HealthText } from './health-text.ts';
import type { ReasonAssessment } from './health-reasons.ts';
import { invoicesDueWithin, isPaidLate, isSettledOrOverdue, type InvoicePayment } from './invoice-payments.ts';
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

type LatePayments = { judged: InvoicePayment[]; late: InvoicePayment[] };

function latePayments(invoices: readonly InvoicePayment[], today: Temporal.PlainDate, firstDay: Temporal.PlainDate, lastDay: Temporal.PlainDate): LatePayments {
  const judged = invoicesDueWithin(invoices, firstDay, lastDay).filter((invoice) => isSettledOrOverdue(invoice, today));
  return { judged, late: judged.filter((invoice) => isPaidLate(invoice, today)) };
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
  const signalCount = current.excuses.length + current.budgetCuts.length;
  const statuses: HealthStatus[] = [statusFromCount(signalCount, { watch: watchSignals, act: actSignals })];
  const because: HealthText[] = [];
  if (payments === null) {
    because.push(healthText('health.decline.noInvoiceData', {}));
  } else {
    const late = payments.late.length;
    statuses.push(statusFromShare(late, payments.judged.length, { watch: watchLatePayments, act: actLatePayments, watchPercent: watchLatePercent, actPercent: actLatePercent }));
    because.push(healthText('health.decline.latePayments', { count: late, total: payments.judged.length, days }));
  }
  because.push(healthText('health.decline.excuses', { count: current.excuses.length }));
  because.push(healthText('health.decline.budgetCuts', { count: current.budgetCuts.length }));

  const lateCount = payments?.late.length ?? 0;
  const signals = {
    current: signalCount + lateCount,
    previous: previous.excuses.length + previous.budgetCuts.length + (earlierPayments?.late.length ?? 0),
  };
  return {
    reason: 'decline',
    status: worstStatus(...statuses),
    trend: trendOf(signals.current, signals.previous),
    signals,
    evidence: {
      eventIds: eventsWithin([...current.excuses, ...current.budgetCuts], recent).map((event) => event.id),
      invoiceIds: payments?.late.map((invoice) => invoice.invoiceId) ?? [],
    },
    because,
    agendaItem:
      lateCount > 0
        ? healthText('health.agenda.latePayments', { count: lateCount })
        : healthText('health.agenda.budget', { count: signalCount }),
  };
}
