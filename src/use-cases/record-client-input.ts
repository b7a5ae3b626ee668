// The freelancer records when a client input really arrived: milestones hanging on a late input move, both parties are
// told by email, and the timeline shows the shift. The signed text never changes; the receipts live beside it.
import { accountsRepository } from '../db/repositories/accounts.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { recordInputReceipt } from '../domain/agreements/schedule.ts';
import { AppError, invalidField, notFound } from '../errors.ts';
import { milestonesShiftedEmail } from '../outputs/email/agreement-emails.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import type { RecordClientInputBody } from '../schemas/agreements.ts';
import type { Language } from '../schemas/common.ts';
import { appendAudit, currentVersionOf, loadAgreement, noteOnTimeline, todayIn, updateOrConflict } from './agreement-support.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { presentForFreelancer } from './get-agreement.ts';

export type RecordClientInputOptions = { ctx: WorkspaceContext; agreementId: string; input: RecordClientInputBody };

export async function recordClientInput({ ctx, agreementId, input }: RecordClientInputOptions) {
  return inTransaction(ctx, async (trx) => {
    const agreement = await loadAgreement(trx, ctx.workspaceId, agreementId);
    if (agreement.status === 'declined') throw new AppError('conflict', 'This proposal was declined, so its deadlines no longer apply.');
    const client = await clientsRepository(trx, ctx.workspaceId).findById(agreement.clientId);
    if (!client) throw notFound('This client');
    if (input.receivedOn > todayIn(ctx.clock, client.timeZone)) throw invalidField('receivedOn', 'An input cannot arrive in the future: use the day it really arrived.');
    const version = await currentVersionOf(trx, ctx.workspaceId, agreement);
    const input_ = version.document.when.clientInputs.find((i) => i.id === input.inputId);
    const recorded = input_ ? recordInputReceipt(version.document.when, agreement.inputReceipts, input.inputId, input.receivedOn) : null;
    if (!input_ || !recorded) throw invalidField('inputId', 'This agreement has no client input with this id. Use an id from document.when.clientInputs.');

    const now = ctx.clock.nowIso();
    const saved = await updateOrConflict(trx, ctx.workspaceId, agreement, { inputReceipts: recorded.receipts }, now);
    const details = { inputId: input.inputId, receivedOn: input.receivedOn, delayDays: recorded.delayDays, shifts: recorded.shifts };
    await appendAudit(trx, ctx.workspaceId, { agreementId: agreement.id, type: 'input_received', actor: 'freelancer', versionNumber: version.number, contentHash: version.contentHash, occurredAt: now, details });
    if (recorded.shifts.length > 0) {
      await noteOnTimeline(trx, ctx.workspaceId, agreement.clientId, 'milestones_shifted', { agreementId: agreement.id, title: agreement.title, inputTitle: input_.title, ...details }, now);
      const [owner, workspace] = [await accountsRepository(trx).findOwner(ctx.workspaceId), await accountsRepository(trx).findWorkspace(ctx.workspaceId)];
      if (!owner || !workspace) throw notFound('This workspace');
      const common = { freelancer: owner.name, workspace: workspace.name, title: agreement.title, kind: agreement.kind, inputTitle: input_.title, receivedOn: input.receivedOn, delayDays: recorded.delayDays, shifts: recorded.shifts };
      const key = `agreement-shift:${agreement.id}:${input.inputId}:${input.receivedOn}`;
      // Both parties are told; a client without an email is told through the portal, where the schedule shows the new dates.
      const contact = client.contacts.find((c) => c.email.trim() !== '');
      if (contact) await queueEmail(trx, ctx.workspaceId, { idempotencyKey: `${key}:client`, to: contact.email, ...milestonesShiftedEmail({ ...common, language: client.language, name: contact.name || client.name }) }, ctx.email, now);
      const ownerLanguage: Language = owner.language === 'es' ? 'es' : 'en';
      await queueEmail(trx, ctx.workspaceId, { idempotencyKey: `${key}:freelancer`, to: owner.email, ...milestonesShiftedEmail({ ...common, language: ownerLanguage, name: owner.name }) }, ctx.email, now);
    }
    return { delayDays: recorded.delayDays, shifts: recorded.shifts, agreement: await presentForFreelancer(trx, ctx, saved) };
  });
}
