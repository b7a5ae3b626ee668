import { describe, expect, test } from 'vitest';
import { buildHandoff } from './handoff.ts';

const input = {
  clientName: 'Brightside Bakery',
  clientCompany: 'Brightside Ltd',
  freelancerName: 'Ana',
  preparedOn: '2027-03-01',
  workStatus: '  The spring campaign is drafted.  ',
  openItems: [
    { text: 'Publish the April newsletter', isDone: false },
    { text: 'Archive the old landing page', isDone: true },
    { text: '   ', isDone: false },
  ],
  procedures: [
    {
      title: 'Weekly newsletter',
      cadence: 'Every Monday',
      steps: [
        { text: 'Collect the specials from the shop', isConfidential: false },
        { text: 'Owner password is kept in the family vault', isConfidential: true },
        { text: 'Schedule the send for 9:00', isConfidential: false },
      ],
    },
    { title: 'Payroll export', cadence: 'Monthly', steps: [{ text: 'Salaries of each employee', isConfidential: true }] },
  ],
};

describe('handoff content', () => {
  test('keeps where the work stands, what remains and what is finished', () => {
    const handoff = buildHandoff(input);
    expect(handoff.workStatus).toBe('The spring campaign is drafted.');
    expect(handoff.remaining).toEqual(['Publish the April newsletter']);
    expect(handoff.finished).toEqual(['Archive the old landing page']);
  });

  test('a confidential step never reaches the handoff, and a procedure with only confidential steps is left out', () => {
    const handoff = buildHandoff(input);
    expect(handoff.procedures).toEqual([{ title: 'Weekly newsletter', cadence: 'Every Monday', steps: ['Collect the specials from the shop', 'Schedule the send for 9:00'] }]);
    const everything = JSON.stringify(handoff);
    expect(everything).not.toContain('family vault');
    expect(everything).not.toContain('Salaries');
    expect(everything).not.toContain('Payroll');
  });
});
