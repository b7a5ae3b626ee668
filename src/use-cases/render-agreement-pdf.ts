// A proposal or contract as a PDF in the client's language, for the freelancer (any of theirs) or for the client in the
// portal (only documents sent to them). Only the document, its schedule, the office hours and the signatures go in.
import type { Clock } from '../clock.ts';
import type { Db } from '../db/connect.ts';
import { agreementSignaturesRepository } from '../db/repositories/agreement-signatures.ts';
import type { AgreementRecord } from '../db/repositories/agreements.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { effectiveStatus } from '../domain/agreements/lifecycle.ts';
import { resolveSchedule } from '../domain/agreements/schedule.ts';
import { officeCalendar } from '../domain/boundaries/office-calendar.ts';
import { officeWeek } from '../domain/portal/office-week.ts';
import { notFound } from '../errors.ts';
import { renderAgreementPdf as drawAgreementPdf } from '../outputs/pdf/agreement-pdf.ts';
import type { Language } from '../schemas/common.ts';
import { currentVersionOf, loadAgreement, todayIn } from './agreement-support.ts';
import type { AppDeps, WorkspaceContext } from './context.ts';
import { loadProfile } from './get-profile.ts';
import { openPortal } from './open-portal.ts';
import { findPortalAgreement } from './view-portal-agreement.ts';

export type RenderedAgreementPdf = { pdf: Buffer; fileName: string };

type Reader = { language: Language; timeZone: string };

async function renderFor(db: Db, clock: Clock, workspaceId: string, agreement: AgreementRecord, reader: Reader): Promise<RenderedAgreementPdf> {
  const version = await currentVersionOf(db, workspaceId, agreement);
  const signatures = (await agreementSignaturesRepository(db, workspaceId).listForAgreement(agreement.id)).filter((s) => s.versionNumber === version.number);
  const schedule = resolveSchedule(version.document.when, agreement.inputReceipts);
  const today = todayIn(clock, reader.timeZone);
  // Office hours come from the freelancer's saved profile; a workspace without one shows only the agreed text.
  const { profile, isComplete } = await loadProfile(db, workspaceId);
  const officeHours = isComplete ? { freelancerTimeZone: profile.timeZone, clientTimeZone: reader.timeZone, days: officeWeek(officeCalendar(profile), reader.timeZone, clock.now()) } : null;
  const pdf = await drawAgreementPdf({
    language: reader.language,
    kind: agreement.kind,
    status: effectiveStatus(agreement, today),
    versionNumber: version.number,
    contentHash: version.contentHash,
    document: version.document,
    schedule: schedule.isValid ? schedule.schedule : null,
    termEndsOn: agreement.termEndsOn,
    officeHours,
    signatures: signatures.map((s) => ({ party: s.party, fullName: s.fullName, signedAt: s.signedAt, ip: s.ip, userAgent: s.userAgent, consentText: s.consentText, contentHash: s.contentHash, hasDrawnSignature: s.drawnSignature !== null })),
    generatedOn: today,
  });
  const slug = (version.document.title || agreement.kind)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return { pdf, fileName: `${slug || agreement.kind}-v${version.number}.pdf` };
}

export async function renderAgreementPdf({ ctx, agreementId }: { ctx: WorkspaceContext; agreementId: string }): Promise<RenderedAgreementPdf> {
  const agreement = await loadAgreement(ctx.db, ctx.workspaceId, agreementId);
  const client = await clientsRepository(ctx.db, ctx.workspaceId).findById(agreement.clientId);
  if (!client) throw notFound('This client');
  return renderFor(ctx.db, ctx.clock, ctx.workspaceId, agreement, { language: client.language, timeZone: client.timeZone });
}

/** The client's copy: a draft or another client's document answers not found, like everything else in the portal. */
export async function renderPortalAgreementPdf({ deps, token, agreementId }: { deps: AppDeps; token: string; agreementId: string }): Promise<RenderedAgreementPdf> {
  const portal = await openPortal(deps, token);
  const agreement = await findPortalAgreement(deps.db, portal, agreementId);
  return renderFor(deps.db, deps.clock, portal.workspaceId, agreement, { language: portal.client.language, timeZone: portal.client.timeZone });
}
