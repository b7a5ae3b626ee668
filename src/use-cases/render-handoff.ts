// The handoff document in the CLIENT's language, as PDF or Markdown. Confidential notes never get here: the domain
// builds it from procedures and open items only, and drops every step marked confidential.
import { notFound } from '../errors.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { offboardingsRepository } from '../db/repositories/offboardings.ts';
import { buildHandoff } from '../domain/offboarding/handoff.ts';
import { translatorFor } from '../i18n/server.ts';
import { renderHandoffMarkdown } from '../outputs/markdown/handoff.ts';
import { handoffContent } from '../outputs/pdf/handoff-content.ts';
import { renderHandoffPdf } from '../outputs/pdf/handoff-pdf.ts';
import type { WorkspaceContext } from './context.ts';
import { freelancerToday } from './offboarding-support.ts';

export type HandoffFile = { body: Buffer | string; contentType: string; fileName: string };

function fileSafe(name: string): string {
  return name.normalize('NFD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase() || 'client';
}

export async function renderHandoff({ ctx, clientId, format }: { ctx: WorkspaceContext; clientId: string; format: 'pdf' | 'md' }): Promise<HandoffFile> {
  const client = await clientsRepository(ctx.db, ctx.workspaceId).findById(clientId);
  if (!client) throw notFound('This client');
  const offboardings = offboardingsRepository(ctx.db, ctx.workspaceId);
  const offboarding = await offboardings.findForClient(clientId);
  if (!offboarding) throw notFound('An offboarding for this client');
  const owner = await accountsRepository(ctx.db).findOwner(ctx.workspaceId);
  const preparedOn = (await freelancerToday(ctx.db, ctx.workspaceId, ctx.clock.now())).toString();
  const handoff = buildHandoff({
    clientName: client.name,
    clientCompany: client.company,
    freelancerName: owner?.name ?? '',
    preparedOn,
    workStatus: offboarding.workStatus,
    openItems: offboarding.openItems,
    procedures: await offboardings.listProcedures(clientId),
  });
  const content = handoffContent(handoff, translatorFor(client.language), client.language);
  const baseName = `handoff-${fileSafe(client.name)}-${preparedOn}`;
  if (format === 'md') return { body: renderHandoffMarkdown(content), contentType: 'text/markdown; charset=utf-8', fileName: `${baseName}.md` };
  return { body: await renderHandoffPdf(content, { author: handoff.freelancerName, preparedOn }), contentType: 'application/pdf', fileName: `${baseName}.pdf` };
}
