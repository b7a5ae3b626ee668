// Interview answers: blanks stay "not answered", numbers and money are exact, and problems point at their field.
import { describe, expect, it } from 'vitest';
import { InterviewAnswers } from '../../schemas/interviews.ts';
import { answersFromDraft, blankAnswersDraft, placeAnswerError } from './answers-draft.ts';

describe('answers draft', () => {
  it('a blank interview sends nothing answered, with their hours defaulting to Monday–Friday 09–17 once a zone is known', () => {
    const draft = blankAnswersDraft({ currency: 'EUR' });
    const { answers, errors } = answersFromDraft(draft);
    expect(errors).toEqual({});
    expect(answers).toMatchObject({ tasks: [], callsPerWeek: null, tripsPerYear: null, expectedReplyWithin: null, budget: null, timeZone: null, rushFrequency: null, industry: null });
    expect(answers.workingHours?.monday).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(answers.workingHours?.saturday).toEqual([]);
    expect(InterviewAnswers.safeParse(answers).success).toBe(true);
  });

  it('turns typed answers into the exact API shape', () => {
    const draft = blankAnswersDraft({ currency: 'USD', timeZone: 'America/New_York' });
    draft.tasks = [{ key: 1, description: 'Weekly newsletter', kind: 'Copywriting', size: 'ongoing' }, { key: 2, description: '', kind: '', size: 'small' }];
    draft.skillsNeeded = ['Video editing'];
    draft.callsPerWeek = '3';
    draft.reply = { amount: '4', unit: 'hours' };
    draft.budget = { amount: '1,200.50', currency: 'usd', pricingModel: 'month' };
    draft.keyDates = [{ key: 1, date: '2027-05-14' }, { key: 2, date: '' }];
    draft.expectsWeekendWork = false;
    const { answers, errors } = answersFromDraft(draft);
    expect(errors).toEqual({});
    expect(answers).toMatchObject({
      tasks: [{ description: 'Weekly newsletter', kind: 'Copywriting', size: 'ongoing' }],
      skillsNeeded: ['Video editing'],
      callsPerWeek: 3,
      expectedReplyWithin: { amount: 4, unit: 'hours' },
      budget: { amount: 120_050, currency: 'USD', pricingModel: 'month' },
      keyDates: ['2027-05-14'],
      expectsWeekendWork: false,
      expectsHolidayWork: null,
      timeZone: 'America/New_York',
    });
    expect(InterviewAnswers.safeParse(answers).success).toBe(true);
  });

  it('names each problem by the field the API would name', () => {
    const draft = blankAnswersDraft({ currency: 'EUR' });
    draft.tasks = [{ key: 1, description: '', kind: 'Design', size: 'small' }];
    draft.callsPerWeek = '-1';
    draft.budget = { amount: '12,5,0', currency: 'EUR', pricingModel: '' };
    draft.timeZone = 'Mars/Olympus';
    draft.workingHours.monday = [{ start: '18:00', end: '09:00' }];
    expect(answersFromDraft(draft).errors).toEqual({
      'tasks.0.description': 'answers.errors.taskDescription',
      callsPerWeek: 'answers.errors.calls',
      'budget.amount': 'answers.errors.amount',
      timeZone: 'answers.errors.timeZone',
      'workingHours.monday.0': 'hours.errors.empty_range',
    });
    draft.budget.amount = '500';
    expect(answersFromDraft(draft).errors['budget.pricingModel']).toBe('answers.errors.pricingModel');
    expect(placeAnswerError('answers.callsPerWeek')).toEqual({ path: 'callsPerWeek', key: 'answers.errors.calls' });
    expect(placeAnswerError('answers.tasks.2.description').path).toBe('tasks.2.description');
  });
});
