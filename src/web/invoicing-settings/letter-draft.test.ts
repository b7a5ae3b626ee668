// The policy-update letter as typed: rules offered by currency, the two weeks' notice, the body sent, where each letter
// stands, and the preview written by the same function that writes the email.
import { describe, expect, it } from 'vitest';
import { SendLateFeeLetterBody } from '../../schemas/invoices.ts';
import { earliestEffectiveOn, earliestFromServer, emptyLetter, letterStandings, letterToday, readLetter, ruleChoicesFor } from './letter-draft.ts';
import { letterPreview, ruleSentence } from './letter-preview.ts';

const letter = (id: string, effectiveOn: string, isInEffect: boolean, createdAt = '2027-01-01T10:00:00Z') => ({ id, clientId: 'c', rule: { kind: 'statutory_eu' as const }, effectiveOn, sentTo: 'a@b.c', createdAt, isInEffect });

describe('late-fee letter draft', () => {
  it('offers statutory interest only in the currency its law is written for', () => {
    expect(ruleChoicesFor('EUR')).toContain('statutory_eu');
    expect(ruleChoicesFor('EUR')).not.toContain('statutory_uk');
    expect(ruleChoicesFor('GBP')).toContain('statutory_uk');
    expect(ruleChoicesFor('USD')).toEqual(['flat', 'percent_once', 'percent_monthly']);
  });

  it('defaults to two weeks from the latest day the server has written', () => {
    const today = letterToday(new Date('2026-11-27T12:00:00Z'), 'Europe/Madrid', ['2027-03-01T08:30:00Z']);
    expect(today).toBe('2027-03-01');
    expect(emptyLetter('EUR', today)).toMatchObject({ kind: 'statutory_eu', effectiveOn: '2027-03-15' });
    expect(earliestEffectiveOn('2027-12-25')).toBe('2028-01-08');
  });

  it('reads a body the server schema accepts, and refuses short notice and bad numbers', () => {
    const draft = { ...emptyLetter('EUR', '2027-03-01'), kind: 'flat' as const, amount: '40,50', graceDays: '10' };
    const { body } = readLetter(draft, 'EUR', '2027-03-15');
    expect(body).toEqual({ rule: { kind: 'flat', amount: 4050, graceDays: 10 }, effectiveOn: '2027-03-15' });
    expect(SendLateFeeLetterBody.safeParse(body).success).toBe(true);
    expect(readLetter({ ...draft, effectiveOn: '2027-03-14' }, 'EUR', '2027-03-15').problems).toEqual({ effectiveOn: 'notice' });
    expect(readLetter({ ...draft, kind: 'percent_monthly', percent: '0', capPercent: 'x', graceDays: 'two' }, 'EUR', '2027-03-15').problems).toEqual({
      'rule.percent': 'percent',
      'rule.capPercent': 'cap',
      'rule.graceDays': 'graceDays',
    });
  });

  it('takes the earliest day from the server refusal', () => {
    expect(earliestFromServer("Give the client at least 14 days' notice: pick 2027-03-15 or later.")).toBe('2027-03-15');
    expect(earliestFromServer('Something else')).toBeUndefined();
  });

  it('marks the latest letter in effect as the one that applies', () => {
    const standings = letterStandings([letter('old', '2027-01-15', true), letter('new', '2027-02-15', true), letter('later', '2027-06-01', false)]);
    expect(Object.fromEntries(standings)).toEqual({ old: 'replaced', new: 'applies', later: 'scheduled' });
  });

  it('previews the email the client gets, in their language', () => {
    const preview = letterPreview({ language: 'es', contactName: 'Lucía', freelancer: 'Ana Ruiz', workspace: 'Ana Ruiz Writing', currency: 'EUR', rule: { kind: 'flat', amount: 4000, graceDays: 0 }, effectiveOn: '2027-03-15' });
    expect(preview.subject).toContain('15 de marzo de 2027');
    expect(preview.lead).toMatch(/^Te escribo .* A partir del 15 de marzo de 2027.*recargo fijo de 40,00\s€/);
    expect(preview.body).toContain('Hola, Lucía:');
    expect(ruleSentence({ kind: 'percent_monthly', percent: 1.5, graceDays: 0, capPercent: 10 }, 'EUR', 'en')).toMatch(/^1\.5% of the amount still owed .*up to 10% of the invoice in all\.$/);
  });
});
