// Contracts for proposals and contracts: the five-part document, the freelancer's API and what a client sees in the portal.
import { z } from 'zod';
import { auditActors, auditEventTypes } from '../domain/agreements/audit-chain.ts';
import { checkCodes, fifaFields } from '../domain/agreements/checks.ts';
import {
  agreementKinds,
  attributions,
  cadences,
  defaultDepositPercent,
  defaultTermMonths,
  expensePayers,
  lengthUnits,
  maxTermMonths,
  milestoneOwners,
  portfolioRights,
  pricingModels,
  researchDepths,
  type AgreementDocument as DomainDocument,
} from '../domain/agreements/document.ts';
import { agreementStatuses, signingOrders } from '../domain/agreements/lifecycle.ts';
import { findCycle } from '../domain/agreements/schedule.ts';
import { starterRoles } from '../domain/agreements/templates/index.ts';
import { Currency, Id, Language, PageQuery } from './common.ts';

const LocalDate = z.iso.date({ message: 'Use a date like 2027-03-31.' });
const Money = z.number().int('Use whole minor units (cents): 1250 means 12.50.').min(0, 'Amounts cannot be negative.').max(1_000_000_000_000, 'That amount is too large.');
const Percent = z.number().min(0, 'Use a percentage from 0 to 100.').max(100, 'Use a percentage from 0 to 100.');
/** Ids inside a document (a deliverable, a milestone) are chosen by the editor; short and plain so rules can name them. */
const PartId = z
  .string()
  .min(1, 'Give it an id.')
  .max(64, 'Keep ids under 64 characters.')
  .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, - and _ only.');
const Text = (max: number) => z.string().trim().max(max, `Keep it under ${max.toLocaleString('en')} characters.`);
const Days = z.number().int('Use a whole number of days.').min(0, 'Use 0 or more days.').max(3650, 'Use at most 3,650 days.');
const TextList = (maxItems: number, maxLength: number) => z.array(Text(maxLength)).max(maxItems, `At most ${maxItems} items.`);

const PartyInput = z.object({ name: Text(200).default(''), email: z.union([z.literal(''), z.email({ message: 'Enter an email address like ana@example.com, or leave it empty.' })]).default(''), address: Text(500).default('') }).strict();
const ClientPartyInput = PartyInput.extend({
  city: Text(100).default(''),
  region: Text(100).default(''),
  countryCode: z.union([z.literal(''), z.string().regex(/^[A-Za-z]{2}$/, 'Use a two-letter country code such as US or ES.')]).default(''),
}).strict();

const Deliverable = z
  .object({
    id: PartId,
    title: Text(200).min(1, 'Name the deliverable.'),
    description: Text(2000).default(''),
    quantity: z.number().int('Use a whole quantity.').min(1, 'The quantity is at least 1.').max(10_000),
    cadence: z.enum(cadences).default('once'),
    lengthRange: z
      .object({ min: z.number().int().min(0).max(1_000_000), max: z.number().int().min(0).max(1_000_000), unit: z.enum(lengthUnits) })
      .strict()
      .refine((range) => range.min <= range.max, { message: 'The shortest length cannot be more than the longest.', path: ['max'] })
      .nullable()
      .default(null),
    format: Text(200).default(''),
    amount: Money.nullable().default(null).describe('This deliverable’s price in minor units, when it is itemised.'),
  })
  .strict();

const DueRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: LocalDate }).strict(),
  z.object({ kind: z.literal('after_start'), days: Days }).strict(),
  z.object({ kind: z.literal('after_milestone'), milestoneId: PartId, days: Days }).strict(),
  z.object({ kind: z.literal('after_input'), inputId: PartId, days: Days }).strict(),
]);

const Milestone = z.object({ id: PartId, title: Text(200).min(1, 'Name the milestone.'), owner: z.enum(milestoneOwners), due: DueRule }).strict();
const InputExpected = z.discriminatedUnion('kind', [z.object({ kind: z.literal('date'), date: LocalDate }).strict(), z.object({ kind: z.literal('after_start'), days: Days }).strict()]);
const ClientInput = z.object({ id: PartId, title: Text(200).min(1, 'Say what the client sends.'), expected: InputExpected }).strict();

const PaymentDue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('on_signing') }).strict(),
  z.object({ kind: z.literal('on_milestone'), milestoneId: PartId }).strict(),
  z.object({ kind: z.literal('date'), date: LocalDate }).strict(),
  z.object({ kind: z.literal('days_after_invoice'), days: Days }).strict(),
]);
const Payment = z.object({ id: PartId, label: Text(200).min(1, 'Name the payment.'), amount: Money, due: PaymentDue }).strict();

