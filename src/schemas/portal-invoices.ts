// Contracts for invoices in the client portal: what a client with a link sees of their invoices, and nothing internal
// (no promises, reminder log, versions or payment references).
import { z } from 'zod';
import { Id, Language } from './common.ts';
import { InvoiceKind, InvoiceStatus, LateFeeRule } from './invoices.ts';
import { PortalParams } from './portal.ts';

export const PortalInvoiceParams = PortalParams.extend({ invoiceId: Id });

/** A client never sees a draft. */
export const PortalInvoiceStatus = InvoiceStatus.exclude(['draft']).describe('As of today: an open invoice past its due date is overdue.');
export type PortalInvoiceStatus = z.infer<typeof PortalInvoiceStatus>;

export const PortalInvoiceSummary = z
  .object({
    id: Id,
    number: z.string(),
    kind: InvoiceKind,
    status: PortalInvoiceStatus,
    isCorrective: z.boolean().describe('A corrective invoice cancels another one; nothing is owed on it.'),
    currency: z.string(),
    issueDate: z.string(),
    dueOn: z.string(),
    total: z.number().int().describe('Minor units of the currency.'),
    balance: z.number().int().describe('Still owed, in minor units; 0 once paid or void.'),
  })
  .meta({ id: 'PortalInvoiceSummary' });
export type PortalInvoiceSummary = z.infer<typeof PortalInvoiceSummary>;

export const PortalInvoiceList = z.object({ items: z.array(PortalInvoiceSummary).describe('Newest first.') });
export type PortalInvoiceList = z.infer<typeof PortalInvoiceList>;

const Party = z.object({ name: z.string(), taxId: z.string(), address: z.string() });

export const PortalInvoice = PortalInvoiceSummary.extend({
  language: Language.describe('The language the invoice (and its PDF) is written in.'),
  operationDate: z.string().nullable(),
  seller: Party,
  buyer: Party,
  lines: z.array(z.object({ description: z.string(), quantity: z.number(), unitPrice: z.number().int(), discount: z.number().int(), taxRate: z.number(), base: z.number().int(), tax: z.number().int() })),
  taxes: z.array(z.object({ taxRate: z.number(), base: z.number().int(), tax: z.number().int() })).describe('Base, rate and amount per rate.'),
  base: z.number().int(),
  tax: z.number().int(),
  withholdingRate: z.number(),
  withholding: z.number().int(),
  paid: z.number().int(),
  paidInFullOn: z.string().nullable().describe('The day the last payment settled it; null while anything is owed.'),
  notes: z.string().describe('The notes printed on the invoice (on a corrective invoice: why the other one was cancelled).'),
  payments: z.array(z.object({ amount: z.number().int(), paidOn: z.string() })),
  lateFees: z.object({
    basis: z.enum(['terms', 'policy_letter']).nullable().describe('Why fees may apply: the agreed terms, or a payment-terms update sent earlier; null for none.'),
    rule: LateFeeRule.nullable(),
    effectiveOn: z.string().nullable().describe('Under a payment-terms update: the day it took effect.'),
    charges: z.array(z.object({ reason: z.enum(['flat', 'percent_once', 'percent_monthly', 'statutory_compensation', 'statutory_interest']), amount: z.number().int(), chargedOn: z.string() })),
    chargedTotal: z.number().int(),
    accruedInterest: z.number().int().nullable().describe('Statutory interest accrued as of today, not yet charged.'),
    asOf: z.string().describe("Today's date, for the amounts above."),
  }),
  correctsNumber: z.string().nullable().describe('On a corrective invoice: the number of the invoice it cancels.'),
  correctedByNumber: z.string().nullable().describe('On a void invoice: the number of the corrective invoice that cancelled it.'),
}).meta({ id: 'PortalInvoice' });
export type PortalInvoice = z.infer<typeof PortalInvoice>;
