// A prospect's answers as a form edits them (numbers and money as typed, yes/no/unknown), checked and turned into the API shape.
import type { Answers } from '../api/interviews.ts';
import type { ContactChannel } from '../../domain/events/event-types.ts';
import type { PricingModel } from '../../domain/profile/pricing-models.ts';
import type { RedFlag } from '../../domain/profile/red-flags.ts';
import type { ReplyWindowUnit } from '../../domain/profile/reply-window.ts';
import type { RushFrequency } from '../../domain/profile/rush-frequency.ts';
import type { TaskSize } from '../../domain/vetting/interview.ts';
import { sameHoursOn, weeklyHoursProblems, type WeeklyHours } from '../../domain/time/weekly-hours.ts';
import { currencyDigits, parseMoney } from '../forms/money.ts';
import { isTimeZone } from '../forms/time-zones.ts';
import { isCurrencyCode } from '../forms/currencies.ts';

export type TaskRow = { key: number; description: string; kind: string; size: TaskSize };
export type DateRow = { key: number; date: string };

export type AnswersDraft = {
  tasks: TaskRow[];
  skillsNeeded: string[];
  industry: string;
  preferredChannels: ContactChannel[];
  callsPerWeek: string;
  tripsPerYear: string;
  reply: { amount: string; unit: ReplyWindowUnit };
  expectsRepliesOutsideOfficeHours: boolean | null;
  expectsWeekendWork: boolean | null;
  expectsHolidayWork: boolean | null;
  keyDates: DateRow[];
  budget: { amount: string; currency: string; pricingModel: PricingModel | '' };
  timeZone: string;
  /** Whether their hours are known; when not, the hours below are kept but not sent. */
  isHoursKnown: boolean;
  workingHours: WeeklyHours;
  rushFrequency: RushFrequency | '';
  redFlagsSeen: RedFlag[];
  notes: string;
};

let nextKey = 1;
export const newKey = (): number => nextKey++;

export function newTaskRow(): TaskRow {
  return { key: newKey(), description: '', kind: '', size: 'medium' };
}

/** A Monday-to-Friday, nine-to-five week: the usual answer, ready to adjust. */
export function defaultWorkingHours(): WeeklyHours {
  return sameHoursOn(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], [{ start: '09:00', end: '17:00' }]);
}

export function blankAnswersDraft(options: { currency: string; timeZone?: string }): AnswersDraft {
  return {
    tasks: [newTaskRow()],
    skillsNeeded: [],
    industry: '',
    preferredChannels: [],
    callsPerWeek: '',
    tripsPerYear: '',
    reply: { amount: '', unit: 'hours' },
    expectsRepliesOutsideOfficeHours: null,
    expectsWeekendWork: null,
    expectsHolidayWork: null,
    keyDates: [],
    budget: { amount: '', currency: options.currency, pricingModel: '' },
    timeZone: options.timeZone ?? '',
    isHoursKnown: true,
    workingHours: defaultWorkingHours(),
    rushFrequency: '',
    redFlagsSeen: [],
    notes: '',
  };
}

/** Field path (as the API names it, without "answers.") → catalog key of the message. */
export type AnswerErrors = Record<string, string>;

