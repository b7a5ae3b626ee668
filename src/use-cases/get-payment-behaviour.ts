// How a client pays: on-time rate, average days late and its trend, promises kept and broken, what is still owed.
import { clientsRepository } from '../db/repositories/clients.ts';
import { invoicePaymentsRepository } from '../db/repositories/invoice-payments.ts';
import { invoicesRepository } from '../db/repositories/invoices.ts';
import { balanceOf, isOpen } from '../domain/invoicing/invoice-status.ts';
import { paymentBehaviour, type PaidInvoiceFacts } from '../domain/invoicing/payment-behaviour.ts';
import { promiseOutcome } from '../domain/invoicing/promises.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from './context.ts';
import { paidInFullOn, workspaceToday } from './invoicing-support.ts';

export async function getPaymentBehaviour({ ctx, clientId }: { ctx: WorkspaceContext; clientId: string }) {
  if (!(await clientsRepository(ctx.db, ctx.workspaceId).exists(clientId))) throw notFound('This client');
  const today = await workspaceToday(ctx.db, ctx.workspaceId, ctx.clock);
  // Corrective invoices and the void ones they cancel say nothing about how the client pays.
  const invoices = (await invoicesRepository(ctx.db, ctx.workspaceId).listIssuedForClient(clientId)).filter((i) => i.status !== 'void' && i.correctsInvoiceId === null);
  const children = invoicePaymentsRepository(ctx.db, ctx.workspaceId);
  const ids = invoices.map((i) => i.id);
  const [payments, promises] = [await children.payments(ids), await children.promises(ids)];
  const paidOnById = new Map(invoices.map((i) => [i.id, paidInFullOn(i, payments.filter((p) => p.invoiceId === i.id))]));
  const paid: PaidInvoiceFacts[] = invoices.flatMap((i) => {
    const on = paidOnById.get(i.id);
    return i.status === 'paid' && on && i.dueOn ? [{ dueOn: i.dueOn, paidInFullOn: on }] : [];
  });
  const outcomes = promises.map((p) => promiseOutcome(p, paidOnById.get(p.invoiceId) ?? null, today));
  return {
    clientId,
    ...paymentBehaviour(paid, outcomes),
    openBalance: invoices.filter((i) => isOpen(i.status)).reduce((sum, i) => sum + balanceOf(i), 0),
  };
}
