import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Milestone, When } from './document.ts';
import { addDays, daysBetween, findCycle, recordInputReceipt, resolveSchedule } from './schedule.ts';

const when = (milestones: Milestone[], extra: Partial<When> = {}): When => ({
  startDate: '2027-03-01',
  milestones,
  clientInputs: [{ id: 'recording', title: 'Interview recording', expected: { kind: 'date', date: '2027-03-05' } }],
  officeHours: '',
  ...extra,
});

describe('resolving deadlines', () => {
  test('"7 days after the client sends the interview recording" falls 7 days after the expected date', () => {
    const result = resolveSchedule(when([{ id: 'post', title: 'First post', owner: 'freelancer', due: { kind: 'after_input', inputId: 'recording', days: 7 } }]));
    expect(result).toMatchObject({ isValid: true, schedule: { milestones: [{ id: 'post', dueOn: '2027-03-12', plannedOn: '2027-03-12', hangsOnInputIds: ['recording'] }] } });
  });

  test('rules chain through other milestones and count from the start date', () => {
    const result = resolveSchedule(
      when([
        { id: 'b', title: 'B', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'a', days: 3 } },
        { id: 'a', title: 'A', owner: 'freelancer', due: { kind: 'after_start', days: 10 } },
      ]),
    );
    expect(result.isValid && result.schedule.milestones.map((m) => m.dueOn)).toEqual(['2027-03-14', '2027-03-11']);
  });

  test('without a start date, dates counted from it stay unknown instead of being guessed', () => {
    const result = resolveSchedule(when([{ id: 'a', title: 'A', owner: 'freelancer', due: { kind: 'after_start', days: 10 } }], { startDate: null }));
    expect(result.isValid && result.schedule.milestones[0]?.dueOn).toBeNull();
  });

  test('a loop of rules is refused and named', () => {
    const result = resolveSchedule(
      when([
        { id: 'a', title: 'A', owner: 'freelancer', due: { kind: 'after_milestone', milestoneId: 'c', days: 1 } },
        { id: 'b', title: 'B', owner: 'freelancer', due: { kind: 'after_milestone', milestoneId: 'a', days: 1 } },
        { id: 'c', title: 'C', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'b', days: 1 } },
      ]),
    );
    expect(result).toMatchObject({ isValid: false, problem: { kind: 'cycle' } });
    expect(!result.isValid && result.problem.kind === 'cycle' && [...result.problem.milestoneIds].sort()).toEqual(['a', 'b', 'c']);
  });

  test('a rule naming a milestone or input that does not exist is refused', () => {
    expect(resolveSchedule(when([{ id: 'a', title: 'A', owner: 'freelancer', due: { kind: 'after_milestone', milestoneId: 'ghost', days: 1 } }]))).toMatchObject({ isValid: false, problem: { kind: 'unknown_milestone', reference: 'ghost' } });
    expect(resolveSchedule(when([{ id: 'a', title: 'A', owner: 'freelancer', due: { kind: 'after_input', inputId: 'ghost', days: 1 } }]))).toMatchObject({ isValid: false, problem: { kind: 'unknown_input', reference: 'ghost' } });
  });
});

describe('a late client input', () => {
  const milestones: Milestone[] = [
    { id: 'post', title: 'First post', owner: 'freelancer', due: { kind: 'after_input', inputId: 'recording', days: 7 } },
    { id: 'feedback', title: 'Feedback', owner: 'client', due: { kind: 'after_milestone', milestoneId: 'post', days: 3 } },
    { id: 'fixed', title: 'Launch party', owner: 'freelancer', due: { kind: 'date', date: '2027-04-01' } },
  ];

  test('moves every milestone hanging on it by the delay, and nothing else', () => {
    const recorded = recordInputReceipt(when(milestones), {}, 'recording', '2027-03-09');
    expect(recorded).toEqual({
      receipts: { recording: '2027-03-09' },
      delayDays: 4,
      shifts: [
        { milestoneId: 'post', title: 'First post', owner: 'freelancer', from: '2027-03-12', to: '2027-03-16' },
        { milestoneId: 'feedback', title: 'Feedback', owner: 'client', from: '2027-03-15', to: '2027-03-19' },
      ],
    });
  });

  test('an input that comes early or on time moves nothing', () => {
    expect(recordInputReceipt(when(milestones), {}, 'recording', '2027-03-02')).toMatchObject({ delayDays: 0, shifts: [] });
    expect(recordInputReceipt(when(milestones), {}, 'recording', '2027-03-05')).toMatchObject({ delayDays: 0, shifts: [] });
  });

  test('an unknown input is refused', () => {
    expect(recordInputReceipt(when(milestones), {}, 'nope', '2027-03-09')).toBeNull();
  });
});