function optionalCount(text: string, min: number, max: number): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return 'invalid';
  const value = Number(trimmed);
  return value >= min && value <= max ? value : 'invalid';
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Empty means "not answered yet" (null), never zero: vetting then lists it as still to ask. */
export function answersFromDraft(draft: AnswersDraft): { answers: Answers; errors: AnswerErrors } {
  const errors: AnswerErrors = {};

  const tasks = draft.tasks.flatMap((row, index) => {
    if (!row.description.trim() && !row.kind.trim()) return [];
    if (!row.description.trim()) errors[`tasks.${index}.description`] = 'answers.errors.taskDescription';
    return [{ description: row.description.trim(), kind: row.kind.trim(), size: row.size }];
  });

  const calls = optionalCount(draft.callsPerWeek, 0, 50);
  if (calls === 'invalid') errors.callsPerWeek = 'answers.errors.calls';
  const trips = optionalCount(draft.tripsPerYear, 0, 365);
  if (trips === 'invalid') errors.tripsPerYear = 'answers.errors.trips';
  const replyAmount = optionalCount(draft.reply.amount, 1, 720);
  if (replyAmount === 'invalid') errors['expectedReplyWithin.amount'] = 'answers.errors.reply';

  const keyDates = draft.keyDates.flatMap((row, index) => {
    if (!row.date) return [];
    if (!isoDate.test(row.date)) errors[`keyDates.${index}`] = 'answers.errors.date';
    return [row.date];
  });

  let budget: Answers['budget'] = null;
  const currency = draft.budget.currency.trim().toUpperCase();
  const amount = parseMoney(draft.budget.amount, currencyDigits(currency));
  if (amount === null) errors['budget.amount'] = 'answers.errors.amount';
  else if (amount !== undefined) {
    if (!isCurrencyCode(currency)) errors['budget.currency'] = 'answers.errors.currency';
    if (!draft.budget.pricingModel) errors['budget.pricingModel'] = 'answers.errors.pricingModel';
    if (draft.budget.pricingModel) budget = { amount, currency, pricingModel: draft.budget.pricingModel };
  }

  const timeZone = draft.timeZone.trim();
  if (timeZone && !isTimeZone(timeZone)) errors.timeZone = 'answers.errors.timeZone';
  if (draft.isHoursKnown) {
    for (const problem of weeklyHoursProblems(draft.workingHours)) errors[`workingHours.${problem.day}.${problem.index}`] = `hours.errors.${problem.kind}`;
  }

  const answers: Answers = {
    tasks,
    skillsNeeded: draft.skillsNeeded.map((s) => s.trim()).filter(Boolean),
    industry: draft.industry.trim() || null,
    preferredChannels: [...draft.preferredChannels],
    callsPerWeek: calls === 'invalid' ? null : calls,
    tripsPerYear: trips === 'invalid' ? null : trips,
    expectedReplyWithin: replyAmount === null || replyAmount === 'invalid' ? null : { amount: replyAmount, unit: draft.reply.unit },
    expectsRepliesOutsideOfficeHours: draft.expectsRepliesOutsideOfficeHours,
    expectsWeekendWork: draft.expectsWeekendWork,
    expectsHolidayWork: draft.expectsHolidayWork,
    keyDates,
    budget,
    timeZone: timeZone || null,
    workingHours: draft.isHoursKnown ? structuredClone(draft.workingHours) : null,
    rushFrequency: draft.rushFrequency || null,
    redFlagsSeen: [...draft.redFlagsSeen],
    notes: draft.notes,
  };
  return { answers, errors };
}

/** A server path ("answers.callsPerWeek", "answers.tasks.0.description") → the draft's path and message key. */
export function placeAnswerError(field: string): { path: string; key: string } {
  const path = field.replace(/^answers\./, '');
  const known: Record<string, string> = {
    callsPerWeek: 'answers.errors.calls',
    tripsPerYear: 'answers.errors.trips',
    'expectedReplyWithin.amount': 'answers.errors.reply',
    'budget.amount': 'answers.errors.amount',
    'budget.currency': 'answers.errors.currency',
    'budget.pricingModel': 'answers.errors.pricingModel',
    timeZone: 'answers.errors.timeZone',
  };
  if (known[path]) return { path, key: known[path] };
  if (/^tasks\.\d+\.description$/.test(path)) return { path, key: 'answers.errors.taskDescription' };
  if (/^keyDates\.\d+$/.test(path)) return { path, key: 'answers.errors.date' };
  const hours = /^workingHours\.(\w+)\.(\d+)/.exec(path);
  if (hours) return { path: `workingHours.${hours[1]}.${hours[2]}`, key: 'hours.errors.invalid_time' };
  return { path, key: 'errors.fieldGeneric' };
}