const LateFee = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent_per_month'), percent: z.number().min(0).max(25, 'Keep a monthly late fee at 25% or less.'), graceDays: Days }).strict(),
  z.object({ kind: z.literal('flat'), amount: Money, graceDays: Days }).strict(),
]);

/** Every field has the method's default, so a client may send only what it fills; a PATCH replaces the whole document. */
export const AgreementDocumentInput = z
  .object({
    title: Text(300).default(''),
    parties: z.object({ freelancer: PartyInput.prefault({}), client: ClientPartyInput.prefault({}) }).strict().prefault({}),
    what: z.object({ deliverables: z.array(Deliverable).max(100, 'At most 100 deliverables.').default([]), outOfScope: TextList(100, 500).default([]) }).strict().prefault({}),
    when: z
      .object({
        startDate: LocalDate.nullable().default(null),
        milestones: z.array(Milestone).max(100, 'At most 100 milestones.').default([]),
        clientInputs: z.array(ClientInput).max(50, 'At most 50 client inputs.').default([]),
        officeHours: Text(1000).default(''),
      })
      .strict()
      .prefault({}),
    how: z
      .object({
        revisionsIncluded: z.number().int().min(0).max(100).default(2),
        fileFormats: TextList(30, 100).default([]),
        researchDepth: z.enum(researchDepths).default('standard'),
        tools: TextList(30, 100).default([]),
        subcontracting: z.object({ isAllowed: z.boolean().default(false), leadTimeDays: Days.default(0), note: Text(1000).default('') }).strict().prefault({}),
        assetSources: Text(2000).default(''),
        notes: Text(5000).default(''),
      })
      .strict()
      .prefault({}),
    cost: z
      .object({
        pricingModel: z.enum(pricingModels).default('fixed_project'),
        currency: Currency,
        amount: Money.default(0).describe('Project total, monthly retainer fee or hourly rate, in minor units.'),
        estimatedHours: z.number().min(0).max(100_000).nullable().default(null),
        depositPercent: Percent.default(defaultDepositPercent),
        isDepositRefundable: z.boolean().default(false),
        paymentSchedule: z.array(Payment).max(60, 'At most 60 payments.').default([]),
        paymentMethod: Text(300).default(''),
        isRetainerBilledInAdvance: z.boolean().default(true),
        rushFeePercent: Percent.nullable().default(null),
        extraRevisionFee: Money.nullable().default(null),
        outOfScopeHourlyRate: Money.nullable().default(null),
        lateFee: LateFee.nullable().default(null),
        expenses: z.object({ travelPaidBy: z.enum(expensePayers).default('client'), needsApproval: z.boolean().default(true), note: Text(1000).default('') }).strict().prefault({}),
        termMonths: z.number().int('Use whole months.').min(1, 'The term is at least 1 month.').max(maxTermMonths, `A term is at most ${maxTermMonths} months: renegotiate after that.`).default(defaultTermMonths),
        review: z.object({ criteria: Text(2000).min(1, 'Say what the review looks at.'), reviewOn: LocalDate }).strict().nullable().default(null),
      })
      .strict(),
    terms: z
      .object({
        ownership: z.object({ attribution: z.enum(attributions), passesOnFinalPayment: z.boolean().default(true), licence: Text(2000).default('') }).strict().nullable().default(null),
        earlyTermination: z.object({ noticeDays: Days.default(30), whatIsOwed: Text(2000).default('') }).strict().prefault({}),
        portfolio: z.enum(portfolioRights).default('after_publication'),
        confidentiality: Text(2000).default(''),
        communication: z.object({ channels: TextList(10, 100).default([]), callsPerMonth: z.number().int().min(0).max(100).default(0), note: Text(1000).default('') }).strict().prefault({}),
        offerExpiresOn: LocalDate.nullable().default(null).describe('After this date the client can no longer accept; dates and rates may change.'),
      })
      .strict()
      .prefault({}),
    notes: Text(5000).default(''),
  })
  .strict()
  .superRefine((document, ctx) => {
    // Rules and payments name other parts by id: every id must be unique and every reference must exist.
    const uniqueIds = (items: { id: string }[], path: (string | number)[]) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `The id ${item.id} is used twice; give each one its own.` });
        seen.add(item.id);
      });
    };
    uniqueIds(document.what.deliverables, ['what', 'deliverables']);
    uniqueIds(document.when.milestones, ['when', 'milestones']);
    uniqueIds(document.when.clientInputs, ['when', 'clientInputs']);
    uniqueIds(document.cost.paymentSchedule, ['cost', 'paymentSchedule']);
    const milestoneIds = new Set(document.when.milestones.map((m) => m.id));
    const inputIds = new Set(document.when.clientInputs.map((i) => i.id));
    document.when.milestones.forEach((milestone, index) => {
      const { due } = milestone;
      if (due.kind === 'after_milestone' && !milestoneIds.has(due.milestoneId)) ctx.addIssue({ code: 'custom', path: ['when', 'milestones', index, 'due', 'milestoneId'], message: `There is no milestone ${due.milestoneId}.` });
      if (due.kind === 'after_input' && !inputIds.has(due.inputId)) ctx.addIssue({ code: 'custom', path: ['when', 'milestones', index, 'due', 'inputId'], message: `There is no client input ${due.inputId}.` });
    });
    const cycle = findCycle(document.when.milestones);
    if (cycle) {
      const index = document.when.milestones.findIndex((m) => m.id === cycle[0]);
      ctx.addIssue({ code: 'custom', path: ['when', 'milestones', index, 'due'], message: `These milestones wait on each other in a loop (${cycle.join(' → ')}); anchor one of them to a date or to the start.` });
    }
    document.cost.paymentSchedule.forEach((payment, index) => {
      if (payment.due.kind === 'on_milestone' && !milestoneIds.has(payment.due.milestoneId)) ctx.addIssue({ code: 'custom', path: ['cost', 'paymentSchedule', index, 'due', 'milestoneId'], message: `There is no milestone ${payment.due.milestoneId}.` });
    });
  });
