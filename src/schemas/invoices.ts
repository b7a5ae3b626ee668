// Contracts for invoicing (DOMAIN.md section 4): invoices, payments, promises to pay, payment behaviour, invoicing settings.
import { z } from 'zod';
import { invoiceKinds, invoiceStatuses } from '../domain/invoicing/invoice-status.ts';
import { isNumberPattern } from '../domain/invoicing/numbering.ts';
import { isValidSchedule } from '../domain/invoicing/reminders.ts';
import { paymentTrends } from '../domain/invoicing/payment-behaviour.ts';
import { Currency, Id, Language, PageQuery } from './common.ts';

const localDate = z.iso.date({ message: 'Use a date like 2027-05-14.' });
const moneyLimit = 1_000_000_000_000;
const amount = z.number().int('Money is a whole number of cents (minor units).').min(-moneyLimit).max(moneyLimit, 'That is more than Sana can add up; check the amount.');
const positiveAmount = z.number().int('Money is a whole number of cents (minor units).').min(1, 'Use an amount above 0.').max(moneyLimit, 'That is more than Sana can add up; check the amount.');
/** A percentage with at most two decimals (21, 10, 5.5), stored as basis points. */
const percent = (max: number) =>
  z
    .number()
    .min(0, 'Use 0 or more.')
    .max(max, `Use at most ${max}.`)
    .refine((value) => Number.isInteger(Math.round(value * 100)) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, 'Use at most two decimals, such as 21 or 5.5.');
const graceDays = z.number().int('Use a whole number of days.').min(0, 'Use 0 or more.').max(365, 'Use at most 365 days.');

export const InvoiceKind = z.enum(invoiceKinds);
export const InvoiceStatus = z.enum(invoiceStatuses);

export const InvoiceLineInput = z
  .object({
    description: z.string().trim().min(1, 'Describe the line.').max(500, 'Keep the description under 500 characters.'),
    quantity: z
      .number()
      .min(-1_000_000, 'Use a quantity between -1,000,000 and 1,000,000.')
      .max(1_000_000, 'Use a quantity between -1,000,000 and 1,000,000.')
      .refine((q) => Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6, 'Use at most three decimals, such as 1.5.')
      .default(1)
      .describe('Units or hours; up to three decimals. Negative on a credit line.'),
    unitPrice: amount.describe('Price per unit in minor units (cents).'),
    discount: z.number().int('Money is a whole number of cents (minor units).').min(0, 'Use 0 or more.').max(moneyLimit).default(0).describe('Taken off the line, in minor units.'),
    taxRate: percent(100).describe('VAT/IVA percentage of this line: 21, 10, 4, or 0 when exempt.'),
  })
  .strict();

export const Party = z
  .object({
    name: z.string().trim().max(200, 'Keep the name under 200 characters.').default(''),
    taxId: z.string().trim().max(50, 'Keep the tax id under 50 characters.').default(''),
    address: z.string().trim().max(500, 'Keep the address under 500 characters.').default(''),
  })
  .strict();

export const LateFeeRule = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('flat'), amount: positiveAmount, graceDays }).strict(),
    z.object({ kind: z.literal('percent_once'), percent: percent(100).refine((p) => p > 0, 'Use a percentage above 0.'), graceDays }).strict(),
    z
      .object({
        kind: z.literal('percent_monthly'),
        percent: percent(100).refine((p) => p > 0, 'Use a percentage above 0.'),
        graceDays,
        capPercent: percent(1000).nullable().default(null).describe('The fees never add up to more than this share of the principal.'),
      })
      .strict(),
    z.object({ kind: z.literal('statutory_eu') }).strict(),
    z.object({ kind: z.literal('statutory_uk') }).strict(),
  ])
  .describe('The late-fee rule the client’s signed terms include; null for none. Statutory EU needs EUR, UK needs GBP.')
  .meta({ id: 'LateFeeRule' });
export type LateFeeRule = z.infer<typeof LateFeeRule>;

