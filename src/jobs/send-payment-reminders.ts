// Sends the automatic payment reminders due today, across workspaces; reads only invoices whose next reminder day has come.
import { invoicesWithReminderDue, type ReminderCursor } from '../db/repositories/invoice-payments.ts';
import { addDays } from '../domain/invoicing/local-dates.ts';
import { sendInvoiceReminder } from '../use-cases/send-invoice-reminder.ts';
import type { Job, JobContext, JobResult } from './job.ts';

const BATCH_SIZE = 500;

export const sendPaymentRemindersJob: Job = {
  name: 'payment-reminders',
  async run(ctx: JobContext): Promise<JobResult> {
    // A workspace east of UTC may already be on tomorrow's date; each invoice is then checked against its own today.
    const until = addDays(ctx.clock.nowIso().slice(0, 10), 1);
    let done = 0;
    let failed = 0;
    let cursor: ReminderCursor | null = null;
    for (;;) {
      const batch = await invoicesWithReminderDue(ctx.db, until, cursor, BATCH_SIZE);
      for (const { id, workspaceId } of batch) {
        try {
          if ((await sendInvoiceReminder({ deps: ctx, workspaceId, invoiceId: id })) === 'sent') done += 1;
        } catch {
          // One broken invoice must not hold back the others; it is counted and tried again on the next run.
          failed += 1;
        }
      }
      if (batch.length < BATCH_SIZE) break;
      const last = batch[batch.length - 1]!;
      // Handled invoices move their next day forward; the cursor keeps any that stay put from being read twice.
      cursor = { nextReminderOn: last.nextReminderOn, id: last.id };
    }
    return { done, failed };
  },
};
