// Charges late fees that fell due, across workspaces: only on open, overdue invoices whose terms include a late-fee rule.
import { overdueInvoicesWithRule } from '../db/repositories/invoice-payments.ts';
import { addDays } from '../domain/invoicing/local-dates.ts';
import { applyInvoiceLateFees } from '../use-cases/apply-late-fees.ts';
import type { Job, JobContext, JobResult } from './job.ts';

const BATCH_SIZE = 500;

export const applyLateFeesJob: Job = {
  name: 'late-fees',
  async run(ctx: JobContext): Promise<JobResult> {
    const dueBefore = addDays(ctx.clock.nowIso().slice(0, 10), 1);
    let done = 0;
    let failed = 0;
    let afterId = '';
    for (;;) {
      const batch = await overdueInvoicesWithRule(ctx.db, dueBefore, afterId, BATCH_SIZE);
      for (const { id, workspaceId } of batch) {
        try {
          done += (await applyInvoiceLateFees({ deps: ctx, workspaceId, invoiceId: id })).charged;
        } catch {
          failed += 1;
        }
      }
      if (batch.length < BATCH_SIZE) break;
      afterId = batch[batch.length - 1]!.id;
    }
    return { done, failed };
  },
};