/** Random schedules: milestones may only hang on earlier ones, so there is never a loop. */
const scheduleArbitrary = fc
  .record({
    inputCount: fc.integer({ min: 1, max: 3 }),
    rules: fc.array(fc.record({ kind: fc.constantFrom('date', 'after_start', 'after_milestone', 'after_input'), target: fc.nat(), days: fc.integer({ min: 0, max: 60 }), offset: fc.integer({ min: 0, max: 90 }) }), { minLength: 1, maxLength: 12 }),
    expectedOffsets: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ inputCount, rules, expectedOffsets }) => {
    const inputs = Array.from({ length: inputCount }, (_, i) => ({ id: `i${i}`, title: `Input ${i}`, expected: { kind: 'date' as const, date: addDays('2027-01-01', expectedOffsets[i] ?? 0) } }));
    const milestones: Milestone[] = rules.map((rule, index) => {
      const id = `m${index}`;
      const title = `Milestone ${index}`;
      if (rule.kind === 'after_milestone' && index > 0) return { id, title, owner: 'freelancer', due: { kind: 'after_milestone', milestoneId: `m${rule.target % index}`, days: rule.days } };
      if (rule.kind === 'after_input') return { id, title, owner: 'freelancer', due: { kind: 'after_input', inputId: `i${rule.target % inputCount}`, days: rule.days } };
      if (rule.kind === 'after_start') return { id, title, owner: 'client', due: { kind: 'after_start', days: rule.days } };
      return { id, title, owner: 'client', due: { kind: 'date', date: addDays('2027-01-01', rule.offset) } };
    });
    return { startDate: '2027-01-01', milestones, clientInputs: inputs, officeHours: '' } satisfies When;
  });

describe('properties (fast-check)', () => {
  test('a schedule whose rules only look back always resolves, and relative dates follow their rule exactly', () => {
    fc.assert(
      fc.property(scheduleArbitrary, (w) => {
        const result = resolveSchedule(w);
        expect(result.isValid).toBe(true);
        if (!result.isValid) return;
        const byId = new Map(result.schedule.milestones.map((m) => [m.id, m]));
        for (const m of w.milestones) {
          const resolved = byId.get(m.id)!;
          if (m.due.kind === 'after_milestone') expect(daysBetween(byId.get(m.due.milestoneId)!.dueOn!, resolved.dueOn!)).toBe(m.due.days);
          if (m.due.kind === 'date') expect(resolved.dueOn).toBe(m.due.date);
        }
      }),
    );
  });

  test('a late input moves exactly the milestones that hang on it, each by the delay', () => {
    fc.assert(
      fc.property(scheduleArbitrary, fc.nat(), fc.integer({ min: -10, max: 40 }), (w, pick, lateBy) => {
        const input = w.clientInputs[pick % w.clientInputs.length]!;
        const expected = input.expected.kind === 'date' ? input.expected.date : '';
        const before = resolveSchedule(w);
        const recorded = recordInputReceipt(w, {}, input.id, addDays(expected, lateBy));
        expect(recorded).not.toBeNull();
        if (!before.isValid || !recorded) return;
        const delay = Math.max(0, lateBy);
        expect(recorded.delayDays).toBe(delay);
        const after = resolveSchedule(w, recorded.receipts);
        if (!after.isValid) throw new Error('still valid');
        before.schedule.milestones.forEach((m, index) => {
          const moved = daysBetween(m.dueOn!, after.schedule.milestones[index]!.dueOn!);
          expect(moved).toBe(m.hangsOnInputIds.includes(input.id) ? delay : 0);
        });
        expect(recorded.shifts.map((s) => s.milestoneId).sort()).toEqual(delay === 0 ? [] : before.schedule.milestones.filter((m) => m.hangsOnInputIds.includes(input.id)).map((m) => m.id).sort());
      }),
    );
  });

  test('adding any rule that points back into a chain is found as a loop', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), fc.nat(), (length, back) => {
        const milestones: Milestone[] = Array.from({ length }, (_, i) => ({ id: `m${i}`, title: `M${i}`, owner: 'freelancer', due: i === 0 ? { kind: 'after_start', days: 1 } : { kind: 'after_milestone', milestoneId: `m${i - 1}`, days: 1 } }));
        const target = back % length;
        milestones[target] = { ...milestones[target]!, due: { kind: 'after_milestone', milestoneId: `m${length - 1}`, days: 2 } };
        expect(findCycle(milestones)?.length).toBe(length - target);
        expect(resolveSchedule({ startDate: '2027-01-01', milestones, clientInputs: [], officeHours: '' }).isValid).toBe(false);
      }),
    );
  });
});
