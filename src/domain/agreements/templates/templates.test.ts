import { describe, expect, test } from 'vitest';
import { resolveSchedule } from '../schedule.ts';
import { checkAgreement } from '../checks.ts';
import { starterRoles, starterTemplates } from './index.ts';

describe('starter templates', () => {
  test('every role has one in English and one in Spanish', () => {
    for (const role of starterRoles) expect(starterTemplates.filter((t) => t.role === role).map((t) => t.language).sort()).toEqual(['en', 'es']);
  });

  test.each(starterTemplates.map((t) => [t.id, t] as const))('%s carries the not-legal-advice note, a valid schedule and client deadlines', (_id, template) => {
    expect(template.notLegalAdvice).toMatch(template.language === 'en' ? /not legal advice/ : /no asesoramiento legal/);
    expect(resolveSchedule({ ...template.document.when, startDate: '2027-03-01' }).isValid).toBe(true);
    const codes = checkAgreement(template.document, true).map((c) => c.code);
    expect(codes).not.toContain('no_client_deadlines');
    expect(codes).not.toContain('no_ownership_clause');
    expect(template.document.what.outOfScope.length).toBeGreaterThan(0);
  });

  test('the two languages of a role have the same structure (ids of deliverables, milestones and inputs)', () => {
    for (const role of starterRoles) {
      const [en, es] = ['en', 'es'].map((language) => starterTemplates.find((t) => t.role === role && t.language === language)!.document);
      const ids = (d: typeof en) => [d!.what.deliverables.map((x) => x.id), d!.when.milestones.map((x) => x.id), d!.when.clientInputs.map((x) => x.id)];
      expect(ids(es)).toEqual(ids(en));
    }
  });
});
