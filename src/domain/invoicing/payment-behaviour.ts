// How a client pays: on-time rate, average days late, the trend of the last three paid invoices, promises kept and broken.
import { daysBetween } from './local-dates.ts';
import type { PromiseOutcome } from './promises.ts';

export type PaidInvoiceFacts = { dueOn: string; paidInFullOn: string };

export const paymentTrends = ['improving', 'steady', 'worsening', 'not_enough_data'] as const;
export type PaymentTrend = (typeof paymentTrends)[number];

export type PaymentBehaviour = {
  paidInvoices: number;
  /** Share of paid invoices settled on or before their due date, 0–1; null with no paid invoice. */
  onTimeRate: number | null;
  /** Mean days late over paid invoices (on-time ones count as 0), one decimal; null with none. */
  averageDaysLate: number | null;
  trend: PaymentTrend;
  /** Average days late of the last three paid invoices and of the three before (null when there are not enough). */
  recentAverageDaysLate: number | null;
  previousAverageDaysLate: number | null;
  promisesKept: number;
  promisesBroken: number;
  promisesPending: number;
};

/** A difference under one day is noise, not a trend. */
const TREND_THRESHOLD_DAYS = 1;

function daysLate(invoice: PaidInvoiceFacts): number {
  return Math.max(0, daysBetween(invoice.dueOn, invoice.paidInFullOn));
}

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
}

export function paymentBehaviour(paid: readonly PaidInvoiceFacts[], promises: readonly PromiseOutcome[]): PaymentBehaviour {
  const ordered = [...paid].sort((a, b) => (a.paidInFullOn < b.paidInFullOn ? -1 : a.paidInFullOn > b.paidInFullOn ? 1 : 0));
  const late = ordered.map(daysLate);
  const recent = late.slice(-3);
  const previous = late.slice(-6, -3);
  const recentAverage = recent.length === 3 ? average(recent) : null;
  const previousAverage = previous.length === 3 ? average(previous) : null;
  let trend: PaymentTrend = 'not_enough_data';
  if (recentAverage !== null && previousAverage !== null) {
    const change = recentAverage - previousAverage;
    trend = change <= -TREND_THRESHOLD_DAYS ? 'improving' : change >= TREND_THRESHOLD_DAYS ? 'worsening' : 'steady';
  }
  return {
    paidInvoices: ordered.length,
    onTimeRate: ordered.length === 0 ? null : Math.round((late.filter((d) => d === 0).length / ordered.length) * 1000) / 1000,
    averageDaysLate: average(late),
    trend,
    recentAverageDaysLate: recentAverage,
    previousAverageDaysLate: previousAverage,
    promisesKept: promises.filter((p) => p === 'kept').length,
    promisesBroken: promises.filter((p) => p === 'broken').length,
    promisesPending: promises.filter((p) => p === 'pending').length,
  };
}
