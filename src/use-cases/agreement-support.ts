// What the agreement use cases share: loading one, checking a document, presenting it, and writing its audit and timeline.
import { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/connect.ts';
import { agreementAuditRepository } from '../db/repositories/agreement-audit.ts';
import { agreementCommentsRepository } from '../db/repositories/agreement-comments.ts';
import { agreementSignaturesRepository, type AgreementSignatureRecord } from '../db/repositories/agreement-signatures.ts';
import { agreementVersionsRepository, type AgreementVersionRecord } from '../db/repositories/agreement-versions.ts';
import { agreementsRepository, type AgreementRecord } from '../db/repositories/agreements.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import type { AuditActor, AuditEventType } from '../domain/agreements/audit-chain.ts';
import type { AgreementDocument } from '../domain/agreements/document.ts';
import { effectiveStatus, type Decision, type SignatureState } from '../domain/agreements/lifecycle.ts';
import { reviewDocument } from '../domain/agreements/review.ts';
import type { EventType } from '../domain/events/event-types.ts';
import { AppError, notFound } from '../errors.ts';
import { type Agreement, AgreementDocumentInput, type AgreementSummary } from '../schemas/agreements.ts';
import type { Clock } from '../clock.ts';

export const agreementNotFound = () => notFound('This agreement');

export async function loadAgreement(db: Db, workspaceId: string, id: string): Promise<AgreementRecord> {
  const agreement = await agreementsRepository(db, workspaceId).findById(id);
  if (!agreement) throw agreementNotFound();
  return agreement;
}

/** The date in a zone: offers expire at the end of their date where the client lives. */
export function todayIn(clock: Clock, timeZone: string): string {
  return clock.now().toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

export function plainDateOf(iso: string, timeZone: string): string {
  return Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** Checks a document against the contract; a problem is a 400 naming the field under `prefix`. */
export function parseDocument(raw: unknown, prefix: string): AgreementDocument {
  const parsed = AgreementDocumentInput.safeParse(raw);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.flatMap((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((part) => part !== '');
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ field: [...path, key].join('.'), message: 'Unknown field: remove it, or check its spelling.' }));
    return [{ field: path.join('.'), message: issue.message }];
  });
  throw new AppError('validation_failed', `Fix these fields and send again. ${errors.map((e) => `${e.field}: ${e.message}`).join(' ')}`, { errors });
}

const refusalText: Record<Exclude<Decision, { isAllowed: true }>['reason'], { code: 'conflict' | 'version_conflict'; text: string }> = {
  not_draft: { code: 'conflict', text: 'This agreement has been sent, so it is no longer edited in place. Make a new version instead (POST …/versions).' },
  not_open: { code: 'conflict', text: 'This agreement is not open for that any more: it has been decided, signed or not sent yet.' },
  expired: { code: 'conflict', text: 'The offer date of this proposal has passed, so it can no longer be accepted. Ask for a new version with new dates.' },
  not_a_proposal: { code: 'conflict', text: 'Only a proposal can be accepted; a contract is signed.' },
  not_a_contract: { code: 'conflict', text: 'Only a contract is signed; a proposal is accepted, which makes the contract.' },
  already_signed: { code: 'conflict', text: 'This has already been signed by that party.' },
  waiting_for_freelancer: { code: 'conflict', text: 'The freelancer signs first. You will be able to sign once they have.' },
  waiting_for_client: { code: 'conflict', text: 'Your settings ask the client to sign first. Sign once they have, or change the signing order in the agreement settings.' },
  stale_version: { code: 'version_conflict', text: 'A newer version of this agreement exists. Reload it, read the changes, then try again.' },
};

export function assertAllowed(decision: Decision): void {
  if (decision.isAllowed) return;
  const { code, text } = refusalText[decision.reason];
  throw new AppError(code, text, { reason: decision.reason });
}

export function signatureState(signatures: readonly AgreementSignatureRecord[], versionNumber: number): SignatureState {
  const current = signatures.filter((s) => s.versionNumber === versionNumber);
  return { hasFreelancerSigned: current.some((s) => s.party === 'freelancer'), hasClientSigned: current.some((s) => s.party === 'client') };
}

