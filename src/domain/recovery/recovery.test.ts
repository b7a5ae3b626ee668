import { describe, expect, test } from 'vitest';
import { slippedCommitments } from './slipped-commitments.ts';
import { withLesson } from './profile-lessons.ts';
import { reviewFrom } from './self-review.ts';
import { starterProfile } from '../profile/starter-profile.ts';

const clients = [
  { id: 'toxic', name: 'Stormy Co' },
  { id: 'calm', name: 'Calm Studio' },
  { id: 'kind', name: 'Kind Cafe' },
];

describe('slipped commitments', () => {
  test('groups what the toxic client made the freelancer miss by the other client, and adds their own logged misses', () => {
    const slipped = slippedCommitments(
      'toxic',
      [
        { clientId: 'toxic', occurredAt: '2027-02-01T10:00:00.000Z', payload: { otherClientId: 'calm', otherClient: 'Calm Studio', summary: 'Logo late' } },
        { clientId: 'toxic', occurredAt: '2027-02-03T10:00:00.000Z', payload: { otherClient: 'calm studio', summary: 'Missed the call' } },
        { clientId: 'kind', occurredAt: '2027-02-02T10:00:00.000Z', payload: { summary: 'Menu delayed' } },
        { clientId: 'toxic', occurredAt: '2027-02-04T10:00:00.000Z', payload: { otherClient: 'Someone Else', summary: 'Forgot the invoice' } },
      ],
      clients,
    );
    expect(slipped).toEqual([
      { clientId: 'calm', clientName: 'Calm Studio', slips: [{ occurredAt: '2027-02-01T10:00:00.000Z', summary: 'Logo late' }, { occurredAt: '2027-02-03T10:00:00.000Z', summary: 'Missed the call' }] },
      { clientId: 'kind', clientName: 'Kind Cafe', slips: [{ occurredAt: '2027-02-02T10:00:00.000Z', summary: 'Menu delayed' }] },
      { clientId: null, clientName: 'Someone Else', slips: [{ occurredAt: '2027-02-04T10:00:00.000Z', summary: 'Forgot the invoice' }] },
    ]);
  });
});

describe('lessons into the profile', () => {
  test('a lesson becomes one of the freelancer own red flags, once', () => {
    const profile = starterProfile('Europe/Madrid', 'EUR');
    const first = withLesson(profile, 'red_flags', ' Calls everything urgent on day one ');
    expect(first.isNew).toBe(true);
    expect(first.profile.avoid.redFlags.items.at(-1)).toEqual({ kind: 'own', text: 'Calls everything urgent on day one' });
    expect(withLesson(first.profile, 'red_flags', 'calls everything urgent on day one').isNew).toBe(false);
  });

  test('a lesson can go on the list of work to avoid', () => {
    const { profile } = withLesson(starterProfile('Europe/Madrid', 'EUR'), 'avoid_work', 'Unpaid pitch decks');
    expect(profile.avoid.workKinds.items).toContain('Unpaid pitch decks');
  });

  test('a stored review missing parts reads with empty answers', () => {
    expect(reviewFrom({ answers: { why_yes: 'Money' }, lessons: [{ text: 'x', addedTo: ['red_flags', 'bogus'] }] })).toEqual({
      answers: { why_yes: 'Money', ignored_gut: '', expectations: '', do_differently: '' },
      lessons: [{ text: 'x', addedTo: ['red_flags'] }],
    });
  });
});
