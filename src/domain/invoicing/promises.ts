// Promises to pay: a date the client gave; until then reminders and new fees pause. Kept when paid in full by that date.
import { dayNumber } from './local-dates.ts';
import type { DateRange } from './late-fees.ts';

export const promiseOutcomes = ['pending', 'kept', 'broken'] as const;
export type PromiseOutcome = (typeof promiseOutcomes)[number];

export type PromiseToPay = { promisedOn: string; recordedOn: string };

/** Kept: the invoice was paid in full on or before the promised date; broken: the date passed with money still owed. */
export function promiseOutcome(promise: PromiseToPay, paidInFullOn: string | null, today: string): PromiseOutcome {
  if (paidInFullOn !== null && dayNumber(paidInFullOn) <= dayNumber(promise.promisedOn)) return 'kept';
  if (dayNumber(today) > dayNumber(promise.promisedOn)) return 'broken';
  return 'pending';
}

/** The days each promise covers, from the day it was made to the promised date. */
export function pausedRanges(promises: readonly PromiseToPay[]): DateRange[] {
  return promises.map((p) => ({ from: p.recordedOn, to: p.promisedOn }));
}
