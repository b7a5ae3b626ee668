import { describe, expect, test } from 'vitest';
import { diffDocuments } from './diff.ts';
import { findStarterTemplate } from './templates/index.ts';

describe('structural diff of two versions', () => {
  const v1 = findStarterTemplate('starter-writer-en')!.document;

  test('the same document has no changes, whatever its key order', () => {
    expect(diffDocuments(v1, JSON.parse(JSON.stringify(v1)))).toEqual([]);
  });

  test('a changed quantity, a removed out-of-scope item and a new deliverable are named by path', () => {
    const v2 = structuredClone(v1);
    v2.what.deliverables[0]!.quantity = 2;
    v2.what.outOfScope.pop();
    v2.what.deliverables.push({ id: 'extra', title: 'Newsletter', description: '', quantity: 1, cadence: 'monthly', lengthRange: null, format: 'Email', amount: null });
    v2.terms.offerExpiresOn = '2027-04-01';
    expect(diffDocuments(v1, v2)).toEqual([
      { path: 'what.deliverables[posts].quantity', kind: 'changed', before: 1, after: 2 },
      { path: 'what.deliverables[extra]', kind: 'added', after: v2.what.deliverables[2] },
      { path: 'what.outOfScope[3]', kind: 'removed', before: 'Translations' },
      { path: 'terms.offerExpiresOn', kind: 'added', before: null, after: '2027-04-01' },
    ]);
  });

  test('reordering items with ids is not a change', () => {
    const v2 = structuredClone(v1);
    v2.when.milestones.reverse();
    expect(diffDocuments(v1, v2)).toEqual([]);
  });
});
