// "Ready to start as soon as the deposit arrives": once every client input of a signed contract is in and its deposit is
// still unpaid, Sana drafts the message in the client's language; the freelancer edits it and it goes to the outbox once.
import type { Db } from '../db/connect.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import type { AgreementRecord } from '../db/repositories/agreements.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import type { InvoiceRecord } from '../db/repositories/invoices.ts';
import { balanceOf, statusOn } from '../domain/invoicing/invoice-status.ts';
import { AppError, notFound } from '../errors.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import { readyToStartDraft, withPortalLink } from '../outputs/email/ready-to-start-draft.ts';
import type { Client } from '../schemas/clients.ts';
import type { ReadyToStart, SendReadyToStartBody } from '../schemas/money-up-front.ts';
import { currentVersionOf, loadAgreement, noteOnTimeline } from './agreement-support.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { findDepositInvoice } from './invoice-deposit-on-signing.ts';
import { workspaceToday } from './invoicing-support.ts';
import { insertPortalLink, portalUrl } from './manage-portal-links.ts';

/** One message per deposit invoice: sending twice (a double click, two tabs) queues it once. */
const messageKey = (agreementId: string, invoiceId: string) => `ready-to-start:${agreementId}:${invoiceId}`;

type State = { view: ReadyToStart; client: Client; deposit: InvoiceRecord | undefined };

async function sentAt(db: Db, workspaceId: string, key: string): Promise<string | null> {
  const row = await db.selectFrom('outbox').select('created_at').where('workspace_id', '=', workspaceId).where('idempotency_key', '=', key).executeTakeFirst();
  return row?.created_at ?? null;
}

async function readyState(db: Db, ctx: WorkspaceContext, agreement: AgreementRecord): Promise<State> {
  const client = await clientsRepository(db, ctx.workspaceId).findById(agreement.clientId);
  if (!client) throw notFound('This client');
  const { document } = await currentVersionOf(db, ctx.workspaceId, agreement);
  const missingInputs = document.when.clientInputs.filter((input) => !agreement.inputReceipts[input.id]).map(({ id, title }) => ({ id, title }));
  const found = await findDepositInvoice(db, ctx.workspaceId, agreement.id);
  const deposit = found?.status === 'void' ? undefined : found;
  const today = await workspaceToday(db, ctx.workspaceId, ctx.clock);
  const balance = deposit ? balanceOf(deposit) : 0;
  const isReady = agreement.kind === 'contract' && agreement.status === 'signed' && missingInputs.length === 0 && deposit !== undefined && deposit.number !== null && balance > 0;
  const sent = deposit ? await sentAt(db, ctx.workspaceId, messageKey(agreement.id, deposit.id)) : null;
  let draft: ReadyToStart['draft'] = null;
  if (isReady && deposit && sent === null) {
    const owner = await accountsRepository(db).findOwner(ctx.workspaceId);
    const contact = client.contacts.find((c) => c.email.trim() !== '');
    const written = readyToStartDraft({
      language: client.language,
      contactName: contact?.name || client.name,
      freelancer: deposit.seller.name || owner?.name || '',
      title: agreement.title,
      number: deposit.number ?? '',
      balance,
      currency: deposit.currency,
      dueOn: deposit.dueOn,
    });
    draft = { to: contact?.email ?? null, language: client.language, ...written };
  }
  const depositInvoice = deposit
    ? { id: deposit.id, number: deposit.number, status: statusOn(deposit, today), balance, total: deposit.total, currency: deposit.currency, dueOn: deposit.dueOn }
    : null;
  return { view: { agreementId: agreement.id, isReady, missingInputs, depositInvoice, draft, sentAt: sent }, client, deposit };
}

export async function getReadyToStart({ ctx, agreementId }: { ctx: WorkspaceContext; agreementId: string }): Promise<ReadyToStart> {
  const agreement = await loadAgreement(ctx.db, ctx.workspaceId, agreementId);
  return (await readyState(ctx.db, ctx, agreement)).view;
}

/** Why a message cannot go yet, in the words a freelancer would use. */
function notReadyReason(view: ReadyToStart, agreement: AgreementRecord): string {
  if (agreement.kind !== 'contract' || agreement.status !== 'signed') return 'The contract is not signed by both of you yet; the message goes once it is.';
  if (view.depositInvoice === null) return 'This contract has no deposit invoice, so there is no deposit to wait for.';
  if (view.depositInvoice.number === null) return 'The deposit invoice is still a draft: complete it and issue it first.';
  if (view.depositInvoice.balance === 0) return 'The deposit is paid already: you can simply start.';
  return `Some client inputs have not arrived yet: ${view.missingInputs.map((i) => i.title).join(', ')}. Record them when they do.`;
}

export type SendReadyToStartOptions = { ctx: WorkspaceContext; agreementId: string; message: SendReadyToStartBody };

export async function sendReadyToStart({ ctx, agreementId, message }: SendReadyToStartOptions): Promise<ReadyToStart> {
  return inTransaction(ctx, async (trx) => {
    const agreement = await loadAgreement(trx, ctx.workspaceId, agreementId);
    const { view, client, deposit } = await readyState(trx, ctx, agreement);
    if (view.sentAt !== null) throw new AppError('conflict', `This message was already sent (${view.sentAt}); it goes once per deposit invoice. See it in the outbox.`);
    if (!view.isReady || !deposit) throw new AppError('conflict', notReadyReason(view, agreement));
    const contact = client.contacts.find((c) => c.email.trim() !== '');
    if (!contact) {
      const text = `${client.name} has no contact email, so the message cannot be sent. Add an email to one of their contacts, then send it again.`;
      throw new AppError('unprocessable', text, { errors: [{ field: 'to', message: 'Add an email address to a contact of this client.' }] });
    }
    const now = ctx.clock.nowIso();
    const { token } = await insertPortalLink(trx, ctx.workspaceId, client.id, ctx.clock);
    const bodyText = withPortalLink(message.body, portalUrl(ctx.publicUrl, token), client.language);
    const email = { idempotencyKey: messageKey(agreement.id, deposit.id), to: contact.email, subject: message.subject, bodyText };
    // Taken by another request at the same moment: this one stops, and its timeline note rolls back with it.
    if (!(await queueEmail(trx, ctx.workspaceId, email, ctx.email, now))) throw new AppError('conflict', 'This message was just sent from elsewhere; it goes once per deposit invoice. See it in the outbox.');
    await noteOnTimeline(
      trx,
      ctx.workspaceId,
      client.id,
      'ready_to_start_sent',
      { agreementId: agreement.id, title: agreement.title, invoiceId: deposit.id, number: deposit.number, amount: balanceOf(deposit), currency: deposit.currency, to: contact.email, subject: message.subject },
      now,
    );
    return (await readyState(trx, ctx, agreement)).view;
  });
}
