// Bad input never gets a 500: every route answers a 4xx problem+json that names the field to fix.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp, setUpOwner, type Owner, type TestApp } from '../../tests/support/test-app.ts';
import { databaseKinds } from '../../tests/support/test-database.ts';
import { apiRoutes } from '../../tests/support/api-routes.ts';
import { expectProblem } from '../../tests/support/problem.ts';
import { defaultRelationshipSettings } from '../use-cases/relationship-settings.ts';
import { agreementBodyRoutes, agreementFieldCases, agreementIdRoutes, agreementIds, agreementTokenRoutes, type AgreementIds } from './routes/agreements.test-support.ts';
import { deliverableBodyRoutes, deliverableFieldCases, deliverableIdRoutes, deliverableIds, deliverableTokenRoutes, type DeliverableIds } from './routes/deliverables.test-support.ts';
import { moneyUpFrontBodyRoutes, moneyUpFrontFieldCases, moneyUpFrontIdRoutes, moneyUpFrontIds, type MoneyUpFrontIds } from './routes/money-up-front.test-support.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Ids = AgreementIds & MoneyUpFrontIds & DeliverableIds & {
  clientId: string;
  /** On the target client: a message waiting for a reply and an open concern. */
  messageEventId: string;
  concernEventId: string;
  /** A client with a contact email, so a friendly reminder has somewhere to go. */
  reachableClientId: string;
  tokenId: string;
  /** A lead used by the vetting routes, with one interview. */
  leadId: string;
  interviewId: string;
  waitlistEntryId: string;
  intakeToken: string;
  /** A portal link of the target client, and its token (the key of the client's portal). */
  portalLinkId: string;
  portalToken: string;
  /** The starter profile, a valid PUT /profile body. */
  profile: Record<string, unknown>;
  /** Readiness: an income entry from the target client, and a recorded fund balance. */
  incomeEntryId: string;
  fundBalanceId: string;
  /** Exit and offboarding: a client with an open exit plan and offboarding under way, one whose offboarding is ready to close, one left as toxic (with a recovery). */
  exitClientId: string;
  closingClientId: string;
  recoveryClientId: string;
  /** Invoicing: a draft, an issued invoice to void, and an issued one to pay and promise on. */
  draftInvoiceId: string;
  issuedInvoiceId: string;
  payableInvoiceId: string;
};

type BodyRoute = {
  url: (ids: Ids) => string;
  body: Record<string, unknown> | ((ids: Ids) => Record<string, unknown>);
  requiredField: string;
  isPublic?: boolean;
  /** false where the contract quietly drops unknown fields instead of refusing them. */
};

/** A valid request for each route that takes a body; the bad-input cases below spoil one thing at a time. */
const bodyRoutes: Record<string, BodyRoute> = {
  ...agreementBodyRoutes,
  ...moneyUpFrontBodyRoutes,
  ...deliverableBodyRoutes,
  'POST /api/v1/setup': {
    url: () => '/api/v1/setup',
    body: { workspaceName: 'W', name: 'N', email: 'valid@example.com', password: 'long enough pass', language: 'en', timeZone: 'UTC', currency: 'EUR' },
    requiredField: 'email',
    isPublic: true,
  },
  'POST /api/v1/session': { url: () => '/api/v1/session', body: { email: 'valid@example.com', password: 'x' }, requiredField: 'password', isPublic: true },
  'PUT /api/v1/me/language': { url: () => '/api/v1/me/language', body: { language: 'es' }, requiredField: 'language' },
  'POST /api/v1/tokens': { url: () => '/api/v1/tokens', body: { name: 'CI' }, requiredField: 'name' },
  'POST /api/v1/clients': { url: () => '/api/v1/clients', body: { name: 'Acme', timeZone: 'Europe/Madrid', language: 'en', currency: 'EUR' }, requiredField: 'timeZone' },
  'PATCH /api/v1/clients/:id': { url: (ids) => `/api/v1/clients/${ids.clientId}`, body: { version: 1, name: 'Acme' }, requiredField: 'version' },
  'POST /api/v1/clients/:id/events': { url: (ids) => `/api/v1/clients/${ids.clientId}/events`, body: { type: 'note', summary: 'Hello' }, requiredField: 'summary' },
  'POST /api/v1/clients/:id/events/:eventId/reply': { url: (ids) => `/api/v1/clients/${ids.clientId}/events/${ids.messageEventId}/reply`, body: { repliedAt: '2027-03-01T08:30:00Z' }, requiredField: 'repliedAt' },
  'POST /api/v1/clients/:id/events/:eventId/resolve': { url: (ids) => `/api/v1/clients/${ids.clientId}/events/${ids.concernEventId}/resolve`, body: { notes: 'Talked it through.' }, requiredField: 'notes' },
  'POST /api/v1/clients/:id/friendly-reminder': { url: (ids) => `/api/v1/clients/${ids.reachableClientId}/friendly-reminder`, body: { subject: 'How we work', body: 'Hello!' }, requiredField: 'subject' },
  'PUT /api/v1/settings/relationship': { url: () => '/api/v1/settings/relationship', body: { settings: defaultRelationshipSettings, version: 0 }, requiredField: 'settings' },
  'PUT /api/v1/profile': { url: () => '/api/v1/profile', body: (ids) => ids.profile, requiredField: 'timeZone' },
  'POST /api/v1/clients/:id/interviews': { url: (ids) => `/api/v1/clients/${ids.leadId}/interviews`, body: { answers: {}, gut: { feeling: 'at_ease' } }, requiredField: 'gut' },
  'PUT /api/v1/clients/:id/interviews/:interviewId/gut': { url: (ids) => `/api/v1/clients/${ids.leadId}/interviews/${ids.interviewId}/gut`, body: { feeling: 'unsure' }, requiredField: 'feeling' },
  'POST /api/v1/clients/:id/vetting-outcome': {
    url: (ids) => `/api/v1/clients/${ids.leadId}/vetting-outcome`,
    body: { outcome: 'waitlist', waitlist: { reason: 'referral', followUpOn: '2027-05-01' } },
    requiredField: 'outcome',
  },
  'PATCH /api/v1/waitlist/:entryId': { url: (ids) => `/api/v1/waitlist/${ids.waitlistEntryId}`, body: { followUpOn: '2027-06-01' }, requiredField: 'followUpOn' },
  'POST /api/v1/portal/:token/testimonial': {
    url: (ids) => `/api/v1/portal/${ids.portalToken}/testimonial`,
    body: { text: 'Calm, clear and always on time.', name: 'Pat', role: 'Editor', canPublish: true },
    requiredField: 'text',
    isPublic: true,
  },
  'POST /api/v1/readiness/income': {
    url: () => '/api/v1/readiness/income',
    body: (ids) => ({ source: { kind: 'client', clientId: ids.clientId }, receivedOn: '2027-02-01', amount: 250_000, note: 'Invoice 12' }),
    requiredField: 'amount',
  },
  'POST /api/v1/readiness/income/:entryId/move-to-fund': { url: (ids) => `/api/v1/readiness/income/${ids.incomeEntryId}/move-to-fund`, body: { side: 'business' }, requiredField: 'side' },
  'POST /api/v1/readiness/fund-balances': { url: () => '/api/v1/readiness/fund-balances', body: { side: 'personal', balance: 300_000, recordedOn: '2027-02-15', note: '' }, requiredField: 'balance' },
  'PUT /api/v1/readiness/finances': { url: () => '/api/v1/readiness/finances', body: { monthlyExpenses: { business: 100_000, personal: 200_000 }, streamAmounts: [] }, requiredField: 'monthlyExpenses' },
  'POST /api/v1/readiness/what-if': { url: () => '/api/v1/readiness/what-if', body: { funds: { business: 500_000 }, droppedClientIds: [], addedClients: [{ key: 'new', monthlyIncome: 100_000 }] }, requiredField: 'funds' },
  'PUT /api/v1/settings/readiness': {
    url: () => '/api/v1/settings/readiness',
    body: { settings: { starterFundMajorUnits: 1000, fundLadderMonths: [3, 6, 12], fundContributionPercent: 5, concentrationWatchPercent: 30, concentrationCriticalPercent: 50, shortRunwayMonths: 3, warmLeadsPerClient: 3 }, version: 0 },
    requiredField: 'version',
  },
  'POST /api/v1/clients/:id/exit-plan': { url: (ids) => `/api/v1/clients/${ids.clientId}/exit-plan`, body: { origin: 'manual', targetDate: '2027-06-30', steps: [{ title: 'Tell them' }] }, requiredField: 'origin' },
  'PATCH /api/v1/clients/:id/exit-plan': { url: (ids) => `/api/v1/clients/${ids.exitClientId}/exit-plan`, body: { version: 1, targetDate: '2027-07-01', steps: [{ title: 'Tell them', isDone: true }] }, requiredField: 'version' },
  'PUT /api/v1/settings/offboarding': { url: () => '/api/v1/settings/offboarding', body: { noticeDays: 30, safeRunwayMonths: 3, hardPeriodDays: 90, version: 0 }, requiredField: 'noticeDays' },
  'PUT /api/v1/clients/:id/offboarding': {
    url: (ids) => `/api/v1/clients/${ids.exitClientId}/offboarding`,
    body: {
      version: 1,
      checklist: { keep_talking: true, finish_work: false, document_procedures: false, speak_well: true, keep_confidences: true },
      workStatus: 'Half done',
      openItems: [{ text: 'Final report' }],
      procedures: [{ title: 'Weekly post', cadence: 'Mondays', steps: [{ text: 'Draft it' }, { text: 'Secret login', isConfidential: true }] }],
    },
    requiredField: 'checklist',
  },
  'POST /api/v1/clients/:id/offboarding/close': { url: (ids) => `/api/v1/clients/${ids.closingClientId}/offboarding/close`, body: { version: 1, isToxic: false }, requiredField: 'isToxic' },
  'PATCH /api/v1/clients/:id/recovery': {
    url: (ids) => `/api/v1/clients/${ids.recoveryClientId}/recovery`,
    body: { version: 1, restStart: '2027-03-08', restEnd: '2027-03-12', review: { answers: { why_yes: 'Money' }, lessons: [{ text: 'Vague scope' }] } },
    requiredField: 'version',
  },
  'POST /api/v1/clients/:id/recovery/messages': { url: (ids) => `/api/v1/clients/${ids.recoveryClientId}/recovery/messages`, body: (ids) => ({ otherClientId: ids.reachableClientId, subject: 'Back', body: 'Fully available.' }), requiredField: 'otherClientId' },
  'POST /api/v1/clients/:id/recovery/lessons': { url: (ids) => `/api/v1/clients/${ids.recoveryClientId}/recovery/lessons`, body: { text: 'Vague scope', target: 'red_flags' }, requiredField: 'target' },
  'POST /api/v1/invoices': {
    url: () => '/api/v1/invoices',
    body: (ids) => ({ clientId: ids.clientId, dueOn: '2027-03-31', lines: [{ description: 'Design', quantity: 1.5, unitPrice: 6_000, taxRate: 21 }], withholdingRate: 15, lateFeeRule: { kind: 'percent_monthly', percent: 1.5, graceDays: 7 } }),
    requiredField: 'clientId',
  },
  'PATCH /api/v1/invoices/:id': { url: (ids) => `/api/v1/invoices/${ids.draftInvoiceId}`, body: { version: 1, notes: 'Thanks!' }, requiredField: 'version' },
  'POST /api/v1/invoices/:id/void': { url: (ids) => `/api/v1/invoices/${ids.issuedInvoiceId}/void`, body: { reason: 'Wrong amount' }, requiredField: 'reason' },
  'POST /api/v1/invoices/:id/payments': { url: (ids) => `/api/v1/invoices/${ids.payableInvoiceId}/payments`, body: { amount: 100, paidOn: '2027-03-01', method: 'bank_transfer', reference: 'T-1' }, requiredField: 'amount' },
  'POST /api/v1/invoices/:id/promises': { url: (ids) => `/api/v1/invoices/${ids.payableInvoiceId}/promises`, body: { promisedOn: '2027-03-20', note: 'Called' }, requiredField: 'promisedOn' },
  'POST /api/v1/clients/:id/late-fee-letters': {
    url: (ids) => `/api/v1/clients/${ids.reachableClientId}/late-fee-letters`,
    body: { rule: { kind: 'flat', amount: 2_500, graceDays: 7 }, effectiveOn: '2027-04-15' },
    requiredField: 'effectiveOn',
  },
  'PUT /api/v1/settings/invoicing': { url: () => '/api/v1/settings/invoicing', body: { settings: { seller: { name: 'Ana', taxId: '12345678Z', address: 'Calle 1' } }, version: 0 }, requiredField: 'settings' },
  'POST /api/v1/intake/:token': {
    url: (ids) => `/api/v1/intake/${ids.intakeToken}`,
    body: { name: 'Pat', email: 'pat@example.com', language: 'en', timeZone: 'UTC', answers: {} },
    requiredField: 'email',
    isPublic: true,
  },
};

