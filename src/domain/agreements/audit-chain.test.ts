import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, chainEvent, contentHashOf, verifyChain, type AuditEvent } from './audit-chain.ts';

const document = { title: 'Blog posts', cost: { amount: 120_000, currency: 'EUR' } };
const hash = contentHashOf(document);

function trail(): AuditEvent[] {
  const events: AuditEvent[] = [];
  const add = (type: AuditEvent['type'], actor: AuditEvent['actor'], extra: Partial<AuditEvent> = {}) =>
    events.push(chainEvent(events.at(-1), { agreementId: 'a1', type, actor, occurredAt: `2027-03-0${events.length + 1}T09:00:00.000Z`, versionNumber: 1, contentHash: hash, ip: null, userAgent: null, details: {}, ...extra }));
  add('created', 'freelancer');
  add('sent', 'freelancer');
  add('opened', 'client', { ip: '203.0.113.9', userAgent: 'Firefox' });
  add('signed_by_client', 'client', { ip: '203.0.113.9', userAgent: 'Firefox', details: { name: 'Ana Ruiz' } });
  return events;
}

describe('hash-chained audit trail', () => {
  test('canonical JSON ignores key order (RFC 8785)', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 'é' }] })).toBe('{"a":[2,{"c":"é","d":1}],"b":1}');
    expect(contentHashOf({ a: 1, b: 2 })).toBe(contentHashOf({ b: 2, a: 1 }));
  });

  test('an untouched trail verifies as intact', () => {
    expect(verifyChain(trail(), new Map([[1, document]]))).toMatchObject({ isIntact: true, eventCount: 4, problems: [] });
  });

  test('each event links to the previous one', () => {
    const events = trail();
    expect(events[0]!.previousHash).toBe('0'.repeat(64));
    for (let i = 1; i < events.length; i++) expect(events[i]!.previousHash).toBe(events[i - 1]!.hash);
  });

  test('changing any field of any event is detected', () => {
    fc.assert(
      fc.property(fc.nat(3), fc.constantFrom('occurredAt', 'ip', 'userAgent', 'actor'), fc.string({ minLength: 1 }), (index, field, value) => {
        const events = trail();
        const target = events[index]!;
        fc.pre(String(target[field]) !== value);
        (target as Record<string, unknown>)[field] = value;
        expect(verifyChain(events, new Map([[1, document]])).problems).toContainEqual({ kind: 'event_changed', sequence: index + 1 });
      }),
    );
  });

  test('removing an event breaks the chain', () => {
    const events = trail();
    events.splice(1, 1);
    expect(verifyChain(events, new Map([[1, document]])).isIntact).toBe(false);
  });

  test('a changed document no longer matches the hash the events recorded', () => {
    expect(verifyChain(trail(), new Map([[1, { ...document, title: 'Changed' }]])).problems).toEqual([{ kind: 'content_changed', versionNumber: 1 }]);
  });

  test('an event rewritten together with its own hash still breaks the next link', () => {
    const events = trail();
    const forged = chainEvent(events[0], { ...events[1]!, occurredAt: '2026-01-01T00:00:00.000Z' });
    events[1] = forged;
    expect(verifyChain(events, new Map([[1, document]])).problems).toContainEqual({ kind: 'chain_broken', sequence: 3 });
  });
});