export type AgreementDocumentInput = z.input<typeof AgreementDocumentInput>;

// The document the API stores and returns must be the domain's document exactly; this line fails to compile if they drift.
export const documentMatchesDomain: (value: z.output<typeof AgreementDocumentInput>) => DomainDocument = (value) => value;

export const AgreementKind = z.enum(agreementKinds);
export const AgreementStatus = z.enum(agreementStatuses);

export const AgreementIdParams = z.object({ id: Id });

export const AgreementListQuery = PageQuery.extend({ clientId: Id.optional(), kind: AgreementKind.optional(), status: AgreementStatus.optional() });
export type AgreementListQuery = z.infer<typeof AgreementListQuery>;

/** A document without its currency: the client's currency fills it in when none is given. */
const DocumentWithoutCurrency = z.looseObject({ cost: z.looseObject({ currency: Currency.optional() }).optional() });

export const CreateAgreementBody = z
  .object({
    clientId: Id,
    kind: AgreementKind.default('proposal'),
    templateId: z.string().min(1).max(64).optional().describe('A starter template id (starter-writer-en…) or one of your own; the document below is laid over it.'),
    document: DocumentWithoutCurrency.optional().describe('The five parts; anything left out comes from the template or the defaults.'),
  })
  .strict();
export type CreateAgreementBody = z.infer<typeof CreateAgreementBody>;

export const UpdateAgreementBody = z
  .object({
    version: z.number().int().min(1).describe('The version you read; a stale version answers 409 and nothing changes.'),
    document: AgreementDocumentInput,
  })
  .strict();
export type UpdateAgreementBody = z.infer<typeof UpdateAgreementBody>;

export const CreateVersionBody = z
  .object({
    document: AgreementDocumentInput,
    note: Text(2000).default('').describe('What changed and why, for the client.'),
  })
  .strict();
export type CreateVersionBody = z.infer<typeof CreateVersionBody>;

/** What a person signing sends: their typed name, an explicit yes to signing electronically, optionally a drawn signature. */
export const SignBody = z
  .object({
    version: z.number().int().min(1).describe('The version you read and sign.'),
    fullName: Text(200).min(2, 'Type your full name to sign.'),
    hasConsented: z.literal(true, { message: 'Tick the box to agree to sign electronically.' }),
    drawnSignature: z
      .string()
      .max(150_000, 'The drawn signature is too large: clear it and draw it again, smaller.')
      .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, 'Send the drawn signature as a PNG data URL (data:image/png;base64,…).')
      .optional(),
  })
  .strict();
export type SignBody = z.infer<typeof SignBody>;

export const RecordClientInputBody = z
  .object({
    inputId: PartId.describe('The client input that arrived (an id from document.when.clientInputs).'),
    receivedOn: LocalDate.describe('The day it arrived.'),
  })
  .strict();
export type RecordClientInputBody = z.infer<typeof RecordClientInputBody>;

