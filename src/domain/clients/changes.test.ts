import { describe, expect, it } from 'vitest';
import { describeClientChanges } from './changes.ts';

const base = {
  name: 'Marta Ruiz',
  company: 'Café Norte',
  contacts: [{ name: 'Marta', email: 'marta@cafenorte.es', phone: '' }],
  timeZone: 'Europe/Madrid',
  language: 'es',
  currency: 'EUR',
  source: 'referral',
  stage: 'lead' as const,
  notes: 'Pays on time.',
  isNotesConfidential: false,
  isArchived: false,
};

describe('what an edit puts on the timeline', () => {
  it('a stage move is recorded with where it came from and where it went', () => {
    expect(describeClientChanges(base, { ...base, stage: 'active' })).toEqual([{ type: 'stage_changed', payload: { from: 'lead', to: 'active' } }]);
  });

  it('archiving and restoring are recorded as such', () => {
    expect(describeClientChanges(base, { ...base, isArchived: true }).map((c) => c.type)).toEqual(['client_archived']);
    expect(describeClientChanges({ ...base, isArchived: true }, base).map((c) => c.type)).toEqual(['client_restored']);
  });

  it('edited fields are named, but their values (maybe confidential notes) are never copied', () => {
    const changes = describeClientChanges(base, { ...base, notes: 'Secret: going through a divorce', isNotesConfidential: true });
    expect(changes).toEqual([{ type: 'client_updated', payload: { fields: ['notes', 'isNotesConfidential'] } }]);
    expect(JSON.stringify(changes)).not.toContain('divorce');
  });

  it('saving without changes records nothing', () => {
    expect(describeClientChanges(base, { ...base, contacts: [...base.contacts] })).toEqual([]);
  });
});