/** Routes that read a page; each gets the same spoiled paging parameters. */
const pagedRoutes: Record<string, (ids: Ids) => string> = {
  'GET /api/v1/clients': () => '/api/v1/clients',
  'GET /api/v1/clients/:id/events': (ids) => `/api/v1/clients/${ids.clientId}/events`,
  'GET /api/v1/outbox': () => '/api/v1/outbox',
  'GET /api/v1/agreements': () => '/api/v1/agreements',
  'GET /api/v1/invoices': () => '/api/v1/invoices',
};

type FieldCase = { route: string; name: string; patch: Record<string, unknown>; field: string; remove?: string[] };

const longText = (n: number) => 'x'.repeat(n);
const contacts21 = Array.from({ length: 21 }, () => ({ name: 'c' }));

/** One wrong thing per case: the answer must be 400 and name `field`. */
const fieldCases: FieldCase[] = [
  ...agreementFieldCases,
  ...moneyUpFrontFieldCases,
  ...deliverableFieldCases,
  // setup
  { route: 'POST /api/v1/setup', name: 'an invalid email', patch: { email: 'not-an-email' }, field: 'email' },
  { route: 'POST /api/v1/setup', name: 'a 7-character password', patch: { password: '1234567' }, field: 'password' },
  { route: 'POST /api/v1/setup', name: 'a 257-character password', patch: { password: longText(257) }, field: 'password' },
  { route: 'POST /api/v1/setup', name: 'an unknown time zone', patch: { timeZone: 'Europe/Atlantis' }, field: 'timeZone' },
  { route: 'POST /api/v1/setup', name: 'a lower-case currency', patch: { currency: 'eur' }, field: 'currency' },
  { route: 'POST /api/v1/setup', name: 'a made-up currency', patch: { currency: 'ABC' }, field: 'currency' },
  { route: 'POST /api/v1/setup', name: 'an unsupported language', patch: { language: 'de' }, field: 'language' },
  { route: 'POST /api/v1/setup', name: 'a blank workspace name', patch: { workspaceName: '   ' }, field: 'workspaceName' },
  { route: 'POST /api/v1/setup', name: 'a number for a name', patch: { name: 42 }, field: 'name' },
  { route: 'POST /api/v1/setup', name: 'a missing password', patch: {}, remove: ['password'], field: 'password' },
  { route: 'POST /api/v1/setup', name: 'an extra "role" field', patch: { role: 'admin' }, field: 'role' },
  // login
  { route: 'POST /api/v1/session', name: 'a missing email', patch: {}, remove: ['email'], field: 'email' },
  { route: 'POST /api/v1/session', name: 'an empty password', patch: { password: '' }, field: 'password' },
  { route: 'POST /api/v1/session', name: 'an object for an email', patch: { email: { $ne: '' } }, field: 'email' },
  { route: 'POST /api/v1/session', name: 'an extra "remember" field', patch: { remember: true }, field: 'remember' },
  // language
  { route: 'PUT /api/v1/me/language', name: 'an unsupported language', patch: { language: 'fr' }, field: 'language' },
  { route: 'PUT /api/v1/me/language', name: 'null for the language', patch: { language: null }, field: 'language' },
  // tokens
  { route: 'POST /api/v1/tokens', name: 'a blank name', patch: { name: '  ' }, field: 'name' },
  { route: 'POST /api/v1/tokens', name: 'a 101-character name', patch: { name: longText(101) }, field: 'name' },
  { route: 'POST /api/v1/tokens', name: 'a number for a name', patch: { name: 5 }, field: 'name' },
  // clients
  { route: 'POST /api/v1/clients', name: 'a missing name', patch: {}, remove: ['name'], field: 'name' },
  { route: 'POST /api/v1/clients', name: 'a blank name', patch: { name: '   ' }, field: 'name' },
  { route: 'POST /api/v1/clients', name: 'a 201-character name', patch: { name: longText(201) }, field: 'name' },
  { route: 'POST /api/v1/clients', name: 'an array for a name', patch: { name: ['Acme'] }, field: 'name' },
  { route: 'POST /api/v1/clients', name: 'an unknown time zone', patch: { timeZone: 'Mars/Olympus_Mons' }, field: 'timeZone' },
  { route: 'POST /api/v1/clients', name: 'an offset instead of a time zone', patch: { timeZone: '+02:00' }, field: 'timeZone' },
  { route: 'POST /api/v1/clients', name: 'a made-up currency', patch: { currency: 'EURO' }, field: 'currency' },
  { route: 'POST /api/v1/clients', name: 'an unsupported language', patch: { language: 'en-GB' }, field: 'language' },
  { route: 'POST /api/v1/clients', name: 'an unknown stage', patch: { stage: 'prospect' }, field: 'stage' },
  { route: 'POST /api/v1/clients', name: 'an unknown source', patch: { source: 'ads' }, field: 'source' },
  { route: 'POST /api/v1/clients', name: 'a string for the confidential flag', patch: { isNotesConfidential: 'yes' }, field: 'isNotesConfidential' },
  { route: 'POST /api/v1/clients', name: 'notes over 20,000 characters', patch: { notes: longText(20_001) }, field: 'notes' },
  { route: 'POST /api/v1/clients', name: 'contacts that are not a list', patch: { contacts: { name: 'x' } }, field: 'contacts' },
  { route: 'POST /api/v1/clients', name: 'a contact with an invalid email', patch: { contacts: [{ name: 'a' }, { email: 'nope@' }] }, field: 'contacts.1.email' },
  { route: 'POST /api/v1/clients', name: '21 contacts', patch: { contacts: contacts21 }, field: 'contacts' },
  { route: 'POST /api/v1/clients', name: 'an extra "nmae" field', patch: { nmae: 'typo' }, field: 'nmae' },
  { route: 'POST /api/v1/clients', name: 'a client-chosen id', patch: { id: 'mine' }, field: 'id' },
  { route: 'POST /api/v1/clients', name: 'a NUL character in the name', patch: { name: 'Ac\u0000me' }, field: 'name' },
  { route: 'POST /api/v1/clients', name: 'a NUL character in a contact', patch: { contacts: [{ phone: '1\u00002' }] }, field: 'contacts.0.phone' },
  // client edits
  { route: 'PATCH /api/v1/clients/:id', name: 'a missing version', patch: {}, remove: ['version'], field: 'version' },
  { route: 'PATCH /api/v1/clients/:id', name: 'version 0', patch: { version: 0 }, field: 'version' },
  { route: 'PATCH /api/v1/clients/:id', name: 'a string version', patch: { version: '1' }, field: 'version' },
  { route: 'PATCH /api/v1/clients/:id', name: 'a fractional version', patch: { version: 1.5 }, field: 'version' },
  { route: 'PATCH /api/v1/clients/:id', name: 'a blank name', patch: { name: '' }, field: 'name' },
  { route: 'PATCH /api/v1/clients/:id', name: 'an unknown stage', patch: { stage: 'closed' }, field: 'stage' },
  { route: 'PATCH /api/v1/clients/:id', name: 'a string for isArchived', patch: { isArchived: 'true' }, field: 'isArchived' },
  { route: 'PATCH /api/v1/clients/:id', name: 'an unknown time zone', patch: { timeZone: 'Nowhere' }, field: 'timeZone' },
  { route: 'PATCH /api/v1/clients/:id', name: 'a read-only createdAt', patch: { createdAt: '2020-01-01T00:00:00Z' }, field: 'createdAt' },
  // timeline
  { route: 'POST /api/v1/clients/:id/events', name: 'a system event type', patch: { type: 'client_created' }, field: 'type' },
  { route: 'POST /api/v1/clients/:id/events', name: 'a missing summary', patch: {}, remove: ['summary'], field: 'summary' },
  { route: 'POST /api/v1/clients/:id/events', name: 'a 5,001-character summary', patch: { summary: longText(5001) }, field: 'summary' },
  { route: 'POST /api/v1/clients/:id/events', name: 'a date without time', patch: { occurredAt: '2027-03-01' }, field: 'occurredAt' },
  { route: 'POST /api/v1/clients/:id/events', name: 'a date-time without offset', patch: { occurredAt: '2027-03-01T09:00:00' }, field: 'occurredAt' },
  { route: 'POST /api/v1/clients/:id/events', name: 'words for a date', patch: { occurredAt: 'yesterday' }, field: 'occurredAt' },
  { route: 'POST /api/v1/clients/:id/events', name: 'February 30th', patch: { occurredAt: '2027-02-30T09:00:00Z' }, field: 'occurredAt' },
  { route: 'POST /api/v1/clients/:id/events', name: 'ten fraction digits', patch: { occurredAt: '2027-03-01T09:00:00.1234567891Z' }, field: 'occurredAt' },
  { route: 'POST /api/v1/clients/:id/events', name: 'an unknown channel', patch: { channel: 'fax' }, field: 'channel' },
  { route: 'POST /api/v1/clients/:id/events', name: 'a number for the confidential flag', patch: { isConfidential: 1 }, field: 'isConfidential' },
  { route: 'POST /api/v1/clients/:id/events', name: 'a call by email', patch: { type: 'call', channel: 'email' }, field: 'channel' },
  { route: 'POST /api/v1/clients/:id/events', name: 'an extra without its hours', patch: { type: 'extra_request', extent: 'one_time' }, field: 'hours' },
  { route: 'POST /api/v1/clients/:id/events', name: 'an extra of 0 hours', patch: { type: 'extra_request', extent: 'recurring', hours: 0 }, field: 'hours' },
  { route: 'POST /api/v1/clients/:id/events', name: 'an unknown kind of goodwill', patch: { type: 'goodwill', goodwillKind: 'gift card' }, field: 'goodwillKind' },
  { route: 'POST /api/v1/clients/:id/events', name: 'a field another kind takes', patch: { type: 'note', isTrueEmergency: true }, field: 'isTrueEmergency' },
  { route: 'POST /api/v1/clients/:id/events', name: 'a missed commitment without the other client', patch: { type: 'missed_commitment' }, field: 'otherClient' },
  { route: 'POST /api/v1/clients/:id/events', name: 'a missed commitment with an unknown client', patch: { type: 'missed_commitment', otherClientId: 'nobody' }, field: 'otherClientId' },
  { route: 'POST /api/v1/clients/:id/events/:eventId/reply', name: 'words for the time', patch: { repliedAt: 'just now' }, field: 'repliedAt' },
  { route: 'POST /api/v1/clients/:id/events/:eventId/reply', name: 'a reply before the message', patch: { repliedAt: '2020-01-01T00:00:00Z' }, field: 'repliedAt' },
  { route: 'POST /api/v1/clients/:id/events/:eventId/reply', name: 'a reply in the future', patch: { repliedAt: '2030-01-01T00:00:00Z' }, field: 'repliedAt' },
  { route: 'POST /api/v1/clients/:id/events/:eventId/resolve', name: 'blank notes', patch: { notes: '  ' }, field: 'notes' },
  { route: 'POST /api/v1/clients/:id/events/:eventId/resolve', name: 'a resolution before the concern', patch: { resolvedAt: '2020-01-01T00:00:00Z' }, field: 'resolvedAt' },
  { route: 'POST /api/v1/clients/:id/friendly-reminder', name: 'a blank body', patch: { body: ' ' }, field: 'body' },
  { route: 'POST /api/v1/clients/:id/friendly-reminder', name: 'a 201-character subject', patch: { subject: longText(201) }, field: 'subject' },
  { route: 'PUT /api/v1/settings/relationship', name: 'an act line below the watch line', patch: { settings: { ...defaultRelationshipSettings, health: { ...defaultRelationshipSettings.health, panic: { ...defaultRelationshipSettings.health.panic, actRequests: 1 } } } }, field: 'settings.health.panic.actRequests' },
  { route: 'PUT /api/v1/settings/relationship', name: 'a zero-day window', patch: { settings: { ...defaultRelationshipSettings, boundaries: { ...defaultRelationshipSettings.boundaries, reminderWindowDays: 0 } } }, field: 'settings.boundaries.reminderWindowDays' },
  { route: 'PUT /api/v1/settings/relationship', name: 'a missing section', patch: { settings: { boundaries: defaultRelationshipSettings.boundaries } }, field: 'settings.extras' },
  // profile
  { route: 'PUT /api/v1/profile', name: 'an unknown time zone', patch: { timeZone: 'Mars/Base' }, field: 'timeZone' },
  { route: 'PUT /api/v1/profile', name: 'a lower-case currency', patch: { currency: 'usd' }, field: 'currency' },
  { route: 'PUT /api/v1/profile', name: 'words for finances', patch: { finances: 'plenty' }, field: 'finances' },
  { route: 'PUT /api/v1/profile', name: 'skills that are not lists', patch: { skills: { strengths: 'all', dontWant: [], willingToLearn: [] } }, field: 'skills.strengths' },
  // interviews
  { route: 'POST /api/v1/clients/:id/interviews', name: 'a fractional number of calls', patch: { answers: { callsPerWeek: 2.5 } }, field: 'answers.callsPerWeek' },
  { route: 'POST /api/v1/clients/:id/interviews', name: 'an unknown gut feeling', patch: { gut: { feeling: 'meh' } }, field: 'gut.feeling' },
  { route: 'POST /api/v1/clients/:id/interviews', name: 'a string for the answers', patch: { answers: 'fine' }, field: 'answers' },
  { route: 'POST /api/v1/clients/:id/interviews', name: 'a budget in a made-up currency', patch: { answers: { budget: { amount: 100, currency: 'ABC', pricingModel: 'project' } } }, field: 'answers.budget.currency' },
  { route: 'PUT /api/v1/clients/:id/interviews/:interviewId/gut', name: 'an unknown feeling', patch: { feeling: 'meh' }, field: 'feeling' },
  { route: 'PUT /api/v1/clients/:id/interviews/:interviewId/gut', name: 'a 2,001-character note', patch: { note: longText(2001) }, field: 'note' },
  { route: 'POST /api/v1/clients/:id/vetting-outcome', name: 'an unknown outcome', patch: { outcome: 'maybe' }, field: 'outcome' },
  { route: 'POST /api/v1/clients/:id/vetting-outcome', name: 'a decline without its message', patch: { outcome: 'decline' }, remove: ['waitlist'], field: 'declineMessage' },
  { route: 'POST /api/v1/clients/:id/vetting-outcome', name: 'a waitlist without its details', patch: {}, remove: ['waitlist'], field: 'waitlist' },
  { route: 'POST /api/v1/clients/:id/vetting-outcome', name: 'February 30th as the follow-up', patch: { waitlist: { reason: 'referral', followUpOn: '2027-02-30' } }, field: 'waitlist.followUpOn' },
  // waitlist
  { route: 'PATCH /api/v1/waitlist/:entryId', name: 'words for a date', patch: { followUpOn: 'next week' }, field: 'followUpOn' },
  { route: 'PATCH /api/v1/waitlist/:entryId', name: 'month 13', patch: { followUpOn: '2027-13-01' }, field: 'followUpOn' },
  // exit plans, offboarding, recovery
  { route: 'POST /api/v1/clients/:id/exit-plan', name: 'an unknown origin', patch: { origin: 'gut' }, field: 'origin' },
  { route: 'POST /api/v1/clients/:id/exit-plan', name: 'February 30th as the target', patch: { targetDate: '2027-02-30' }, field: 'targetDate' },
  { route: 'POST /api/v1/clients/:id/exit-plan', name: 'a blank step', patch: { steps: [{ title: '  ' }] }, field: 'steps.0.title' },
  { route: 'POST /api/v1/clients/:id/exit-plan', name: '31 steps', patch: { steps: Array.from({ length: 31 }, () => ({ title: 's' })) }, field: 'steps' },
  { route: 'PATCH /api/v1/clients/:id/exit-plan', name: 'words for the target', patch: { targetDate: 'soon' }, field: 'targetDate' },
  { route: 'PATCH /api/v1/clients/:id/exit-plan', name: 'a string for done', patch: { steps: [{ title: 'x', isDone: 'yes' }] }, field: 'steps.0.isDone' },
  { route: 'PUT /api/v1/settings/offboarding', name: 'negative notice', patch: { noticeDays: -1 }, field: 'noticeDays' },
  { route: 'PUT /api/v1/settings/offboarding', name: 'a fractional runway', patch: { safeRunwayMonths: 1.5 }, field: 'safeRunwayMonths' },
  { route: 'PUT /api/v1/clients/:id/offboarding', name: 'an unknown checklist item', patch: { checklist: { keep_talking: true, finish_work: true, document_procedures: true, speak_well: true, keep_confidences: true, gossip: true } }, field: 'checklist.gossip' },
  { route: 'PUT /api/v1/clients/:id/offboarding', name: 'a blank open item', patch: { openItems: [{ text: '' }] }, field: 'openItems.0.text' },
  { route: 'PUT /api/v1/clients/:id/offboarding', name: 'a procedure without a title', patch: { procedures: [{ steps: [] }] }, field: 'procedures.0.title' },
  { route: 'PUT /api/v1/clients/:id/offboarding', name: 'a string for a confidential step', patch: { procedures: [{ title: 'T', steps: [{ text: 'x', isConfidential: 'no' }] }] }, field: 'procedures.0.steps.0.isConfidential' },
  { route: 'POST /api/v1/clients/:id/offboarding/close', name: 'a string for toxic', patch: { isToxic: 'yes' }, field: 'isToxic' },
  { route: 'PATCH /api/v1/clients/:id/recovery', name: 'month 13 for rest', patch: { restStart: '2027-13-01' }, field: 'restStart' },
  { route: 'PATCH /api/v1/clients/:id/recovery', name: 'rest that ends before it starts', patch: { restStart: '2027-03-10', restEnd: '2027-03-01' }, field: 'restEnd' },
  { route: 'PATCH /api/v1/clients/:id/recovery', name: 'an unknown review prompt', patch: { review: { answers: { regrets: 'x' }, lessons: [] } }, field: 'review.answers.regrets' },
  { route: 'POST /api/v1/clients/:id/recovery/messages', name: 'an empty subject', patch: { subject: ' ' }, field: 'subject' },
  { route: 'POST /api/v1/clients/:id/recovery/messages', name: 'a client not in the workspace', patch: { otherClientId: '00000000-0000-4000-8000-000000000000' }, field: 'otherClientId' },
  { route: 'POST /api/v1/clients/:id/recovery/lessons', name: 'an unknown list', patch: { target: 'friends' }, field: 'target' },
  { route: 'POST /api/v1/clients/:id/recovery/lessons', name: 'a 201-character lesson', patch: { text: longText(201) }, field: 'text' },
  // invoicing
  { route: 'POST /api/v1/invoices', name: 'a client not in the workspace', patch: { clientId: '00000000-0000-4000-8000-000000000000' }, field: 'clientId' },
  { route: 'POST /api/v1/invoices', name: 'a fraction of a cent', patch: { lines: [{ description: 'x', unitPrice: 10.5, taxRate: 21 }] }, field: 'lines.0.unitPrice' },
  { route: 'POST /api/v1/invoices', name: 'a tax rate with three decimals', patch: { lines: [{ description: 'x', unitPrice: 100, taxRate: 21.555 }] }, field: 'lines.0.taxRate' },
  { route: 'POST /api/v1/invoices', name: 'a quantity with four decimals', patch: { lines: [{ description: 'x', quantity: 1.2345, unitPrice: 100, taxRate: 21 }] }, field: 'lines.0.quantity' },
  { route: 'POST /api/v1/invoices', name: 'a negative discount', patch: { lines: [{ description: 'x', unitPrice: 100, discount: -5, taxRate: 21 }] }, field: 'lines.0.discount' },
  { route: 'POST /api/v1/invoices', name: 'a blank line', patch: { lines: [{ description: ' ', unitPrice: 100, taxRate: 21 }] }, field: 'lines.0.description' },
  { route: 'POST /api/v1/invoices', name: '201 lines', patch: { lines: Array.from({ length: 201 }, () => ({ description: 'x', unitPrice: 1, taxRate: 0 })) }, field: 'lines' },
  { route: 'POST /api/v1/invoices', name: 'a 10% withholding', patch: { withholdingRate: 10 }, field: 'withholdingRate' },
  { route: 'POST /api/v1/invoices', name: 'February 30th as the due date', patch: { dueOn: '2027-02-30' }, field: 'dueOn' },
  { route: 'POST /api/v1/invoices', name: 'an unknown kind', patch: { kind: 'gift' }, field: 'kind' },
  { route: 'POST /api/v1/invoices', name: 'a flat fee of nothing', patch: { lateFeeRule: { kind: 'flat', amount: 0, graceDays: 0 } }, field: 'lateFeeRule.amount' },
  { route: 'POST /api/v1/invoices', name: 'a UK statutory rule on a euro invoice', patch: { lateFeeRule: { kind: 'statutory_uk' } }, field: 'lateFeeRule' },
  { route: 'PATCH /api/v1/invoices/:id', name: 'a string version', patch: { version: '1' }, field: 'version' },
  { route: 'PATCH /api/v1/invoices/:id', name: 'a negative grace period', patch: { lateFeeRule: { kind: 'flat', amount: 500, graceDays: -1 } }, field: 'lateFeeRule.graceDays' },
  { route: 'PATCH /api/v1/invoices/:id', name: 'an unknown currency', patch: { currency: 'EURO' }, field: 'currency' },
  { route: 'POST /api/v1/invoices/:id/void', name: 'a blank reason', patch: { reason: '  ' }, field: 'reason' },
  { route: 'POST /api/v1/invoices/:id/void', name: 'a 501-character reason', patch: { reason: longText(501) }, field: 'reason' },
  { route: 'POST /api/v1/invoices/:id/payments', name: 'a zero amount', patch: { amount: 0 }, field: 'amount' },
  { route: 'POST /api/v1/invoices/:id/payments', name: 'more than the balance', patch: { amount: 1_000_000_000 }, field: 'amount' },
  { route: 'POST /api/v1/invoices/:id/payments', name: 'a payment in the future', patch: { paidOn: '2030-01-01' }, field: 'paidOn' },
  { route: 'POST /api/v1/invoices/:id/payments', name: 'an unknown method', patch: { method: 'bitcoin' }, field: 'method' },
  { route: 'POST /api/v1/invoices/:id/promises', name: 'words for the date', patch: { promisedOn: 'next week' }, field: 'promisedOn' },
  { route: 'POST /api/v1/invoices/:id/promises', name: 'a date that has passed', patch: { promisedOn: '2027-01-01' }, field: 'promisedOn' },
  { route: 'POST /api/v1/clients/:id/late-fee-letters', name: 'less than two weeks of notice', patch: { effectiveOn: '2027-03-05' }, field: 'effectiveOn' },
  { route: 'POST /api/v1/clients/:id/late-fee-letters', name: 'an unknown rule', patch: { rule: { kind: 'whatever' } }, field: 'rule.kind' },
  { route: 'POST /api/v1/clients/:id/late-fee-letters', name: 'a UK rule for a client billed in euros', patch: { rule: { kind: 'statutory_uk' } }, field: 'rule' },
  { route: 'PUT /api/v1/settings/invoicing', name: 'a number pattern without its number', patch: { settings: { seller: {}, numberPattern: 'YYYY-NN' } }, field: 'settings.numberPattern' },
  { route: 'PUT /api/v1/settings/invoicing', name: 'an empty reminder schedule', patch: { settings: { seller: {}, reminderDays: [] } }, field: 'settings.reminderDays' },
  { route: 'PUT /api/v1/settings/invoicing', name: 'a schedule for a client not in the workspace', patch: { settings: { seller: {}, clientReminderDays: { '00000000-0000-4000-8000-000000000000': [1] } } }, field: 'settings.clientReminderDays.00000000-0000-4000-8000-000000000000' },
  // intake
  { route: 'POST /api/v1/intake/:token', name: 'an invalid email', patch: { email: 'pat' }, field: 'email' },
  { route: 'POST /api/v1/intake/:token', name: 'an unknown time zone', patch: { timeZone: 'Somewhere' }, field: 'timeZone' },
  { route: 'POST /api/v1/intake/:token', name: 'an unsupported language', patch: { language: 'fr' }, field: 'language' },
  { route: 'POST /api/v1/intake/:token', name: 'a blank name', patch: { name: ' ' }, field: 'name' },
  { route: 'POST /api/v1/intake/:token', name: 'a NUL in the answers', patch: { answers: { notes: 'a\u0000b' } }, field: 'answers.notes' },
  // readiness
  { route: 'POST /api/v1/readiness/income', name: 'a fractional amount', patch: { amount: 12.5 }, field: 'amount' },
  { route: 'POST /api/v1/readiness/income', name: 'a zero amount', patch: { amount: 0 }, field: 'amount' },
  { route: 'POST /api/v1/readiness/income', name: 'words for a date', patch: { receivedOn: 'last Friday' }, field: 'receivedOn' },
  { route: 'POST /api/v1/readiness/income', name: 'a source without its client', patch: { source: { kind: 'client' } }, field: 'source.clientId' },
  { route: 'POST /api/v1/readiness/income', name: 'a 501-character note', patch: { note: longText(501) }, field: 'note' },
  { route: 'POST /api/v1/readiness/income/:entryId/move-to-fund', name: 'an unknown side', patch: { side: 'both' }, field: 'side' },
  { route: 'POST /api/v1/readiness/income/:entryId/move-to-fund', name: 'a zero amount', patch: { amount: 0 }, field: 'amount' },
  { route: 'POST /api/v1/readiness/fund-balances', name: 'a negative balance', patch: { balance: -1 }, field: 'balance' },
  { route: 'POST /api/v1/readiness/fund-balances', name: 'February 30th', patch: { recordedOn: '2027-02-30' }, field: 'recordedOn' },
  { route: 'POST /api/v1/readiness/fund-balances', name: 'a balance in the future', patch: { recordedOn: '2030-01-01' }, field: 'recordedOn' },
  { route: 'PUT /api/v1/readiness/finances', name: 'expenses with a fraction of a cent', patch: { monthlyExpenses: { business: 10.5, personal: 0 } }, field: 'monthlyExpenses.business' },
  { route: 'PUT /api/v1/readiness/finances', name: 'a stream amount without its stream', patch: { streamAmounts: [{ monthlyAmount: 100 }] }, field: 'streamAmounts.0.streamId' },
  { route: 'PUT /api/v1/readiness/finances', name: 'a stream that is not in the profile', patch: { streamAmounts: [{ streamId: 'lottery', monthlyAmount: 100 }] }, field: 'streamAmounts.0.streamId' },
  { route: 'POST /api/v1/readiness/what-if', name: 'a negative fund', patch: { funds: { business: -5 } }, field: 'funds.business' },
  { route: 'POST /api/v1/readiness/what-if', name: 'dropping a client readiness does not count', patch: { droppedClientIds: ['nobody'] }, field: 'droppedClientIds.0' },
  { route: 'POST /api/v1/readiness/what-if', name: 'an imagined client without an income', patch: { addedClients: [{ key: 'x' }] }, field: 'addedClients.0.monthlyIncome' },
  { route: 'PUT /api/v1/settings/readiness', name: 'a critical share below the watch share', patch: { settings: { starterFundMajorUnits: 1000, fundLadderMonths: [3, 6, 12], fundContributionPercent: 5, concentrationWatchPercent: 30, concentrationCriticalPercent: 20, shortRunwayMonths: 3, warmLeadsPerClient: 3 } }, field: 'settings.concentrationCriticalPercent' },
  { route: 'PUT /api/v1/settings/readiness', name: 'a ladder out of order', patch: { settings: { starterFundMajorUnits: 1000, fundLadderMonths: [6, 3], fundContributionPercent: 5, concentrationWatchPercent: 30, concentrationCriticalPercent: 50, shortRunwayMonths: 3, warmLeadsPerClient: 3 } }, field: 'settings.fundLadderMonths' },
  { route: 'PUT /api/v1/settings/readiness', name: 'a string version', patch: { version: '0' }, field: 'version' },
  // portal testimonial
  { route: 'POST /api/v1/portal/:token/testimonial', name: 'a blank text', patch: { text: '   ' }, field: 'text' },
  { route: 'POST /api/v1/portal/:token/testimonial', name: 'a 5,001-character text', patch: { text: longText(5001) }, field: 'text' },
  { route: 'POST /api/v1/portal/:token/testimonial', name: 'a 201-character name', patch: { name: longText(201) }, field: 'name' },
  { route: 'POST /api/v1/portal/:token/testimonial', name: 'words for the consent', patch: { canPublish: 'yes' }, field: 'canPublish' },
];

