// Deadlines for both parties: relative rules resolved to dates, and the shift when a client input arrives late.
import { Temporal } from 'temporal-polyfill';
import type { ClientInput, Milestone, MilestoneOwner, When } from './document.ts';

/** When each client input really arrived (date, YYYY-MM-DD), keyed by input id; kept beside the document, never inside it. */
export type InputReceipts = Record<string, string>;

/** Dates are null while they cannot be known yet (a rule counts from a start date that is not set). */
export type ResolvedInput = { id: string; title: string; expectedOn: string | null; receivedOn: string | null; dueOn: string | null; delayDays: number };
export type ResolvedMilestone = { id: string; title: string; owner: MilestoneOwner; dueOn: string | null; plannedOn: string | null; hangsOnInputIds: string[] };
export type Schedule = { milestones: ResolvedMilestone[]; inputs: ResolvedInput[] };

export type ScheduleProblem = { kind: 'cycle'; milestoneIds: string[] } | { kind: 'unknown_milestone' | 'unknown_input'; milestoneId: string; reference: string };
export type ScheduleResult = { isValid: true; schedule: Schedule } | { isValid: false; problem: ScheduleProblem };

export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days;
}

const plus = (date: string | null, days: number) => (date === null ? null : addDays(date, days));

function expectedOn(input: ClientInput, startDate: string | null): string | null {
  return input.expected.kind === 'date' ? input.expected.date : plus(startDate, input.expected.days);
}

/**
 * An input that comes early changes nothing (deadlines never move earlier); one that comes late delays everything
 * hanging on it by the difference. Without an expected date, the day it arrived is the base.
 */
function inputDates(input: ClientInput, startDate: string | null, receipts: InputReceipts): ResolvedInput {
  const expected = expectedOn(input, startDate);
  const receivedOn = receipts[input.id] ?? null;
  if (expected === null) return { id: input.id, title: input.title, expectedOn: null, receivedOn, dueOn: receivedOn, delayDays: 0 };
  const delayDays = receivedOn ? Math.max(0, daysBetween(expected, receivedOn)) : 0;
  return { id: input.id, title: input.title, expectedOn: expected, receivedOn, dueOn: addDays(expected, delayDays), delayDays };
}

/**
 * Every milestone's date, following its rule; `plannedOn` is the date with no input late, `dueOn` the date after the
 * receipts so far. A rule naming a milestone or input that does not exist, or a loop of rules, is refused.
 */
export function resolveSchedule(when: When, receipts: InputReceipts = {}): ScheduleResult {
  const milestones = new Map(when.milestones.map((m) => [m.id, m]));
  const inputs = new Map(when.clientInputs.map((i) => [i.id, inputDates(i, when.startDate, receipts)]));
  for (const milestone of when.milestones) {
    const { due } = milestone;
    if (due.kind === 'after_milestone' && !milestones.has(due.milestoneId)) return { isValid: false, problem: { kind: 'unknown_milestone', milestoneId: milestone.id, reference: due.milestoneId } };
    if (due.kind === 'after_input' && !inputs.has(due.inputId)) return { isValid: false, problem: { kind: 'unknown_input', milestoneId: milestone.id, reference: due.inputId } };
  }
  const cycle = findCycle(when.milestones);
  if (cycle) return { isValid: false, problem: { kind: 'cycle', milestoneIds: cycle } };

  type Dates = { dueOn: string | null; plannedOn: string | null; hangsOn: ReadonlySet<string> };
  const memo = new Map<string, Dates>();
  const resolve = (id: string): Dates => {
    const known = memo.get(id);
    if (known) return known;
    const { due } = milestones.get(id) as Milestone;
    let dates: Dates;
    switch (due.kind) {
      case 'date':
        dates = { dueOn: due.date, plannedOn: due.date, hangsOn: new Set() };
        break;
      case 'after_start':
        dates = { dueOn: plus(when.startDate, due.days), plannedOn: plus(when.startDate, due.days), hangsOn: new Set() };
        break;
      case 'after_input': {
        const input = inputs.get(due.inputId) as ResolvedInput;
        dates = { dueOn: plus(input.dueOn, due.days), plannedOn: plus(input.expectedOn ?? input.dueOn, due.days), hangsOn: new Set([input.id]) };
        break;
      }
      case 'after_milestone': {
        const base = resolve(due.milestoneId);
        dates = { dueOn: plus(base.dueOn, due.days), plannedOn: plus(base.plannedOn, due.days), hangsOn: base.hangsOn };
        break;
      }
    }
    memo.set(id, dates);
    return dates;
  };
  const resolvedMilestones = when.milestones.map((m) => {
    const dates = resolve(m.id);
    return { id: m.id, title: m.title, owner: m.owner, dueOn: dates.dueOn, plannedOn: dates.plannedOn, hangsOnInputIds: [...dates.hangsOn].sort() };
  });
  return { isValid: true, schedule: { milestones: resolvedMilestones, inputs: [...inputs.values()] } };
}

/** The milestone ids of one loop of "after milestone" rules, in order, or null when there is none. */
export function findCycle(milestones: readonly Milestone[]): string[] | null {
  const next = new Map<string, string | null>(milestones.map((m) => [m.id, m.due.kind === 'after_milestone' ? m.due.milestoneId : null]));
  // Each milestone depends on at most one other, so following the chain from every start finds any loop.
  const done = new Set<string>();
  for (const start of next.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | null | undefined = start;
    while (current && !done.has(current)) {
      if (onPath.has(current)) return path.slice(path.indexOf(current));
      onPath.add(current);
      path.push(current);
      current = next.get(current);
    }
    for (const id of path) done.add(id);
  }
  return null;
}

export type MilestoneShift = { milestoneId: string; title: string; owner: MilestoneOwner; from: string; to: string };
export type InputRecorded = { receipts: InputReceipts; delayDays: number; shifts: MilestoneShift[] };

/**
 * The client sent an input on `receivedOn`: every milestone that hangs on it (directly or through other milestones)
 * moves by the delay since its last known date; nothing else moves. Null when the input is unknown or the schedule invalid.
 */
export function recordInputReceipt(when: When, receipts: InputReceipts, inputId: string, receivedOn: string): InputRecorded | null {
  if (!when.clientInputs.some((input) => input.id === inputId)) return null;
  const before = resolveSchedule(when, receipts);
  const nextReceipts = { ...receipts, [inputId]: receivedOn };
  const after = resolveSchedule(when, nextReceipts);
  if (!before.isValid || !after.isValid) return null;
  const previous = new Map(before.schedule.milestones.map((m) => [m.id, m.dueOn]));
  const shifts: MilestoneShift[] = [];
  for (const m of after.schedule.milestones) {
    const from = previous.get(m.id) ?? null;
    if (from !== null && m.dueOn !== null && from !== m.dueOn) shifts.push({ milestoneId: m.id, title: m.title, owner: m.owner, from, to: m.dueOn });
  }
  const input = after.schedule.inputs.find((i) => i.id === inputId) as ResolvedInput;
  return { receipts: nextReceipts, delayDays: input.delayDays, shifts };
}

/** The last date in the schedule: when the work is planned to be done. */
export function lastDueDate(schedule: Schedule): string | null {
  const dates = schedule.milestones.map((m) => m.dueOn).filter((d): d is string => d !== null).sort();
  return dates.length ? (dates[dates.length - 1] as string) : null;
}
