// Typed calls for proposals and contracts: the freelancer's side (drafts, versions, signing, audit) and the client's portal side.
import type { z } from 'zod';
import type {
  Agreement,
  AgreementSummary,
  AgreementTemplate,
  PortalAgreement,
  PortalAcceptResult,
  PortalAgreementList,
  PricingQuote,
  ShiftResult,
  Verification,
  VersionDiff,
  AuditTrail,
  AgreementVersionList,
  AgreementListQuery,
} from '../../schemas/agreements.ts';
import type { AgreementDocument } from '../../domain/agreements/document.ts';
import { apiRequest } from './http.ts';

export type { Agreement, AgreementSummary, AgreementTemplate, PortalAgreement, Verification, AgreementDocument };
export type AgreementPageData = { items: AgreementSummary[]; total: number; limit: number; offset: number };
export type AgreementQuery = Partial<Pick<AgreementListQuery, 'clientId' | 'kind' | 'status'>> & { limit?: number; offset?: number };
export type PortalAgreementListData = z.infer<typeof PortalAgreementList>;
export type PricingQuoteData = z.infer<typeof PricingQuote>;
export type ShiftResultData = z.infer<typeof ShiftResult>;
export type VersionDiffData = z.infer<typeof VersionDiff>;
export type AuditTrailData = z.infer<typeof AuditTrail>;
export type AgreementVersionListData = z.infer<typeof AgreementVersionList>;
export type PortalAcceptResultData = z.infer<typeof PortalAcceptResult>;
export type Signature = { fullName: string; hasConsented: true; drawnSignature?: string };

const one = (id: string, rest = '') => `/agreements/${encodeURIComponent(id)}${rest}`;

/** The document as the editor holds it: the API returns a loose record, which is always the five-part document. */
export function documentOf(agreement: { document: Record<string, unknown> }): AgreementDocument {
  return agreement.document as unknown as AgreementDocument;
}

export function listAgreements(query: AgreementQuery, signal?: AbortSignal): Promise<AgreementPageData> {
  return apiRequest('GET', '/agreements', { query, signal });
}

export function createAgreement(body: { clientId: string; kind?: 'proposal' | 'contract'; templateId?: string }): Promise<Agreement> {
  return apiRequest('POST', '/agreements', { body });
}

export function getAgreement(id: string, signal?: AbortSignal): Promise<Agreement> {
  return apiRequest('GET', one(id), { signal });
}

/** Answers 409 (code version_conflict) when the draft changed since `version` was read; nothing is overwritten. */
export function updateAgreement(id: string, version: number, document: AgreementDocument): Promise<Agreement> {
  return apiRequest('PATCH', one(id), { body: { version, document } });
}

export function deleteAgreement(id: string): Promise<void> {
  return apiRequest('DELETE', one(id));
}

/** Answers 422 when the client has no email address to send the portal link to. */
export function sendAgreement(id: string): Promise<Agreement> {
  return apiRequest('POST', one(id, '/send'));
}

export function createAgreementVersion(id: string, document: AgreementDocument, note: string): Promise<Agreement> {
  return apiRequest('POST', one(id, '/versions'), { body: { document, note } });
}

export function listAgreementVersions(id: string, signal?: AbortSignal): Promise<AgreementVersionListData> {
  return apiRequest('GET', one(id, '/versions'), { signal });
}

export function diffAgreementVersions(id: string, from: number, to: number, signal?: AbortSignal): Promise<VersionDiffData> {
  return apiRequest('GET', one(id, '/diff'), { query: { from, to }, signal });
}

export function getAgreementAudit(id: string, signal?: AbortSignal): Promise<AuditTrailData> {
  return apiRequest('GET', one(id, '/audit'), { signal });
}

export function verifyAgreement(id: string): Promise<Verification> {
  return apiRequest('GET', one(id, '/verify'));
}

export function signAgreement(id: string, version: number, signature: Signature): Promise<Agreement> {
  return apiRequest('POST', one(id, '/sign'), { body: { version, ...signature } });
}

export function recordClientInput(id: string, inputId: string, receivedOn: string): Promise<ShiftResultData> {
  return apiRequest('POST', one(id, '/client-inputs'), { body: { inputId, receivedOn } });
}

export function createAgreementTemplate(body: { name: string; language: 'en' | 'es'; document: AgreementDocument }): Promise<AgreementTemplate> {
  return apiRequest('POST', '/agreement-templates', { body });
}

export function listAgreementTemplates(signal?: AbortSignal): Promise<{ items: AgreementTemplate[] }> {
  return apiRequest('GET', '/agreement-templates', { signal });
}

export function quoteAgreementPrice(body: { baseAmount: number; taxReservePercent: number; contingencyPercent: number }, signal?: AbortSignal): Promise<PricingQuoteData> {
  return apiRequest('POST', '/agreement-pricing', { body, signal });
}

/** The PDF in the client's language; a plain link, so the browser downloads it with the session cookie. */
export function agreementPdfUrl(id: string): string {
  return `/api/v1${one(id, '/pdf')}`;
}

// The client's portal: the token is the only key.
const portal = (token: string, rest = '') => `/portal/${encodeURIComponent(token)}/agreements${rest}`;

export function listPortalAgreements(token: string, signal?: AbortSignal): Promise<PortalAgreementListData> {
  return apiRequest('GET', portal(token), { signal, isPublic: true });
}

export function getPortalAgreement(token: string, agreementId: string, signal?: AbortSignal): Promise<PortalAgreement> {
  return apiRequest('GET', portal(token, `/${encodeURIComponent(agreementId)}`), { signal, isPublic: true });
}

export function commentInPortal(token: string, agreementId: string, body: string): Promise<PortalAgreement> {
  return apiRequest('POST', portal(token, `/${encodeURIComponent(agreementId)}/comments`), { body: { body }, isPublic: true });
}

export function acceptInPortal(token: string, agreementId: string, version: number): Promise<PortalAcceptResultData> {
  return apiRequest('POST', portal(token, `/${encodeURIComponent(agreementId)}/accept`), { body: { version }, isPublic: true });
}

export function declineInPortal(token: string, agreementId: string, reason: string): Promise<PortalAgreement> {
  return apiRequest('POST', portal(token, `/${encodeURIComponent(agreementId)}/decline`), { body: { reason }, isPublic: true });
}

export function signInPortal(token: string, agreementId: string, version: number, signature: Signature): Promise<PortalAgreement> {
  return apiRequest('POST', portal(token, `/${encodeURIComponent(agreementId)}/sign`), { body: { version, ...signature }, isPublic: true });
}

export function portalAgreementPdfUrl(token: string, agreementId: string): string {
  return `/api/v1${portal(token, `/${encodeURIComponent(agreementId)}/pdf`)}`;
}
