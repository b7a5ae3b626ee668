// The audit trail as a hash chain: each event's hash covers its content and the previous event's hash, so changing,
// removing or reordering any event (or the document it points at) is detected by recomputing the chain.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export const auditEventTypes = [
  'created',
  'edited',
  'sent',
  'opened',
  'commented',
  'version_created',
  'accepted',
  'declined',
  'signed_by_freelancer',
  'signed_by_client',
  'fully_signed',
  'input_received',
  'contract_created',
] as const;
export type AuditEventType = (typeof auditEventTypes)[number];

export const auditActors = ['freelancer', 'client', 'system'] as const;
export type AuditActor = (typeof auditActors)[number];

/** The hash of the empty chain: the first event's `previousHash`. */
export const genesisHash = '0'.repeat(64);

/** What one event says; `contentHash` is the SHA-256 of the canonical document version the event concerns. */
export type AuditContent = {
  agreementId: string;
  sequence: number;
  type: AuditEventType;
  actor: AuditActor;
  occurredAt: string;
  versionNumber: number;
  contentHash: string;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
};

export type AuditEvent = AuditContent & { previousHash: string; hash: string };

/** RFC 8785 canonical JSON: the same data always gives the same bytes, whatever the key order. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('This value has no JSON form.');
  return text;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The SHA-256 of a document's canonical JSON: what "the exact content that was shown" means. */
export function contentHashOf(document: unknown): string {
  return sha256(canonicalJson(document));
}

export function eventHash(content: AuditContent, previousHash: string): string {
  return sha256(canonicalJson({ ...content, previousHash }));
}

/** The next link: numbered after `previous` and hashed over its hash. */
export function chainEvent(previous: AuditEvent | undefined, content: Omit<AuditContent, 'sequence'>): AuditEvent {
  const previousHash = previous?.hash ?? genesisHash;
  const full: AuditContent = { ...content, sequence: (previous?.sequence ?? 0) + 1 };
  return { ...full, previousHash, hash: eventHash(full, previousHash) };
}

export type VerificationProblem =
  | { kind: 'event_changed'; sequence: number }
  | { kind: 'chain_broken'; sequence: number }
  | { kind: 'sequence_gap'; sequence: number }
  | { kind: 'content_changed'; versionNumber: number }
  | { kind: 'version_missing'; versionNumber: number };

export type Verification = { isIntact: boolean; eventCount: number; lastHash: string; problems: VerificationProblem[] };

/**
 * Recomputes every event's hash and link, then each version's content hash from its stored document and compares it
 * with what the events recorded. `versions` maps a version number to its stored document.
 */
export function verifyChain(events: readonly AuditEvent[], versions: ReadonlyMap<number, unknown>): Verification {
  const problems: VerificationProblem[] = [];
  let previousHash = genesisHash;
  events.forEach((event, index) => {
    const { previousHash: storedPrevious, hash } = event;
    // Only the fields the hash covers: a stored row may carry more (its id), which must not change the result.
    const content: AuditContent = {
      agreementId: event.agreementId,
      sequence: event.sequence,
      type: event.type,
      actor: event.actor,
      occurredAt: event.occurredAt,
      versionNumber: event.versionNumber,
      contentHash: event.contentHash,
      ip: event.ip,
      userAgent: event.userAgent,
      details: event.details,
    };
    if (event.sequence !== index + 1) problems.push({ kind: 'sequence_gap', sequence: event.sequence });
    if (storedPrevious !== previousHash) problems.push({ kind: 'chain_broken', sequence: event.sequence });
    if (eventHash(content, storedPrevious) !== hash) problems.push({ kind: 'event_changed', sequence: event.sequence });
    previousHash = hash;
  });
  for (const versionNumber of new Set(events.map((e) => e.versionNumber))) {
    if (!versions.has(versionNumber)) {
      problems.push({ kind: 'version_missing', versionNumber });
      continue;
    }
    // A draft is edited in place, so its earlier events record earlier states: only its latest one must match; from
    // sending on, the document is frozen and every event about it must match.
    const frozenHash = contentHashOf(versions.get(versionNumber));
    const aboutVersion = events.filter((e) => e.versionNumber === versionNumber);
    const frozen = aboutVersion.filter((e) => e.type !== 'created' && e.type !== 'edited');
    const expected = frozen.length > 0 ? frozen : aboutVersion.slice(-1);
    if (expected.some((e) => e.contentHash !== frozenHash)) problems.push({ kind: 'content_changed', versionNumber });
  }
  return { isIntact: problems.length === 0, eventCount: events.length, lastHash: previousHash, problems };
}