export function summaryOf(agreement: AgreementRecord, clientName: string, today: string): AgreementSummary {
  return {
    id: agreement.id,
    clientId: agreement.clientId,
    clientName,
    kind: agreement.kind,
    status: effectiveStatus(agreement, today),
    title: agreement.title,
    currentVersion: agreement.currentVersion,
    offerExpiresOn: agreement.offerExpiresOn,
    version: agreement.version,
    createdAt: agreement.createdAt,
    updatedAt: agreement.updatedAt,
    sentAt: agreement.sentAt,
    signedAt: agreement.signedAt,
  };
}

export async function currentVersionOf(db: Db, workspaceId: string, agreement: AgreementRecord): Promise<AgreementVersionRecord> {
  const version = await agreementVersionsRepository(db, workspaceId).find(agreement.id, agreement.currentVersion);
  if (!version) throw agreementNotFound();
  return version;
}

export async function presentAgreement(db: Db, workspaceId: string, agreement: AgreementRecord, clientName: string, today: string): Promise<Omit<Agreement, 'consentText'>> {
  const versions = await agreementVersionsRepository(db, workspaceId).listForAgreement(agreement.id);
  const current = versions.find((v) => v.number === agreement.currentVersion);
  if (!current) throw agreementNotFound();
  const comments = await agreementCommentsRepository(db, workspaceId).listForAgreement(agreement.id);
  const signatures = await agreementSignaturesRepository(db, workspaceId).listForAgreement(agreement.id);
  const review = reviewDocument(current.document, agreement.inputReceipts);
  return {
    ...summaryOf(agreement, clientName, today),
    document: current.document,
    contentHash: current.contentHash,
    templateId: agreement.templateId,
    sourceProposalId: agreement.sourceProposalId,
    contractId: agreement.contractId,
    checks: review.checks,
    schedule: review.schedule.isValid ? review.schedule.schedule : null,
    inputReceipts: agreement.inputReceipts,
    termEndsOn: agreement.termEndsOn,
    versions: versions.map(({ number, contentHash, note, createdAt }) => ({ number, contentHash, note, createdAt })),
    comments: comments.map(({ id, versionNumber, author, body, createdAt }) => ({ id, versionNumber, author, body, createdAt })),
    signatures: signatures.map(presentSignature),
  };
}

export function presentSignature(s: AgreementSignatureRecord) {
  return { party: s.party, fullName: s.fullName, signedAt: s.signedAt, versionNumber: s.versionNumber, hasDrawnSignature: s.drawnSignature !== null };
}

export type AuditInput = { agreementId: string; type: AuditEventType; actor: AuditActor; versionNumber: number; contentHash: string; occurredAt: string; ip?: string | null; userAgent?: string | null; details?: Record<string, unknown> };

export async function appendAudit(trx: Db, workspaceId: string, input: AuditInput): Promise<void> {
  await agreementAuditRepository(trx, workspaceId).append({ ...input, ip: input.ip ?? null, userAgent: input.userAgent ?? null, details: input.details ?? {} });
}

export async function noteOnTimeline(trx: Db, workspaceId: string, clientId: string, type: EventType, payload: Record<string, unknown>, now: string): Promise<void> {
  await eventsRepository(trx, workspaceId).append({ clientId, type, occurredAt: now, payload, isConfidential: false }, now);
}

/** Applies an optimistic update or answers 409: two tabs (or a client and the freelancer) acting at once never both win. */
export async function updateOrConflict(trx: Db, workspaceId: string, agreement: AgreementRecord, changes: Parameters<ReturnType<typeof agreementsRepository>['updateIfVersion']>[2], now: string): Promise<AgreementRecord> {
  const isSaved = await agreementsRepository(trx, workspaceId).updateIfVersion(agreement.id, agreement.version, changes, now);
  if (!isSaved) throw new AppError('version_conflict', 'This agreement was changed at the same moment by someone else. Reload it and try again.');
  return { ...agreement, ...changes, version: agreement.version + 1, updatedAt: now };
}

/** Who a client email goes to: the first contact with an address, or a 422 saying what to add. */
export function clientEmailOf(client: { name: string; contacts: { name: string; email: string }[] }): { name: string; email: string } {
  const contact = client.contacts.find((c) => c.email.trim() !== '');
  if (!contact) {
    throw new AppError('unprocessable', `${client.name} has no contact email, so nothing can be sent. Add an email to one of their contacts, then send again.`, {
      errors: [{ field: 'contacts', message: 'Add an email address to a contact of this client.' }],
    });
  }
  return { name: contact.name || client.name, email: contact.email };
}
