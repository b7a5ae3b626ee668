// Charges the late fees an invoice's rule makes due by today, each once under its key, with a timeline entry per new charge.
import type { Db } from '../db/connect.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { invoicePaymentsRepository } from '../db/repositories/invoice-payments.ts';
import type { InvoiceRecord } from '../db/repositories/invoices.ts';
import type { InvoicingSettings } from '../schemas/invoices.ts';
import type { Clock } from '../clock.ts';
import { invoicesRepository } from '../db/repositories/invoices.ts';
import { isOpen } from '../domain/invoicing/invoice-status.ts';
import { inTransaction, type AppDeps } from './context.ts';
import { loadInvoicingSettings } from './invoicing-settings.ts';
import { assessInvoiceFees, policyLetters, workspaceToday } from './invoicing-support.ts';

export type AppliedLateFees = { charged: number; missingRates: string[] };

/** Inside the caller's transaction (the late-fees job, or a payment that settles the principal and fixes interest). */
export async function applyDueLateFees(trx: Db, workspaceId: string, clock: Clock, invoice: InvoiceRecord, settings: InvoicingSettings, today: string): Promise<AppliedLateFees> {
  const children = invoicePaymentsRepository(trx, workspaceId);
  const letters = policyLetters(await children.letters(invoice.clientId));
  const assessment = assessInvoiceFees(invoice, await children.payments([invoice.id]), await children.promises([invoice.id]), settings, today, letters);
  if (!assessment) return { charged: 0, missingRates: [] };
  const now = clock.nowIso();
  let charged = 0;
  for (const charge of assessment.charges) {
    if (!(await children.recordLateFee(invoice.id, charge, now))) continue;
    charged += 1;
    await eventsRepository(trx, workspaceId).append(
      {
        clientId: invoice.clientId,
        type: 'late_fee_applied',
        occurredAt: now,
        payload: { invoiceId: invoice.id, number: invoice.number, reason: charge.reason, amount: charge.amount, currency: invoice.currency, chargedOn: charge.chargedOn },
        isConfidential: false,
      },
      now,
    );
  }
  return { charged, missingRates: assessment.missingRates };
}

/** The late-fees job's step for one invoice, in its own transaction (the invoice row locked, so a payment waits for it). */
export async function applyInvoiceLateFees({ deps, workspaceId, invoiceId }: { deps: AppDeps; workspaceId: string; invoiceId: string }): Promise<AppliedLateFees> {
  return inTransaction(deps, async (trx) => {
    const invoice = await invoicesRepository(trx, workspaceId).findForUpdate(invoiceId);
    if (!invoice || !isOpen(invoice.status)) return { charged: 0, missingRates: [] };
    const { settings } = await loadInvoicingSettings(trx, workspaceId);
    return applyDueLateFees(trx, workspaceId, deps.clock, invoice, settings, await workspaceToday(trx, workspaceId, deps.clock));
  });
}