export const DiffQuery = z.object({
  from: z.coerce.number().int().min(1).default(1).describe('The older version number (default 1).'),
  to: z.coerce.number().int().min(1).optional().describe('The newer version number (default: the current one).'),
});

const Check = z.object({ code: z.enum(checkCodes), field: z.string(), missing: z.array(z.enum(fifaFields)).optional() });

const ResolvedMilestone = z.object({ id: z.string(), title: z.string(), owner: z.enum(milestoneOwners), dueOn: z.string().nullable(), plannedOn: z.string().nullable(), hangsOnInputIds: z.array(z.string()) });
const ResolvedInput = z.object({ id: z.string(), title: z.string(), expectedOn: z.string().nullable(), receivedOn: z.string().nullable(), dueOn: z.string().nullable(), delayDays: z.number().int() });
export const Schedule = z.object({ milestones: z.array(ResolvedMilestone), inputs: z.array(ResolvedInput) }).meta({ id: 'AgreementSchedule' });

const SignatureSummary = z.object({ party: z.enum(['freelancer', 'client']), fullName: z.string(), signedAt: z.string(), versionNumber: z.number().int(), hasDrawnSignature: z.boolean() });
const Comment = z.object({ id: Id, versionNumber: z.number().int(), author: z.enum(['freelancer', 'client']), body: z.string(), createdAt: z.string() });
const VersionSummary = z.object({ number: z.number().int(), contentHash: z.string(), note: z.string(), createdAt: z.string() });

export const AgreementSummary = z
  .object({
    id: Id,
    clientId: Id,
    clientName: z.string(),
    kind: AgreementKind,
    status: AgreementStatus.describe('An open proposal past its offer date reads as expired.'),
    title: z.string(),
    currentVersion: z.number().int(),
    offerExpiresOn: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    sentAt: z.string().nullable(),
    signedAt: z.string().nullable(),
  })
  .meta({ id: 'AgreementSummary' });
export type AgreementSummary = z.infer<typeof AgreementSummary>;

export const AgreementPage = z.object({ items: z.array(AgreementSummary), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

export const AgreementDocument = z.record(z.string(), z.unknown()).describe('The five-part document (see AgreementDocumentInput for its fields).');

export const Agreement = AgreementSummary.extend({
  document: AgreementDocument,
  contentHash: z.string().describe('SHA-256 of the canonical JSON (RFC 8785) of the current version.'),
  templateId: z.string().nullable(),
  sourceProposalId: Id.nullable().describe('For a contract: the proposal it came from.'),
  contractId: Id.nullable().describe('For an accepted proposal: the contract made from it.'),
  checks: z.array(Check).describe('Warnings while editing; they never block.'),
  schedule: Schedule.nullable().describe('Every deadline resolved to a date (null dates wait on a start date).'),
  inputReceipts: z.record(z.string(), z.string()).describe('When each client input really arrived.'),
  termEndsOn: z.string().nullable(),
  versions: z.array(VersionSummary),
  comments: z.array(Comment),
  signatures: z.array(SignatureSummary),
  consentText: z.string().describe("What the freelancer agrees to by signing, in the reader's language; exactly the text recorded with their signature."),
}).meta({ id: 'Agreement' });
export type Agreement = z.infer<typeof Agreement>;

export const AgreementVersion = VersionSummary.extend({ document: AgreementDocument }).meta({ id: 'AgreementVersion' });
export const AgreementVersionList = z.object({ items: z.array(AgreementVersion) });

export const VersionDiff = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    changes: z.array(z.object({ path: z.string(), kind: z.enum(['added', 'removed', 'changed']), before: z.unknown().optional(), after: z.unknown().optional() })),
  })
  .meta({ id: 'AgreementVersionDiff' });