const lines = z.array(InvoiceLineInput).max(200, 'At most 200 lines per invoice.');
const withholdingRate = z
  .union([z.literal(0), z.literal(7), z.literal(15)], { message: 'Use 0, 7 or 15 (IRPF percent).' })
  .describe('IRPF withholding percent on the taxable base: 15, 7 for new freelancers, or 0.');
const notes = z.string().trim().max(2000, 'Keep the notes under 2,000 characters.');

export const CreateInvoiceBody = z
  .object({
    clientId: Id,
    kind: InvoiceKind.default('standard'),
    currency: Currency.optional().describe("Defaults to the client's currency."),
    language: Language.optional().describe("Defaults to the client's language."),
    dueOn: localDate.nullable().default(null),
    operationDate: localDate.nullable().default(null).describe('When the work was done or delivered, if not the issue date.'),
    buyer: Party.optional().describe("The client's legal name, tax id and address; the name defaults to the client's company or name."),
    lines: lines.default([]),
    withholdingRate: withholdingRate.default(0),
    notes: notes.default(''),
    lateFeeRule: LateFeeRule.nullable().default(null),
    agreementId: Id.nullable().default(null).describe("The contract this invoice bills (the client's own): paying all of a contract's invoices releases its held final deliverables."),
  })
  .strict()
  .meta({ id: 'NewInvoice' });
export type CreateInvoiceBody = z.infer<typeof CreateInvoiceBody>;

export const UpdateInvoiceBody = z
  .object({
    version: z.number().int('Use the whole-number version you read.').min(1, 'Use the version you read (1 or more).'),
    kind: InvoiceKind.optional(),
    currency: Currency.optional(),
    language: Language.optional(),
    dueOn: localDate.nullable().optional(),
    operationDate: localDate.nullable().optional(),
    buyer: Party.optional(),
    lines: lines.optional(),
    withholdingRate: withholdingRate.optional(),
    notes: notes.optional(),
    lateFeeRule: LateFeeRule.nullable().optional(),
  })
  .strict()
  .meta({ id: 'InvoiceChanges' });
export type UpdateInvoiceBody = z.infer<typeof UpdateInvoiceBody>;

export const paymentMethods = ['bank_transfer', 'card', 'cash', 'cheque', 'direct_debit', 'paypal', 'other'] as const;

export const RecordPaymentBody = z
  .object({
    amount: positiveAmount.describe('In minor units; at most the balance.'),
    paidOn: localDate.describe('The day the money arrived; not in the future.'),
    method: z.enum(paymentMethods),
    reference: z.string().trim().max(200, 'Keep the reference under 200 characters.').default(''),
  })
  .strict()
  .meta({ id: 'NewPayment' });
export type RecordPaymentBody = z.infer<typeof RecordPaymentBody>;

export const RecordPromiseBody = z
  .object({
    promisedOn: localDate.describe('The date the client promised to pay by; today or later.'),
    note: z.string().trim().max(500, 'Keep the note under 500 characters.').default(''),
  })
  .strict()
  .meta({ id: 'NewPromiseToPay' });
export type RecordPromiseBody = z.infer<typeof RecordPromiseBody>;

export const VoidInvoiceBody = z
  .object({ reason: z.string().trim().min(1, 'Say why the invoice is voided; the corrective invoice states it.').max(500, 'Keep the reason under 500 characters.') })
  .strict();

export const InvoiceParams = z.object({ id: Id });

export const InvoiceListQuery = PageQuery.extend({
  status: InvoiceStatus.optional().describe('Only invoices in this status today.'),
  clientId: Id.optional(),
});

const InvoiceLine = z.object({
  description: z.string(),
  quantity: z.number(),
  unitPrice: z.number().int(),
  discount: z.number().int(),
  taxRate: z.number(),
  base: z.number().int().describe('round(quantity × unit price) − discount.'),
  tax: z.number().int(),
});

