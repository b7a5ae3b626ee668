// One invoice's automatic reminder, if a step is due today: the step is recorded under (invoice, step) and the email queued
// in the same transaction, so a crash, a restart or a second server never sends it twice and never loses it.
import type { Clock } from '../clock.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { invoicePaymentsRepository } from '../db/repositories/invoice-payments.ts';
import { invoicesRepository } from '../db/repositories/invoices.ts';
import { balanceOf, isOpen } from '../domain/invoicing/invoice-status.ts';
import { pausedRanges } from '../domain/invoicing/promises.ts';
import { reminderDue } from '../domain/invoicing/reminders.ts';
import { translatorFor } from '../i18n/server.ts';
import { invoiceReminderEmail } from '../outputs/email/invoice-reminder.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import type { Language } from '../schemas/common.ts';
import { inTransaction, type AppDeps } from './context.ts';
import { loadInvoicingSettings } from './invoicing-settings.ts';
import { assessInvoiceFees, nextReminderOn, policyLetters, scheduleFor, workspaceToday } from './invoicing-support.ts';
import { newPortalInvoiceUrl } from './portal-invoice-support.ts';

export type ReminderOutcome = 'sent' | 'no_address' | 'none';

export async function sendInvoiceReminder({ deps, workspaceId, invoiceId }: { deps: AppDeps & { clock: Clock }; workspaceId: string; invoiceId: string }): Promise<ReminderOutcome> {
  return inTransaction(deps, async (trx) => {
    const invoices = invoicesRepository(trx, workspaceId);
    const invoice = await invoices.findForUpdate(invoiceId);
    if (!invoice) return 'none';
    const children = invoicePaymentsRepository(trx, workspaceId);
    const { settings } = await loadInvoicingSettings(trx, workspaceId);
    const schedule = scheduleFor(settings, invoice.clientId);
    const promises = await children.promises([invoiceId]);
    const recorded = new Set((await children.reminderSteps(invoiceId)).map((s) => s.step));
    if (!isOpen(invoice.status) || invoice.dueOn === null) {
      await invoices.setNextReminderOn(invoiceId, null);
      return 'none';
    }
    const today = await workspaceToday(trx, workspaceId, deps.clock);
    const decision = reminderDue(schedule, { dueOn: invoice.dueOn, today, balance: balanceOf(invoice), recordedSteps: recorded, pausedRanges: pausedRanges(promises) });
    let outcome: ReminderOutcome = 'none';
    if (decision.action === 'send') {
      const now = deps.clock.nowIso();
      for (const step of decision.passedOver) if (await children.recordReminderStep(invoiceId, step, 'passed_over', now)) recorded.add(step);
      const client = await clientsRepository(trx, workspaceId).findById(invoice.clientId);
      const contact = client?.contacts.find((c) => c.email.trim() !== '');
      outcome = contact ? 'sent' : 'no_address';
      // Read before this step is recorded: the freelancer hears about a missing address once per invoice, not at every step.
      const wasToldOfNoAddress = !contact && (await children.reminderSteps(invoiceId)).some((s) => s.outcome === 'no_address');
      // The unique key (invoice, step) is taken first: if another server got here, this insert is a no-op and nothing is queued.
      if (await children.recordReminderStep(invoiceId, decision.step, outcome, now)) {
        recorded.add(decision.step);
        if (client && contact) {
          const accounts = accountsRepository(trx);
          const [owner, workspace] = [await accounts.findOwner(workspaceId), await accounts.findWorkspace(workspaceId)];
          // The link opens this invoice's page in the portal, not the portal home.
          const invoiceUrl = await newPortalInvoiceUrl(trx, deps, workspaceId, client.id, invoiceId);
          const fees = await children.lateFees(invoiceId);
          const letters = policyLetters(await children.letters(invoice.clientId));
          const assessment = assessInvoiceFees(invoice, await children.payments([invoiceId]), promises, settings, today, letters);
          const language = invoice.language as Language;
          const email = invoiceReminderEmail(
            {
              language,
              contactName: contact.name || client.name,
              freelancer: invoice.seller.name || owner?.name || '',
              workspace: workspace?.name ?? '',
              number: invoice.number ?? '',
              currency: invoice.currency,
              total: invoice.total,
              balance: balanceOf(invoice),
              dueOn: invoice.dueOn,
              today,
              lateFeesCharged: fees.reduce((sum, f) => sum + f.amount, 0),
              accruedInterest: fees.some((f) => f.key === 'statutory_interest') ? null : (assessment?.accruedInterest ?? null),
              portalUrl: invoiceUrl,
            },
            translatorFor(language),
          );
          await queueEmail(trx, workspaceId, { idempotencyKey: `invoice-reminder:${invoiceId}:${decision.step}`, to: contact.email, ...email }, deps.email, now);
          await eventsRepository(trx, workspaceId).append(
            { clientId: invoice.clientId, type: 'reminder_sent', occurredAt: now, payload: { invoiceId, number: invoice.number, step: decision.step, to: contact.email }, isConfidential: false },
            now,
          );
        } else if (!wasToldOfNoAddress) {
          await eventsRepository(trx, workspaceId).append(
            { clientId: invoice.clientId, type: 'reminder_not_sent', occurredAt: now, payload: { invoiceId, number: invoice.number, step: decision.step }, isConfidential: false },
            now,
          );
        }
      } else outcome = 'none';
    }
    await invoices.setNextReminderOn(invoiceId, nextReminderOn(invoice, schedule, recorded, promises));
    return outcome;
  });
}