/** Clients at each point of letting go: an open exit plan with offboarding under way, an offboarding ready to close, a toxic one closed. */
async function exitAndOffboardingIds(owner: Owner): Promise<Pick<Ids, 'exitClientId' | 'closingClientId' | 'recoveryClientId'>> {
  const client = async (name: string) => (await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name, timeZone: 'UTC', language: 'en', currency: 'EUR', stage: 'active' } })).json().id as string;
  const [exitClientId, closingClientId, recoveryClientId] = [await client('Leaving'), await client('Closing'), await client('Toxic')];
  await owner.request({ method: 'POST', url: `/api/v1/clients/${exitClientId}/exit-plan`, payload: { origin: 'health' } });
  for (const id of [exitClientId, closingClientId, recoveryClientId]) await owner.request({ method: 'POST', url: `/api/v1/clients/${id}/offboarding` });
  await owner.request({ method: 'POST', url: `/api/v1/clients/${recoveryClientId}/offboarding/close`, payload: { version: 1, isToxic: true } });
  return { exitClientId, closingClientId, recoveryClientId };
}

/** A draft, an issued invoice (to void) and an issued one to pay and promise on, all for the target client. */
async function invoiceIds(owner: Owner, clientId: string): Promise<Pick<Ids, 'draftInvoiceId' | 'issuedInvoiceId' | 'payableInvoiceId'>> {
  const draft = async () => (await owner.request({ method: 'POST', url: '/api/v1/invoices', payload: { clientId, dueOn: '2027-03-31', lines: [{ description: 'Work', unitPrice: 100_000, taxRate: 21 }] } })).json().id as string;
  const [draftInvoiceId, issuedInvoiceId, payableInvoiceId] = [await draft(), await draft(), await draft()];
  for (const id of [issuedInvoiceId, payableInvoiceId]) await owner.request({ method: 'POST', url: `/api/v1/invoices/${id}/issue` });
  return { draftInvoiceId, issuedInvoiceId, payableInvoiceId };
}

