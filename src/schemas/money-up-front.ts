// Contracts for money up front (DOMAIN.md section 4): the "ready to start as soon as the deposit arrives" message, and
// the late-fee invoice that bills the fees an invoice has been charged.
import { z } from 'zod';
import { InvoiceStatus } from './invoices.ts';
import { Id, Language } from './common.ts';

export const ReadyToStart = z
  .object({
    agreementId: Id,
    isReady: z.boolean().describe('A signed contract with every client input received and its deposit issued and still unpaid.'),
    missingInputs: z.array(z.object({ id: z.string(), title: z.string() })).describe('Client inputs not received yet.'),
    depositInvoice: z
      .object({ id: Id, number: z.string().nullable().describe('Null while it is a draft.'), status: InvoiceStatus, balance: z.number().int(), total: z.number().int(), currency: z.string(), dueOn: z.string().nullable() })
      .nullable()
      .describe("The contract's deposit invoice; null when the contract has none."),
    draft: z
      .object({
        to: z.string().nullable().describe("The client's first contact email; null when they have none (add one before sending)."),
        language: Language,
        subject: z.string(),
        body: z.string().describe('Its portal-link placeholder becomes a fresh link to the client portal when sent.'),
      })
      .nullable()
      .describe('The message to send, in the client’s language, while it is ready and not sent yet.'),
    sentAt: z.string().nullable().describe('When the message was queued, once it has been.'),
  })
  .meta({ id: 'ReadyToStart' });
export type ReadyToStart = z.infer<typeof ReadyToStart>;

export const SendReadyToStartBody = z
  .object({
    subject: z.string().trim().min(1, 'Write a subject.').max(200, 'Keep the subject under 200 characters.'),
    body: z.string().trim().min(1, 'Write the message.').max(10_000, 'Keep the message under 10,000 characters.'),
  })
  .strict()
  .meta({ id: 'ReadyToStartMessage' });
export type SendReadyToStartBody = z.infer<typeof SendReadyToStartBody>;
