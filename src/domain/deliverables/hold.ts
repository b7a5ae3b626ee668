// Deliver after payment (DOMAIN.md section 4): a contract's final deliverables wait in the portal while money for the
// contract is still owed, and go to the client as soon as it is paid.
import { balanceOf, type StoredInvoiceStatus } from '../invoicing/invoice-status.ts';
import type { PricingModel } from '../agreements/document.ts';
import { hasDepositPricing } from '../invoicing/deposit.ts';

/** An invoice that bills the contract (deposit, milestone, balance, retainer month…). */
export type BillingInvoice = {
  id: string;
  number: string | null;
  kind: string;
  series: 'default' | 'corrective';
  status: StoredInvoiceStatus;
  currency: string;
  /** Taxable base, minor units: what counts toward the contract's total. */
  base: number;
  total: number;
  paid: number;
  /** YYYY-MM for a retainer month billed in advance; null otherwise. */
  billingPeriod: string | null;
};

/** What a project contract is worth (fixed project, per deliverable); null for retainers and hourly work, which have no total. */
export type ContractTotal = { amount: number; currency: string } | null;

export function contractTotalOf(cost: { pricingModel: PricingModel; amount: number; currency: string }): ContractTotal {
  return hasDepositPricing(cost.pricingModel) && cost.amount > 0 ? { amount: cost.amount, currency: cost.currency } : null;
}

export type OpenInvoice = { invoiceId: string; number: string; balance: number; currency: string };
export type Money = { amount: number; currency: string };

export const holdReasons = ['open_balance', 'no_invoice_issued', 'total_not_invoiced'] as const;
export type HoldReason = (typeof holdReasons)[number];

export type Hold =
  | { isHeld: false }
  | { isHeld: true; reason: 'open_balance'; openInvoices: OpenInvoice[] }
  | { isHeld: true; reason: 'no_invoice_issued' }
  | { isHeld: true; reason: 'total_not_invoiced'; notInvoiced: Money };

export type HoldFacts = {
  invoices: readonly BillingInvoice[];
  total: ContractTotal;
  /** YYYY-MM, in the freelancer's zone, of the day the deliverable was added. */
  addedInMonth: string;
};

/** Issued and not void: a draft bills nothing yet, a void invoice was cancelled, a corrective one only settles a void one. */
function isBilling(invoice: BillingInvoice, addedInMonth: string): boolean {
  if (invoice.status === 'draft' || invoice.status === 'void' || invoice.series === 'corrective') return false;
  // A retainer month billed in advance pays for that month's work, not for what was delivered before it.
  return invoice.billingPeriod === null || invoice.billingPeriod <= addedInMonth;
}

/**
 * Why a final deliverable still waits, or that it need not. It waits while any invoice of the contract has an open
 * balance, while nothing has been invoiced yet, and, on a project with a known total, while part of that total has not
 * been invoiced (a paid deposit is not the balance).
 */
export function holdOf({ invoices, total, addedInMonth }: HoldFacts): Hold {
  const billing = invoices.filter((invoice) => isBilling(invoice, addedInMonth));
  const open = billing.filter((invoice) => balanceOf(invoice) > 0);
  if (open.length > 0) {
    return { isHeld: true, reason: 'open_balance', openInvoices: open.map((i) => ({ invoiceId: i.id, number: i.number ?? '', balance: balanceOf(i), currency: i.currency })) };
  }
  if (billing.length === 0) return { isHeld: true, reason: 'no_invoice_issued' };
  if (total) {
    // Late fees are charged on top of the work: they never make up part of the contract's total.
    const invoiced = billing.filter((i) => i.kind !== 'late_fee' && i.currency === total.currency).reduce((sum, i) => sum + i.base, 0);
    if (invoiced < total.amount) return { isHeld: true, reason: 'total_not_invoiced', notInvoiced: { amount: total.amount - invoiced, currency: total.currency } };
  }
  return { isHeld: false };
}

/** What the client must still pay before held deliverables are released, one sum per currency (usually one). */
export function amountsDue(holds: readonly Hold[]): Money[] {
  const byInvoice = new Map<string, OpenInvoice>();
  for (const hold of holds) if (hold.isHeld && hold.reason === 'open_balance') for (const invoice of hold.openInvoices) byInvoice.set(invoice.invoiceId, invoice);
  const byCurrency = new Map<string, number>();
  for (const invoice of byInvoice.values()) byCurrency.set(invoice.currency, (byCurrency.get(invoice.currency) ?? 0) + invoice.balance);
  return [...byCurrency].map(([currency, amount]) => ({ amount, currency }));
}

/** The month (YYYY-MM) of a local date (YYYY-MM-DD). */
export function monthOf(localDate: string): string {
  return localDate.slice(0, 7);
}