/** Spoiled paging and filters: [query, field]. */
const pagingCases: [string, string][] = [
  ['limit=-1', 'limit'],
  ['limit=0', 'limit'],
  ['limit=201', 'limit'],
  ['limit=abc', 'limit'],
  ['limit=1.5', 'limit'],
  ['offset=-1', 'offset'],
  ['offset=0.5', 'offset'],
  ['offset=1e400', 'offset'],
];
const clientListCases: [string, string][] = [
  ['stage=prospect', 'stage'],
  ['archived=yes', 'archived'],
  [`q=${longText(201)}`, 'q'],
  ['q=a&q=b', 'q'],
  ['q=%00', 'q'],
];

describe.each(databaseKinds)('bad input on %s', (kind) => {
  let t: TestApp;
  let owner: Owner;
  let ids: Ids;
  let addressCount = 0;

  /** Calls as the owner (or anonymously on public routes), each call from its own address so the login rate limit stays out of the way. */
  function send(options: InjectOptions, { isPublic = false } = {}): Promise<LightMyRequestResponse> {
    addressCount += 1;
    const withAddress = { ...options, remoteAddress: `10.2.${(addressCount >> 8) & 255}.${addressCount & 255}` };
    return isPublic ? t.app.inject(withAddress) : owner.request(withAddress);
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    owner = await setUpOwner(t.app);
    const newClient = async (name: string) =>
      (await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name, timeZone: 'UTC', language: 'en', currency: 'EUR' } })).json().id as string;
    const [clientId, leadId, waitingId] = [await newClient('Target'), await newClient('Lead'), await newClient('Waiting')];
    const token = await owner.request({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'Target token' } });
    const interview = await owner.request({ method: 'POST', url: `/api/v1/clients/${leadId}/interviews`, payload: { answers: {}, gut: { feeling: 'at_ease' } } });
    await owner.request({ method: 'POST', url: `/api/v1/clients/${waitingId}/vetting-outcome`, payload: { outcome: 'waitlist', waitlist: { reason: 'referral', followUpOn: '2027-04-01' } } });
    const waitlist = (await owner.request({ method: 'GET', url: '/api/v1/waitlist' })).json();
    const intake = (await owner.request({ method: 'POST', url: '/api/v1/intake-link' })).json();
    const profile = (await owner.request({ method: 'GET', url: '/api/v1/profile' })).json();
    const portal = (await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/portal-links` })).json();
    const logged = async (payload: Record<string, unknown>) => (await owner.request({ method: 'POST', url: `/api/v1/clients/${clientId}/events`, payload })).json().id as string;
    const reachable = await owner.request({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Reachable', timeZone: 'UTC', language: 'en', currency: 'EUR', contacts: [{ name: 'Ria', email: 'ria@example.com' }] } });
    ids = {
      clientId,
      messageEventId: await logged({ type: 'message_received', summary: 'Can we talk?', occurredAt: '2027-03-01T08:00:00Z', isImportant: true }),
      concernEventId: await logged({ type: 'concern', summary: 'Scope keeps growing', occurredAt: '2027-02-20T08:00:00Z' }),
      reachableClientId: reachable.json().id,
      tokenId: token.json().id,
      leadId,
      interviewId: interview.json().id,
      waitlistEntryId: waitlist.items[0].id,
      intakeToken: (intake.url as string).split('/').pop()!,
      profile: profile.profile,
      portalLinkId: portal.id,
      portalToken: (portal.url as string).split('/').pop()!,
      incomeEntryId: (await owner.request({ method: 'POST', url: '/api/v1/readiness/income', payload: { source: { kind: 'client', clientId }, receivedOn: '2027-02-01', amount: 100_000 } })).json().id,
      fundBalanceId: (await owner.request({ method: 'POST', url: '/api/v1/readiness/fund-balances', payload: { side: 'business', balance: 100_000, recordedOn: '2027-02-01' } })).json().id,
      ...(await exitAndOffboardingIds(owner)),
      ...(await invoiceIds(owner, clientId)),
      ...(await agreementIds(owner, clientId, reachable.json().id)),
      ...(await moneyUpFrontIds(owner, (options) => t.app.inject(options), reachable.json().id)),
      ...(await deliverableIds(owner, reachable.json().id)),
    };
  });
  afterAll(async () => {
    await t?.close();
  });

  test('the tables below cover every route that takes a body, a page or an id', () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, { requestBody?: unknown; parameters?: { in: string; name: string }[] }>> };
    const withBody: string[] = [];
    const withPaging: string[] = [];
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const key = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
        if (operation.requestBody) withBody.push(key);
        if (operation.parameters?.some((p) => p.in === 'query' && p.name === 'limit')) withPaging.push(key);
      }
    }
    expect(withBody.sort()).toEqual(Object.keys(bodyRoutes).sort());
    expect(withPaging.sort()).toEqual(Object.keys(pagedRoutes).sort());
    // Every served route is documented, so the spec above cannot hide a body route (app.test.ts checks the same from the other side).
    expect(apiRoutes(t.app).length).toBe(Object.values(spec.paths).reduce((n, ops) => n + Object.keys(ops).length, 0) + 1);
    for (const route of Object.keys(bodyRoutes)) expect(fieldCases.some((c) => c.route === route), `${route} has field cases`).toBe(true);
  });

  describe.each(Object.entries(bodyRoutes))('%s', (route, { url, body: bodyOrMaker, requiredField, isPublic }) => {
    const method = route.split(' ')[0] as Method;
    const call = (options: Omit<InjectOptions, 'method' | 'url'>) => send({ method, url: url(ids), ...options }, { isPublic });
    let body: Record<string, unknown>;
    beforeAll(() => {
      body = typeof bodyOrMaker === 'function' ? bodyOrMaker(ids) : bodyOrMaker;
    });

    // With signup open, a valid setup simply creates one more workspace, which no other case here touches.
    test('a valid body is accepted (so the cases below fail for the reason they name)', async () => {
      const current = route.startsWith('PATCH') ? ((await send({ method: 'GET', url: url(ids) })).json() as { version: number }).version : undefined;
      const response = await call({ payload: current ? { ...body, version: current } : body });
      // Login with an unknown email is a 401 (wrong credentials), not a validation problem.
      if (route === 'POST /api/v1/session') expectProblem(response, 401, { code: 'unauthenticated' });
      else expect(response.statusCode, response.body).toBeLessThan(300);
    });

    test('invalid JSON answers 400 naming the body', async () => {
      expectProblem(await call({ payload: '{"name": "Acme",', headers: { 'content-type': 'application/json' } }), 400, { code: 'validation_failed', field: 'body' });
    });

    test('a JSON array, string, number or null instead of an object answers 400 naming the body', async () => {
      for (const raw of ['[]', '"Acme"', '42', 'null']) {
        expectProblem(await call({ payload: raw, headers: { 'content-type': 'application/json' } }), 400, { code: 'validation_failed', field: 'body' });
      }
    });

    test('no body at all answers 400', async () => {
      expectProblem(await call({}), 400, { code: 'validation_failed' });
    });

    test('a form-encoded body answers 400 asking for JSON', async () => {
      expectProblem(await call({ payload: 'name=Acme', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 400, { code: 'validation_failed', field: 'body' });
    });

    test('an unknown field answers 400 naming that field', async () => {
      expectProblem(await call({ payload: { ...body, isAdmin: true } }), 400, { code: 'validation_failed', field: 'isAdmin' });
    });

    test(`a missing ${requiredField} answers 400 naming it`, async () => {
      const { [requiredField]: _removed, ...rest } = body;
      expectProblem(await call({ payload: rest }), 400, { code: 'validation_failed', field: requiredField });
    });

    test('a body over 1 MB answers 413', async () => {
      expectProblem(await call({ payload: { ...body, [requiredField]: longText(1024 * 1024 + 10) } }), 413, { code: 'payload_too_large' });
    });

    test('deeply nested JSON answers 400, not a crash', async () => {
      const depth = 50_000;
      const raw = `{"${requiredField}":${'['.repeat(depth)}${']'.repeat(depth)},"x":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;
      const response = await call({ payload: raw, headers: { 'content-type': 'application/json' } });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    test.each(fieldCases.filter((c) => c.route === route).map((c) => [c.name, c] as const))('%s answers 400 naming the field', async (_name, fieldCase) => {
      const payload: Record<string, unknown> = { ...body, ...fieldCase.patch };
      for (const key of fieldCase.remove ?? []) delete payload[key];
      expectProblem(await call({ payload }), 400, { code: 'validation_failed', field: fieldCase.field });
    });
  });

  describe.each(Object.entries(pagedRoutes))('%s', (route, url) => {
    const cases = route === 'GET /api/v1/clients' ? [...pagingCases, ...clientListCases] : pagingCases;
    test.each(cases)('?%s answers 400 naming %s', async (query, field) => {
      expectProblem(await send({ method: 'GET', url: `${url(ids)}?${query}` }), 400, { code: 'validation_failed', field });
    });

    test('unknown query parameters are ignored', async () => {
      expect((await send({ method: 'GET', url: `${url(ids)}?sort=name&debug=1` })).statusCode).toBe(200);
    });
  });

  describe('ids', () => {
    /** Every route with ids in its path, with a body that would pass, so only the ids are wrong. */
    const idRoutes: [string, Record<string, unknown> | undefined][] = [
      ...agreementIdRoutes,
      ...moneyUpFrontIdRoutes,
      ...deliverableIdRoutes,
      ['GET /api/v1/clients/:id', undefined],
      ['PATCH /api/v1/clients/:id', { version: 1, name: 'X' }],
      ['DELETE /api/v1/clients/:id', undefined],
      ['GET /api/v1/clients/:id/events', undefined],
      ['POST /api/v1/clients/:id/events', { type: 'note', summary: 'x' }],
      ['POST /api/v1/clients/:id/events/:eventId/reply', { repliedAt: '2027-03-01T08:30:00Z' }],
      ['POST /api/v1/clients/:id/events/:eventId/resolve', { notes: 'Done.' }],
      ['GET /api/v1/clients/:id/health', undefined],
      ['GET /api/v1/clients/:id/relationship', undefined],
      ['POST /api/v1/clients/:id/friendly-reminder', { subject: 'S', body: 'B' }],
      ['DELETE /api/v1/tokens/:id', undefined],
      ['GET /api/v1/clients/:id/interviews', undefined],
      ['POST /api/v1/clients/:id/interviews', { answers: {}, gut: { feeling: 'at_ease' } }],
      ['GET /api/v1/clients/:id/interviews/:interviewId', undefined],
      ['PUT /api/v1/clients/:id/interviews/:interviewId/gut', { feeling: 'uneasy' }],
      ['GET /api/v1/clients/:id/decline-template', undefined],
      ['POST /api/v1/clients/:id/vetting-outcome', { outcome: 'accept' }],
      ['PATCH /api/v1/waitlist/:entryId', { followUpOn: '2027-05-01' }],
      ['DELETE /api/v1/waitlist/:entryId', undefined],
      ['POST /api/v1/clients/:id/portal-links', undefined],
      ['GET /api/v1/clients/:id/portal-links', undefined],
      ['DELETE /api/v1/clients/:id/portal-links/:linkId', undefined],
      ['POST /api/v1/clients/:id/testimonial-requests', undefined],
      ['DELETE /api/v1/readiness/income/:entryId', undefined],
      ['POST /api/v1/readiness/income/:entryId/move-to-fund', { side: 'business' }],
      ['DELETE /api/v1/readiness/fund-balances/:balanceId', undefined],
      ['GET /api/v1/clients/:id/exit-plan/suggestion', undefined],
      ['POST /api/v1/clients/:id/exit-plan', { origin: 'manual' }],
      ['GET /api/v1/clients/:id/exit-plan', undefined],
      ['PATCH /api/v1/clients/:id/exit-plan', { version: 1 }],
      ['DELETE /api/v1/clients/:id/exit-plan', undefined],
      ['POST /api/v1/clients/:id/offboarding', undefined],
      ['GET /api/v1/clients/:id/offboarding', undefined],
      ['PUT /api/v1/clients/:id/offboarding', { version: 1, checklist: { keep_talking: true, finish_work: true, document_procedures: true, speak_well: true, keep_confidences: true } }],
      ['POST /api/v1/clients/:id/offboarding/close', { version: 1, isToxic: false }],
      ['GET /api/v1/clients/:id/handoff', undefined],
      ['GET /api/v1/clients/:id/recovery', undefined],
      ['PATCH /api/v1/clients/:id/recovery', { version: 1 }],
      ['POST /api/v1/clients/:id/recovery/messages', { otherClientId: 'x', subject: 'S', body: 'B' }],
      ['POST /api/v1/clients/:id/recovery/lessons', { text: 'T', target: 'red_flags' }],
      ['GET /api/v1/invoices/:id', undefined],
      ['PATCH /api/v1/invoices/:id', { version: 1 }],
      ['POST /api/v1/invoices/:id/issue', undefined],
      ['POST /api/v1/invoices/:id/void', { reason: 'x' }],
      ['POST /api/v1/invoices/:id/payments', { amount: 1, paidOn: '2027-03-01', method: 'cash' }],
      ['POST /api/v1/invoices/:id/promises', { promisedOn: '2027-04-01' }],
      ['GET /api/v1/invoices/:id/pdf', undefined],
      ['GET /api/v1/clients/:id/payment-behaviour', undefined],
      ['POST /api/v1/clients/:id/late-fee-letters', { rule: { kind: 'statutory_eu' }, effectiveOn: '2027-05-01' }],
      ['GET /api/v1/clients/:id/late-fee-letters', undefined],
    ];
    /** The intake form's key is a long secret, checked for shape before it is looked up. */
    const tokenRoutes: [string, Record<string, unknown> | undefined][] = [
      ...agreementTokenRoutes,
      ...deliverableTokenRoutes,
      ['GET /api/v1/intake/:token', undefined],
      ['POST /api/v1/intake/:token', { name: 'Pat', email: 'pat@example.com', language: 'en', timeZone: 'UTC', answers: {} }],
      ['GET /api/v1/portal/:token', undefined],
      ['GET /api/v1/portal/:token/working-together', undefined],
      ['POST /api/v1/portal/:token/testimonial', { text: 'Great to work with.', canPublish: false }],
      ['GET /api/v1/portal/:token/invoices', undefined],
      ['GET /api/v1/portal/:token/invoices/:invoiceId', undefined],
      ['GET /api/v1/portal/:token/invoices/:invoiceId/pdf', undefined],
    ];
    const withIds = (key: string, id: string) => ({ method: key.split(' ')[0] as Method, url: key.split(' ')[1]!.replace(/:\w+/g, id) });
    const firstParam = (key: string) => /:(\w+)/.exec(key)![1]!;

    test('every route with a path parameter is in these tables', () => {
      const withParams = apiRoutes(t.app).filter((r) => r.path.includes('/:')).map((r) => r.key);
      expect(withParams.sort()).toEqual([...idRoutes, ...tokenRoutes].map(([key]) => key).sort());
    });

    test.each(idRoutes)('%s with non-UUID ids answers 404 problem+json', async (key, payload) => {
      for (const id of ['not-a-uuid', '1', "1' OR '1'='1", '%2e%2e', 'ÿ']) {
        expectProblem(await send({ ...withIds(key, encodeURIComponent(id)), payload }), 404, { code: 'not_found' });
      }
    });

    test.each(idRoutes)('%s with 65-character ids answers 400 naming the parameter', async (key, payload) => {
      expectProblem(await send({ ...withIds(key, longText(65)), payload }), 400, { code: 'validation_failed', field: firstParam(key) });
    });

    test.each([...idRoutes, ...tokenRoutes])('%s with a NUL in the path answers 400 naming the parameter', async (key, payload) => {
      expectProblem(await send({ ...withIds(key, `${longText(25)}%00`), payload }, { isPublic: key.includes(':token') }), 400, { code: 'validation_failed', field: firstParam(key) });
    });

    test.each(tokenRoutes)('%s: a short or huge token answers 400 naming token, an unknown one 404', async (key, payload) => {
      for (const token of ['short', longText(201)]) {
        expectProblem(await send({ ...withIds(key, token), payload }, { isPublic: true }), 400, { code: 'validation_failed', field: 'token' });
      }
      expectProblem(await send({ ...withIds(key, 'A'.repeat(43)), payload }, { isPublic: true }), 404, { code: 'not_found' });
    });
  });

  test('a malformed or overlong path answers 400 problem+json naming the path', async () => {
    expectProblem(await send({ method: 'GET', url: '/api/v1/clients/%zz' }), 400, { code: 'validation_failed', field: 'path' });
    expectProblem(await send({ method: 'GET', url: `/api/v1/clients/${longText(300)}` }), 400, { code: 'validation_failed', field: 'path' });
    expectProblem(await send({ method: 'POST', url: `/api/v1/intake/${longText(300)}`, payload: {} }, { isPublic: true }), 400, { code: 'validation_failed', field: 'path' });
  });

  test('an API path that does not exist answers 404 problem+json', async () => {
    expectProblem(await send({ method: 'GET', url: '/api/v1/clientz' }), 404, { code: 'not_found' });
    expectProblem(await send({ method: 'POST', url: '/api/v1/clients/x/y/z', payload: {} }), 404, { code: 'not_found' });
  });

  describe('random input (fast-check)', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('', ' ', 'Europe/Madrid', 'EUR', 'en', 'lead', 'a@b.co', 'a\u0000b', '%_\\', 'Íñigo'));
    const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), text);
    const contact = fc.record({ name: anyJson, email: fc.oneof(fc.emailAddress(), anyJson), phone: anyJson }, { requiredKeys: [] });
    const clientBody = fc.record(
      {
        name: fc.oneof(text, anyJson),
        company: fc.oneof(text, anyJson),
        contacts: fc.oneof(fc.array(contact, { maxLength: 3 }), anyJson),
        timeZone: fc.oneof(fc.constantFrom('UTC', 'Europe/Madrid', 'America/New_York', 'Asia/Calcutta'), text),
        language: fc.oneof(fc.constantFrom('en', 'es'), anyJson),
        currency: fc.oneof(fc.constantFrom('EUR', 'USD', 'JPY'), text),
        source: fc.oneof(fc.constantFrom('referral', 'inbound', 'past_client', 'other'), anyJson),
        stage: fc.oneof(fc.constantFrom('lead', 'active', 'past'), anyJson),
        notes: fc.oneof(text, anyJson),
        isNotesConfidential: fc.oneof(fc.boolean(), anyJson),
        extra: anyJson,
      },
      { requiredKeys: [] },
    );
    const assertNotServerError = (response: LightMyRequestResponse) => {
      expect(response.statusCode, response.body).toBeLessThan(500);
      if (response.statusCode >= 400) {
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        const problem = response.json() as { status: number; errors?: { field: string }[] };
        expect(problem.status).toBe(response.statusCode);
        if (response.statusCode === 400) expect(problem.errors?.length ?? 0).toBeGreaterThan(0);
      }
    };

    test('random JSON bodies sent to POST /clients never produce a 5xx', async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: clientBody }, { weight: 1, arbitrary: fc.jsonValue() }), async (payload) => {
          const response = await send({ method: 'POST', url: '/api/v1/clients', payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } });
          assertNotServerError(response);
        }),
        { numRuns: 150 },
      );
    });

    test('random edits sent to PATCH /clients/:id never produce a 5xx', async () => {
      const edit = fc.record({ version: fc.oneof(fc.integer(), fc.double(), anyJson), name: text, stage: anyJson, isArchived: anyJson, contacts: anyJson }, { requiredKeys: [] });
      await fc.assert(
        fc.asyncProperty(edit, async (payload) => {
          assertNotServerError(await send({ method: 'PATCH', url: `/api/v1/clients/${ids.clientId}`, payload }));
        }),
        { numRuns: 80 },
      );
    });

    test('random query strings sent to GET /clients never produce a 5xx', async () => {
      const key = fc.constantFrom('q', 'stage', 'archived', 'limit', 'offset', 'other');
      const query = fc.array(fc.tuple(key, fc.string({ unit: 'binary', maxLength: 30 })), { maxLength: 4 });
      await fc.assert(
        fc.asyncProperty(query, async (pairs) => {
          const qs = new URLSearchParams(pairs).toString();
          assertNotServerError(await send({ method: 'GET', url: `/api/v1/clients?${qs}` }));
        }),
        { numRuns: 100 },
      );
    });
  });
});
