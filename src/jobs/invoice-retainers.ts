// Daily: every signed retainer contract gets its monthly invoice on the retainer invoice day (the last working day of
// the month by default): next month's fee when billed in advance, this month's when billed in arrears. The invoice
// carries (contract, month) under a unique index and is written and issued in one transaction, so a crash, a rerun or a
// second server never bills a month twice; after days with the server off only the current period is caught up.
import type { Db } from '../db/connect.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { agreementsRepository } from '../db/repositories/agreements.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { addDays } from '../domain/invoicing/local-dates.ts';
import { retainerInvoiceDue, workDaysOf } from '../domain/invoicing/retainer-schedule.ts';
import { currentVersionOf, plainDateOf } from '../use-cases/agreement-support.ts';
import { inTransaction } from '../use-cases/context.ts';
import { contractLineText, draftContractInvoice, issueOrLeaveDraft, monthName } from '../use-cases/contract-invoice.ts';
import { loadInvoicingSettings } from '../use-cases/invoicing-settings.ts';
import { workspaceToday } from '../use-cases/invoicing-support.ts';
import { loadProfile } from '../use-cases/get-profile.ts';
import type { Job, JobContext, JobResult } from './job.ts';

const BATCH_SIZE = 500;
/** A contract billed in arrears is invoiced at the end of its last month; a server off for weeks still finds it. */
const ENDED_WITHIN_DAYS = 62;

type Outcome = 'issued' | 'left_as_draft' | 'not_due';

/**
 * Across workspaces: signed contracts whose term has not long ended, in id order. The pricing model lives in the
 * document, so every such contract is read; a workspace has a handful, and ended ones drop out by their end date.
 */
async function signedContracts(db: Db, endedOnOrAfter: string, afterId: string): Promise<{ id: string; workspaceId: string }[]> {
  const rows = await db
    .selectFrom('agreements')
    .select(['id', 'workspace_id'])
    .where('kind', '=', 'contract')
    .where('status', '=', 'signed')
    .where('term_ends_on', '>=', endedOnOrAfter)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(BATCH_SIZE)
    .execute();
  return rows.map((row) => ({ id: row.id, workspaceId: row.workspace_id }));
}

async function hasInvoiceFor(trx: Db, workspaceId: string, agreementId: string, billingPeriod: string): Promise<boolean> {
  const row = await trx.selectFrom('invoices').select('id').where('workspace_id', '=', workspaceId).where('agreement_id', '=', agreementId).where('billing_period', '=', billingPeriod).executeTakeFirst();
  return row !== undefined;
}

async function invoiceRetainerMonth(ctx: JobContext, workspaceId: string, agreementId: string): Promise<Outcome> {
  return inTransaction(ctx, async (trx) => {
    // Read again inside the transaction: the list was taken before, and the contract may have changed since.
    const agreement = await agreementsRepository(trx, workspaceId).findById(agreementId);
    if (!agreement || agreement.kind !== 'contract' || agreement.status !== 'signed' || agreement.signedAt === null) return 'not_due';
    const { document } = await currentVersionOf(trx, workspaceId, agreement);
    const { cost } = document;
    if (cost.pricingModel !== 'retainer' || cost.amount <= 0) return 'not_due';
    const client = await clientsRepository(trx, workspaceId).findById(agreement.clientId);
    // A client who has left (offboarded or archived) is not billed for months that no longer come.
    if (!client || client.isArchived || client.stage === 'past') return 'not_due';
    const workspace = await accountsRepository(trx).findWorkspace(workspaceId);
    if (!workspace) return 'not_due';
    const { settings } = await loadInvoicingSettings(trx, workspaceId);
    const profile = await loadProfile(trx, workspaceId);
    const weekly = profile.profile.dreamBusiness.officeHours.weekly;
    const blockedWeekdays = profile.profile.dreamBusiness.blockedDays.flatMap((day) => (day.kind === 'weekly' ? [day.weekday] : []));
    const today = await workspaceToday(trx, workspaceId, ctx.clock);
    const due = retainerInvoiceDue({
      today,
      setting: settings.retainerInvoiceDay,
      // Monday to Friday unless the freelancer has saved a profile whose office hours say otherwise.
      workDays: workDaysOf(profile.isComplete ? { weekly, blockedWeekdays } : null),
      isBilledInAdvance: cost.isRetainerBilledInAdvance,
      // The same start the term was counted from when it was signed.
      startDate: document.when.startDate ?? plainDateOf(agreement.signedAt, client.timeZone),
      termMonths: cost.termMonths,
    });
    if (due === null || (await hasInvoiceFor(trx, workspaceId, agreement.id, due.billingPeriod))) return 'not_due';
    const ctxForWorkspace = { ...ctx, workspaceId, userId: null };
    const draft = await draftContractInvoice(trx, ctxForWorkspace, {
      kind: 'retainer',
      agreement,
      document,
      client,
      description: contractLineText(client.language, 'retainer', { month: monthName(due.billingPeriod, client.language) }, agreement.title),
      base: cost.amount,
      dueOn: due.dueOn,
      billingPeriod: due.billingPeriod,
      settings,
    });
    const outcome = await issueOrLeaveDraft(trx, ctxForWorkspace, draft, agreement, settings, today);
    return outcome.isIssued ? 'issued' : 'left_as_draft';
  });
}

export const invoiceRetainersJob: Job = {
  name: 'retainer-invoices',
  async run(ctx: JobContext): Promise<JobResult> {
    const endedOnOrAfter = addDays(ctx.clock.nowIso().slice(0, 10), -ENDED_WITHIN_DAYS);
    let done = 0;
    let failed = 0;
    let afterId = '';
    for (;;) {
      const batch = await signedContracts(ctx.db, endedOnOrAfter, afterId);
      for (const { id, workspaceId } of batch) {
        try {
          if ((await invoiceRetainerMonth(ctx, workspaceId, id)) !== 'not_due') done += 1;
        } catch {
          // One broken contract must not hold back the others; it is counted and tried again on the next run.
          failed += 1;
        }
      }
      if (batch.length < BATCH_SIZE) break;
      afterId = batch[batch.length - 1]!.id;
    }
    return { done, failed };
  },
};