const PartyView = z.object({ name: z.string(), taxId: z.string(), address: z.string() });

export const Payment = z.object({ id: Id, amount: z.number().int(), paidOn: z.string(), method: z.enum(paymentMethods), reference: z.string(), createdAt: z.string() });
export const PromiseToPay = z.object({ id: Id, promisedOn: z.string(), recordedOn: z.string(), note: z.string(), outcome: z.enum(['pending', 'kept', 'broken']) });
const LateFeeCharge = z.object({ key: z.string(), reason: z.string(), amount: z.number().int(), chargedOn: z.string() });

export const Invoice = z
  .object({
    id: Id,
    clientId: Id,
    kind: InvoiceKind,
    status: InvoiceStatus.describe('As of today: an open invoice past its due date is overdue.'),
    number: z.string().nullable().describe('Null while a draft.'),
    series: z.enum(['default', 'corrective']),
    currency: z.string(),
    language: Language,
    issueDate: z.string().nullable(),
    operationDate: z.string().nullable(),
    dueOn: z.string().nullable(),
    seller: PartyView.describe('Frozen when issued.'),
    buyer: PartyView,
    lines: z.array(InvoiceLine),
    taxes: z.array(z.object({ taxRate: z.number(), base: z.number().int(), tax: z.number().int() })).describe('Base, rate and amount per rate.'),
    base: z.number().int(),
    tax: z.number().int(),
    withholdingRate: z.number(),
    withholding: z.number().int(),
    total: z.number().int().describe('base + tax − withholding.'),
    paid: z.number().int(),
    balance: z.number().int(),
    notes: z.string(),
    lateFeeRule: LateFeeRule.nullable(),
    lateFees: z.object({
      basis: z.enum(['terms', 'policy_letter']).nullable().describe("Why fees may apply: the invoice's own terms, or a policy-update letter in effect; null for none."),
      appliedRule: LateFeeRule.nullable(),
      effectiveOn: z.string().nullable().describe('Under a letter: the day fees may start counting from.'),
      charges: z.array(LateFeeCharge),
      chargedTotal: z.number().int(),
      accruedInterest: z.number().int().nullable().describe('Statutory interest accrued as of today, not yet charged.'),
      missingReferenceRates: z.array(z.string()).describe('Half-years whose reference rate must be entered in the invoicing settings.'),
    }),
    payments: z.array(Payment),
    promises: z.array(PromiseToPay),
    remindersSent: z.array(z.object({ step: z.string(), outcome: z.string(), recordedAt: z.string() })),
    correctsInvoiceId: Id.nullable(),
    agreementId: Id.nullable().describe('The contract this invoice bills (deposit, retainer month), if any.'),
    billingPeriod: z.string().nullable().describe('The month (YYYY-MM) a retainer invoice bills in advance.'),
    voidReason: z.string(),
    isSpanishInvoice: z.boolean().describe('Issued under Spanish rules: the fields RD 1619/2012 requires are present.'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    issuedAt: z.string().nullable(),
    viewedAt: z.string().nullable(),
    voidedAt: z.string().nullable(),
  })
  .meta({ id: 'Invoice' });
export type Invoice = z.infer<typeof Invoice>;

export const InvoiceSummary = Invoice.pick({ id: true, clientId: true, kind: true, status: true, number: true, currency: true, issueDate: true, dueOn: true, total: true, balance: true, updatedAt: true })
  .extend({ clientName: z.string() })
  .meta({ id: 'InvoiceSummary' });
export type InvoiceSummary = z.infer<typeof InvoiceSummary>;

export const InvoicePage = z.object({ items: z.array(InvoiceSummary), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

export const VoidedInvoice = z.object({ voided: Invoice, corrective: Invoice });

export const PaymentBehaviour = z
  .object({
    clientId: Id,
    paidInvoices: z.number().int(),
    onTimeRate: z.number().nullable().describe('0–1: share paid by the due date.'),
    averageDaysLate: z.number().nullable(),
    trend: z.enum(paymentTrends).describe('Last three paid invoices against the three before.'),
    recentAverageDaysLate: z.number().nullable(),
    previousAverageDaysLate: z.number().nullable(),
    promisesKept: z.number().int(),
    promisesBroken: z.number().int(),
    promisesPending: z.number().int(),
    openBalance: z.number().int().describe('Still owed on open invoices, in minor units (mixed currencies are not converted).'),
  })
  .meta({ id: 'PaymentBehaviour' });

const reminderDays = z
  .array(z.number().int('Use whole days.'))
  .refine(isValidSchedule, 'List 1 to 12 different whole days from -60 to 365 (negative is before the due date).');

const halfYearRates = z
  .record(z.string().regex(/^\d{4}-H[12]$/, 'Name a half-year like 2027-H1.'), percent(100))
  .describe('Percent per half-year, e.g. {"2027-H1": 2.15}.');

export const InvoicingSettings = z
  .object({
    seller: Party.describe('Your legal name, tax id (NIF) and address, printed on every invoice.'),
    numberPattern: z.string().refine(isNumberPattern, 'Use one run of 3 to 8 N for the number, e.g. YYYY-NNNN; YYYY restarts it each year.').default('YYYY-NNNN'),
    paymentTermsDays: z.number().int().min(0).max(365).default(30).describe('Days from issue to due date when a draft has none.'),
    reminderDays: reminderDays.default([-3, 0, 3, 7, 14, 30]),
    clientReminderDays: z.record(Id, reminderDays).default({}).describe('Per-client schedules that replace the default.'),
    euReferenceRates: halfYearRates.default({}).describe('ECB reference rate per half-year, for statutory_eu interest.'),
    ukBaseRates: halfYearRates.default({}).describe('Bank of England base rate per half-year, for statutory_uk interest.'),
    retainerInvoiceDay: z
      .union([z.literal('last_working_day'), z.number().int('Use a whole day of the month.').min(1, 'Use a day from 1 to 28.').max(28, 'Use a day from 1 to 28, so every month has it.')])
      .default('last_working_day')
      .describe('When the retainer job issues next month’s retainer invoice: the last working day of the month, or a fixed day (1–28).'),
    defaultTaxRate: percent(100).default(0).describe('VAT/IVA percent put on lines Sana writes itself (deposit, retainer, late-fee invoices) and on new lines.'),
    defaultWithholdingRate: withholdingRate.default(0).describe('IRPF withholding Sana puts on invoices it writes itself, and the default for new drafts.'),
    depositDueDays: z.number().int().min(0).max(90).default(7).describe('Days from signing to the deposit invoice’s due date.'),
  })
  .strict()
  .meta({ id: 'InvoicingSettings' });
export type InvoicingSettings = z.infer<typeof InvoicingSettings>;

export const InvoicingSettingsResponse = z.object({ settings: InvoicingSettings, version: z.number().int(), isSpanishWorkspace: z.boolean() });
export const SaveInvoicingSettingsBody = z.object({ settings: InvoicingSettings, version: z.number().int().min(0).describe('The version you read (0 before the first save).') }).strict();

export const SendLateFeeLetterBody = z
  .object({
    rule: LateFeeRule,
    effectiveOn: localDate.describe('From this day the rule applies to the client’s invoices whose terms have none; at least 14 days ahead.'),
  })
  .strict()
  .meta({ id: 'NewLateFeeLetter' });
export type SendLateFeeLetterBody = z.infer<typeof SendLateFeeLetterBody>;

export const LateFeeLetter = z
  .object({ id: Id, clientId: Id, rule: LateFeeRule, effectiveOn: z.string(), sentTo: z.string(), createdAt: z.string(), isInEffect: z.boolean() })
  .meta({ id: 'LateFeeLetter' });
export const LateFeeLetterList = z.object({ items: z.array(LateFeeLetter) });