export const AuditEvent = z
  .object({
    sequence: z.number().int(),
    type: z.enum(auditEventTypes),
    actor: z.enum(auditActors),
    occurredAt: z.string().describe('UTC.'),
    versionNumber: z.number().int(),
    contentHash: z.string(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    previousHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AgreementAuditEvent' });
export const AuditTrail = z.object({ items: z.array(AuditEvent) });

export const Verification = z
  .object({
    isIntact: z.boolean().describe('true when every event, link and document hash recomputes to what was stored.'),
    eventCount: z.number().int(),
    lastHash: z.string(),
    problems: z.array(z.object({ kind: z.enum(['event_changed', 'chain_broken', 'sequence_gap', 'content_changed', 'version_missing', 'signature_mismatch']), sequence: z.number().int().optional(), versionNumber: z.number().int().optional() })),
  })
  .meta({ id: 'AgreementVerification' });
export type Verification = z.infer<typeof Verification>;

export const ShiftResult = z.object({
  delayDays: z.number().int(),
  shifts: z.array(z.object({ milestoneId: z.string(), title: z.string(), owner: z.enum(milestoneOwners), from: z.string(), to: z.string() })),
  agreement: Agreement,
});

// Templates.
export const TemplateIdParams = z.object({ id: z.string().min(1).max(64) });
export const AgreementTemplate = z
  .object({
    id: z.string(),
    isStarter: z.boolean(),
    role: z.enum(starterRoles).nullable(),
    language: Language,
    name: z.string(),
    description: z.string(),
    notLegalAdvice: z.string(),
    document: AgreementDocument,
    version: z.number().int().describe('0 for starter templates, which cannot be edited.'),
    createdAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'AgreementTemplate' });
export type AgreementTemplate = z.infer<typeof AgreementTemplate>;
export const AgreementTemplateList = z.object({ items: z.array(AgreementTemplate) });

/** Your own template: its document has no parties or dates that belong to one client; currency is taken from each new agreement. */
const TemplateDocument = AgreementDocumentInput;
export const CreateTemplateBody = z
  .object({ name: Text(200).min(1, 'Name the template.'), description: Text(1000).default(''), language: Language, document: TemplateDocument })
  .strict();
export type CreateTemplateBody = z.infer<typeof CreateTemplateBody>;
export const UpdateTemplateBody = z
  .object({ version: z.number().int().min(1), name: Text(200).min(1, 'Name the template.').optional(), description: Text(1000).optional(), language: Language.optional(), document: TemplateDocument.optional() })
  .strict();
export type UpdateTemplateBody = z.infer<typeof UpdateTemplateBody>;

// Settings.
export const AgreementSettings = z
  .object({
    signingOrder: z.enum(signingOrders).describe('Who signs a contract first: freelancer_first, client_first or either.'),
    renegotiationReminderDays: z.number().int().min(1, 'Remind at least 1 day before.').max(180, 'Remind at most 180 days before.').describe('How many days before a contract ends the renegotiation reminder comes.'),
  })
  .strict();
export const AgreementSettingsView = z.object({ settings: AgreementSettings, version: z.number().int(), isDefault: z.boolean() });
export const SaveAgreementSettingsBody = z.object({ settings: AgreementSettings, version: z.number().int().min(0) }).strict();

// Pricing helper.
export const PricingBody = z
  .object({
    baseAmount: Money.describe('What the work is worth, in minor units.'),
    taxReservePercent: z.number().min(0).max(90, 'Keep the tax reserve at 90% or less.'),
    contingencyPercent: Percent,
  })
  .strict();
export const PricingQuote = z.object({ baseAmount: z.number().int(), contingencyAmount: z.number().int(), taxReserveAmount: z.number().int(), quoteAmount: z.number().int(), keptAfterReserve: z.number().int() });

// The client portal.
export const PortalAgreementParams = z.object({ token: z.string().min(20).max(200), agreementId: Id });

export const PortalAgreementSummary = z.object({ id: Id, kind: AgreementKind, status: AgreementStatus, title: z.string(), currentVersion: z.number().int(), offerExpiresOn: z.string().nullable(), sentAt: z.string().nullable(), signedAt: z.string().nullable() });
export const PortalAgreementList = z.object({ items: z.array(PortalAgreementSummary) });

export const PortalAgreement = PortalAgreementSummary.extend({
  freelancerName: z.string(),
  language: Language.describe("The client's language: the document's labels and the consent text are in it."),
  document: AgreementDocument,
  contentHash: z.string(),
  schedule: Schedule.nullable(),
  comments: z.array(Comment),
  signatures: z.array(SignatureSummary),
  consentText: z.string().describe('What the signer agrees to by ticking the box.'),
  canComment: z.boolean(),
  canAccept: z.boolean(),
  canDecline: z.boolean(),
  canSign: z.boolean(),
  waitingFor: z.enum(['freelancer', 'client']).nullable().describe('When signing waits for the other party first.'),
}).meta({ id: 'PortalAgreement' });
export type PortalAgreement = z.infer<typeof PortalAgreement>;

export const PortalCommentBody = z.object({ body: Text(5000).min(1, 'Write your comment.') }).strict();
export const PortalAcceptBody = z.object({ version: z.number().int().min(1).describe('The version you read and accept.') }).strict();
export const PortalDeclineBody = z.object({ reason: Text(2000).describe('Why, in a few words; may be empty.') }).strict();

export const PortalAcceptResult = z.object({ proposal: PortalAgreementSummary, contract: PortalAgreementSummary });
