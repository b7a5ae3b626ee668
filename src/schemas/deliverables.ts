// Contracts for deliverables: what the freelancer adds to a contract (a file or a link), how each one stands (visible,
// held until paid, released), and what the client sees of them in the portal.
import { z } from 'zod';
import { deliverableKinds, deliverableStates, releaseCauses } from '../domain/deliverables/deliverable.ts';
import { holdReasons } from '../domain/deliverables/hold.ts';
import { Id } from './common.ts';

export const DeliverableIdParams = z.object({ id: Id });
export const PortalDeliverableParams = z.object({ token: z.string().min(20).max(200), deliverableId: Id });

const title = z.string().trim().min(1, 'Give it a title the client will recognise, such as "Final logo files".').max(200, 'Keep the title under 200 characters.');

/** Only web addresses: a javascript: or file: link must never reach a client's browser. */
const webAddress = z
  .string()
  .trim()
  .max(2000, 'Keep the address under 2,000 characters.')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'Use a web address that starts with https:// (or http://).');

/**
 * A link as JSON. A file is sent as multipart/form-data instead, with the fields `title`, `isFinal` ("true" or "false")
 * and `file`; the same rules apply to its fields.
 */
export const CreateDeliverableBody = z
  .object({
    title,
    url: webAddress.optional().describe('For a link: where the client finds the work. Leave out when uploading a file.'),
    isFinal: z.boolean().default(false).describe('true for final work: held in the portal until the contract is paid. false for a draft or preview, visible at once.'),
  })
  .strict()
  .meta({ id: 'NewDeliverable' });
export type CreateDeliverableBody = z.infer<typeof CreateDeliverableBody>;

const MoneyAmount = z.object({ amount: z.number().int(), currency: z.string() });

const OpenInvoice = z.object({ invoiceId: Id, number: z.string(), balance: z.number().int().describe('Minor units still owed.'), currency: z.string() });

export const Deliverable = z
  .object({
    id: Id,
    agreementId: Id,
    title: z.string(),
    kind: z.enum(deliverableKinds),
    url: z.string().nullable().describe('The link, for a link. A file is downloaded from /api/v1/deliverables/{id}/file.'),
    fileName: z.string().nullable(),
    mediaType: z.string().nullable(),
    sizeBytes: z.number().int().nullable(),
    isFinal: z.boolean(),
    state: z.enum(deliverableStates).describe('visible: a draft or preview the client sees at once; held: final work waiting for payment; released: final work the client can download.'),
    heldReason: z.enum(holdReasons).nullable().describe('Why a held deliverable waits: open_balance (see heldBy), no_invoice_issued, or total_not_invoiced (see notInvoiced).'),
    heldBy: z.array(OpenInvoice).describe('The invoices of the contract with money still owed; paying them releases it.'),
    notInvoiced: MoneyAmount.nullable().describe("The part of a project contract's total (taxable base) not invoiced yet."),
    releasedAt: z.string().nullable(),
    releasedBy: z.enum(releaseCauses).nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Deliverable' });
export type Deliverable = z.infer<typeof Deliverable>;

export const DeliverableList = z.object({
  items: z.array(Deliverable),
  canAdd: z.boolean().describe('Deliverables are added to a contract the client has received (sent, viewed or signed).'),
});
export type DeliverableList = z.infer<typeof DeliverableList>;

export const PortalDeliverable = z.object({
  id: Id,
  title: z.string(),
  kind: z.enum(deliverableKinds),
  state: z.enum(deliverableStates),
  isFinal: z.boolean(),
  url: z.string().nullable().describe('A link, once it may be opened; null while held.'),
  fileName: z.string().nullable().describe('A file, once it may be downloaded from …/deliverables/{id}/file; null while held.'),
  mediaType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  releasedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type PortalDeliverable = z.infer<typeof PortalDeliverable>;

export const PortalDeliverableGroup = z.object({
  agreementId: Id,
  title: z.string(),
  items: z.array(PortalDeliverable),
  payToRelease: z.array(OpenInvoice.pick({ invoiceId: true, number: true, balance: true, currency: true })).describe('Invoices to pay for the held work to be released.'),
  amountDue: z.array(MoneyAmount).describe('What is still owed before the held work is released, per currency.'),
  isAwaitingInvoice: z.boolean().describe('Held work also waits for an invoice not issued yet (the final invoice).'),
});

export const PortalDeliverableList = z.object({ contracts: z.array(PortalDeliverableGroup) }).meta({ id: 'PortalDeliverables' });
export type PortalDeliverableList = z.infer<typeof PortalDeliverableList>;
