// Sends a client the policy-update form letter: from its effective date, a late-fee rule applies to their invoices whose
// terms have none. The letter is stored and its email queued in one transaction.
import { accountsRepository } from '../db/repositories/accounts.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { invoicePaymentsRepository, type LetterRecord } from '../db/repositories/invoice-payments.ts';
import { MIN_LETTER_NOTICE_DAYS } from '../domain/invoicing/late-fee-terms.ts';
import { addDays, daysBetween } from '../domain/invoicing/local-dates.ts';
import { AppError, invalidField, notFound } from '../errors.ts';
import { translatorFor } from '../i18n/server.ts';
import { lateFeeLetterEmail } from '../outputs/email/invoice-late-fee-letter.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import type { SendLateFeeLetterBody } from '../schemas/invoices.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { checkRuleCurrency } from './create-invoice.ts';
import { loadInvoicingSettings } from './invoicing-settings.ts';
import { toApiRule, toDomainRule, workspaceToday } from './invoicing-support.ts';

function present(letter: LetterRecord, today: string) {
  return { id: letter.id, clientId: letter.clientId, rule: toApiRule(letter.rule)!, effectiveOn: letter.effectiveOn, sentTo: letter.sentTo, createdAt: letter.createdAt, isInEffect: daysBetween(letter.effectiveOn, today) >= 0 };
}

export async function sendLateFeeLetter({ ctx, clientId, letter }: { ctx: WorkspaceContext; clientId: string; letter: SendLateFeeLetterBody }) {
  return inTransaction(ctx, async (trx) => {
    const client = await clientsRepository(trx, ctx.workspaceId).findById(clientId);
    if (!client) throw notFound('This client');
    const today = await workspaceToday(trx, ctx.workspaceId, ctx.clock);
    if (daysBetween(today, letter.effectiveOn) < MIN_LETTER_NOTICE_DAYS) {
      throw invalidField('effectiveOn', `Give the client at least ${MIN_LETTER_NOTICE_DAYS} days' notice: pick ${addDays(today, MIN_LETTER_NOTICE_DAYS)} or later.`);
    }
    const rule = toDomainRule(letter.rule);
    try {
      checkRuleCurrency(rule, client.currency);
    } catch {
      throw invalidField('rule', `The ${letter.rule.kind} rule applies to invoices in ${letter.rule.kind === 'statutory_eu' ? 'EUR' : 'GBP'}; this client is billed in ${client.currency}.`);
    }
    const contact = client.contacts.find((c) => c.email.trim() !== '');
    if (!contact) {
      throw new AppError('unprocessable', `${client.name} has no contact email, so the letter cannot be sent. Add an email to one of their contacts, then send it again.`, {
        errors: [{ field: 'contacts', message: 'Add an email address to a contact of this client.' }],
      });
    }
    const now = ctx.clock.nowIso();
    const children = invoicePaymentsRepository(trx, ctx.workspaceId);
    const id = await children.insertLetter(clientId, { rule, effectiveOn: letter.effectiveOn, sentTo: contact.email }, now);
    const accounts = accountsRepository(trx);
    const [owner, workspace] = [await accounts.findOwner(ctx.workspaceId), await accounts.findWorkspace(ctx.workspaceId)];
    const { settings } = await loadInvoicingSettings(trx, ctx.workspaceId);
    const email = lateFeeLetterEmail(
      { language: client.language, contactName: contact.name || client.name, freelancer: settings.seller.name || owner?.name || '', workspace: workspace?.name ?? '', currency: client.currency, rule: letter.rule, effectiveOn: letter.effectiveOn },
      translatorFor(client.language),
    );
    await queueEmail(trx, ctx.workspaceId, { idempotencyKey: `late-fee-letter:${id}`, to: contact.email, ...email }, ctx.email, now);
    return present((await children.letters(clientId)).find((l) => l.id === id)!, today);
  });
}

export async function listLateFeeLetters({ ctx, clientId }: { ctx: WorkspaceContext; clientId: string }) {
  if (!(await clientsRepository(ctx.db, ctx.workspaceId).exists(clientId))) throw notFound('This client');
  const today = await workspaceToday(ctx.db, ctx.workspaceId, ctx.clock);
  return { items: (await invoicePaymentsRepository(ctx.db, ctx.workspaceId).letters(clientId)).map((letter) => present(letter, today)) };
}
