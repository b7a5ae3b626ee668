// Money up front: the moment a contract is signed by both parties, its deposit invoice is written and issued, in the
// same transaction as the last signature. When issuing is refused, the signature still stands and the draft waits.
import type { Db } from '../db/connect.ts';
import type { AgreementRecord } from '../db/repositories/agreements.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { toInvoiceRecord, type InvoiceRecord } from '../db/repositories/invoices.ts';
import type { AgreementDocument } from '../domain/agreements/document.ts';
import { depositOf } from '../domain/invoicing/deposit.ts';
import { addDays } from '../domain/invoicing/local-dates.ts';
import { formatPercent } from '../outputs/pdf/invoice-format.ts';
import type { WorkspaceContext } from './context.ts';
import { contractLineText, draftContractInvoice, issueOrLeaveDraft } from './contract-invoice.ts';
import { loadInvoicingSettings } from './invoicing-settings.ts';
import { workspaceToday } from './invoicing-support.ts';

/** The contract's deposit invoice (whatever its status), if one was ever written. */
export async function findDepositInvoice(db: Db, workspaceId: string, agreementId: string): Promise<InvoiceRecord | undefined> {
  const row = await db
    .selectFrom('invoices')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('agreement_id', '=', agreementId)
    .where('kind', '=', 'deposit')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row && toInvoiceRecord(row);
}

export type DepositOnSigningOptions = { trx: Db; ctx: WorkspaceContext; agreement: AgreementRecord; document: AgreementDocument };

export type DepositOnSigning = 'no_deposit' | 'already_invoiced' | 'issued' | 'left_as_draft';

/** Inside the signing transaction, once the contract has just become fully signed. */
export async function invoiceDepositOnSigning({ trx, ctx, agreement, document }: DepositOnSigningOptions): Promise<DepositOnSigning> {
  const deposit = depositOf(document.cost);
  if (agreement.kind !== 'contract' || deposit === null) return 'no_deposit';
  // Signing happens once, but an imported workspace or a re-signed version must never bill the deposit twice.
  if (await findDepositInvoice(trx, ctx.workspaceId, agreement.id)) return 'already_invoiced';
  const client = await clientsRepository(trx, ctx.workspaceId).findById(agreement.clientId);
  if (!client) return 'no_deposit';
  const { settings } = await loadInvoicingSettings(trx, ctx.workspaceId);
  const today = await workspaceToday(trx, ctx.workspaceId, ctx.clock);
  const percent = formatPercent(deposit.percentBp / 100, client.language);
  const description = contractLineText(client.language, deposit.isRefundable ? 'depositRefundable' : 'deposit', { percent }, agreement.title);
  const draft = await draftContractInvoice(trx, ctx, {
    kind: 'deposit',
    agreement,
    document,
    client,
    description,
    base: deposit.base,
    dueOn: addDays(today, settings.depositDueDays),
    billingPeriod: null,
    settings,
  });
  const outcome = await issueOrLeaveDraft(trx, ctx, draft, agreement, settings, today);
  return outcome.isIssued ? 'issued' : 'left_as_draft';
}
