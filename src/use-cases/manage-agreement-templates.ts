// Agreement templates: the starter ones (read-only, shipped in both languages) and the freelancer's own (create, edit, delete).
import { agreementTemplatesRepository, type OwnTemplateRecord } from '../db/repositories/agreement-templates.ts';
import { findStarterTemplate, notLegalAdviceNote, starterTemplates, type StarterTemplate } from '../domain/agreements/templates/index.ts';
import { AppError, notFound } from '../errors.ts';
import type { AgreementTemplate, CreateTemplateBody, UpdateTemplateBody } from '../schemas/agreements.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';

function presentStarter(template: StarterTemplate): AgreementTemplate {
  const { id, role, language, name, description, notLegalAdvice, document } = template;
  return { id, isStarter: true, role, language, name, description, notLegalAdvice, document, version: 0, createdAt: null, updatedAt: null };
}

/** A freelancer's own template carries the same note: Sana never lets a template pass for legal advice. */
function presentOwn(template: OwnTemplateRecord): AgreementTemplate {
  const { id, language, name, description, document, version, createdAt, updatedAt } = template;
  return { id, isStarter: false, role: null, language, name, description, notLegalAdvice: notLegalAdviceNote[language], document, version, createdAt, updatedAt };
}

const templateNotFound = () => notFound('This template');
const starterIsReadOnly = () => new AppError('conflict', 'Starter templates cannot be changed. Create your own template from it (POST /agreement-templates with its document), then edit that one.');

export async function listAgreementTemplates({ ctx }: { ctx: WorkspaceContext }) {
  const own = await agreementTemplatesRepository(ctx.db, ctx.workspaceId).list();
  return { items: [...starterTemplates.map(presentStarter), ...own.map(presentOwn)] };
}

export async function getAgreementTemplate({ ctx, templateId }: { ctx: WorkspaceContext; templateId: string }): Promise<AgreementTemplate> {
  const starter = findStarterTemplate(templateId);
  if (starter) return presentStarter(starter);
  const own = await agreementTemplatesRepository(ctx.db, ctx.workspaceId).findById(templateId);
  if (!own) throw templateNotFound();
  return presentOwn(own);
}

export async function createAgreementTemplate({ ctx, input }: { ctx: WorkspaceContext; input: CreateTemplateBody }): Promise<AgreementTemplate> {
  return inTransaction(ctx, async (trx) => presentOwn(await agreementTemplatesRepository(trx, ctx.workspaceId).insert(input, ctx.clock.nowIso())));
}

export async function updateAgreementTemplate({ ctx, templateId, input }: { ctx: WorkspaceContext; templateId: string; input: UpdateTemplateBody }): Promise<AgreementTemplate> {
  if (findStarterTemplate(templateId)) throw starterIsReadOnly();
  return inTransaction(ctx, async (trx) => {
    const templates = agreementTemplatesRepository(trx, ctx.workspaceId);
    const existing = await templates.findById(templateId);
    if (!existing) throw templateNotFound();
    const { version, ...fields } = input;
    if (!(await templates.updateIfVersion(templateId, version, fields, ctx.clock.nowIso()))) {
      throw new AppError('version_conflict', 'This template changed after you opened it. Reload it, then apply your edits again.', { currentVersion: existing.version });
    }
    return presentOwn((await templates.findById(templateId)) as OwnTemplateRecord);
  });
}

export async function deleteAgreementTemplate({ ctx, templateId }: { ctx: WorkspaceContext; templateId: string }): Promise<void> {
  if (findStarterTemplate(templateId)) throw starterIsReadOnly();
  await inTransaction(ctx, async (trx) => {
    if (!(await agreementTemplatesRepository(trx, ctx.workspaceId).delete(templateId))) throw templateNotFound();
  });
}
