// The freelancer starts a proposal (or a contract) for a client: from a starter template, one of their own, or blank.
import { accountsRepository } from '../db/repositories/accounts.ts';
import { agreementTemplatesRepository } from '../db/repositories/agreement-templates.ts';
import { agreementVersionsRepository } from '../db/repositories/agreement-versions.ts';
import { agreementsRepository } from '../db/repositories/agreements.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { contentHashOf } from '../domain/agreements/audit-chain.ts';
import { emptyDocument, type AgreementDocument } from '../domain/agreements/document.ts';
import { findStarterTemplate } from '../domain/agreements/templates/index.ts';
import { invalidField, notFound } from '../errors.ts';
import type { Agreement, CreateAgreementBody } from '../schemas/agreements.ts';
import { appendAudit, parseDocument } from './agreement-support.ts';
import { presentForFreelancer } from './get-agreement.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';

export type CreateAgreementOptions = { ctx: WorkspaceContext; input: CreateAgreementBody };

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lays `over` onto `base`: objects merge key by key, anything else (lists included) is replaced whole. */
export function layOver(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = layOver(base[key], value);
  return merged;
}

export async function createAgreement({ ctx, input }: CreateAgreementOptions): Promise<Agreement> {
  return inTransaction(ctx, async (trx) => {
    const client = await clientsRepository(trx, ctx.workspaceId).findById(input.clientId);
    if (!client) throw invalidField('clientId', 'There is no client with this id in your workspace. List your clients to find it.');
    const owner = await accountsRepository(trx).findOwner(ctx.workspaceId);
    if (!owner) throw notFound('This workspace');

    let base: AgreementDocument = emptyDocument(client.currency);
    let templateName = '';
    if (input.templateId) {
      const starter = findStarterTemplate(input.templateId);
      const own = starter ? undefined : await agreementTemplatesRepository(trx, ctx.workspaceId).findById(input.templateId);
      const template = starter ?? own;
      if (!template) throw invalidField('templateId', 'There is no template with this id. List the templates (GET /agreement-templates) to find one.');
      base = structuredClone(template.document);
      templateName = template.name;
    }
    // Whoever the template was written for, this agreement is between this freelancer and this client, in the client's currency.
    const contact = client.contacts.find((c) => c.email.trim() !== '');
    base.cost.currency = client.currency;
    base.parties = {
      freelancer: { name: base.parties.freelancer.name || owner.name, email: base.parties.freelancer.email || owner.email, address: base.parties.freelancer.address },
      client: { ...base.parties.client, name: base.parties.client.name || client.company || client.name, email: base.parties.client.email || (contact?.email ?? '') },
    };
    const document = parseDocument(layOver(base, input.document ?? {}), 'document');
    if (document.title === '') document.title = templateName || client.name;

    const now = ctx.clock.nowIso();
    const agreement = await agreementsRepository(trx, ctx.workspaceId).insert(
      { clientId: client.id, kind: input.kind, status: 'draft', title: document.title, offerExpiresOn: document.terms.offerExpiresOn, templateId: input.templateId ?? null, sourceProposalId: null },
      now,
    );
    const contentHash = contentHashOf(document);
    await agreementVersionsRepository(trx, ctx.workspaceId).insert(agreement.id, 1, document, contentHash, '', now);
    await appendAudit(trx, ctx.workspaceId, { agreementId: agreement.id, type: 'created', actor: 'freelancer', versionNumber: 1, contentHash, occurredAt: now, details: { kind: input.kind, templateId: input.templateId ?? null } });
    return presentForFreelancer(trx, ctx, agreement);
  });
}
