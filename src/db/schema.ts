// Kysely table types: one interface per table, as both SQLite and PostgreSQL store them.
// Timestamps are ISO-8601 UTC text with milliseconds (they sort as text); booleans are 0/1 integers; JSON is text.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type WorkspacesTable = {
  id: string;
  name: string;
  language: string;
  time_zone: string;
  currency: string;
  created_at: string;
};

export type UsersTable = {
  id: string;
  workspace_id: string;
  name: string;
  email: string;
  password_hash: string;
  language: string;
  created_at: string;
};

export type SessionsTable = {
  id_hash: string;
  workspace_id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
};

export type ApiTokensTable = {
  id: string;
  workspace_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
};

export type ClientsTable = {
  id: string;
  workspace_id: string;
  name: string;
  /** The name folded for sorting and search (lower case, Unicode-aware), the same on SQLite and PostgreSQL. */
  name_key: string;
  /** Name, company and contact emails folded the same way, so search is one plain LIKE on both databases. */
  search_text: string;
  company: string;
  time_zone: string;
  language: string;
  currency: string;
  source: string;
  stage: string;
  notes: string;
  is_notes_confidential: number;
  archived_at: string | null;
  /** 1 when the relationship starts as a small trial project (a vetting outcome). */
  is_trial: Generated<number>;
  version: number;
  created_at: string;
  updated_at: string;
};

export type ClientContactsTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  position: number;
  name: string;
  email: string;
  phone: string;
};

export type EventsTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  type: string;
  occurred_at: string;
  payload: string;
  is_confidential: number;
  created_at: string;
};

export type OutboxTable = {
  id: string;
  workspace_id: string;
  idempotency_key: string;
  to_address: string;
  subject: string;
  body_text: string;
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string;
  claimed_until: string | null;
  created_at: string;
  sent_at: string | null;
};

/** One profile document per workspace (JSON of the domain's FreelancerProfile). */
/** One JSON document per settings section ("relationship", "readiness"…); each feature validates its own section. */
export type WorkspaceSettingsTable = {
  workspace_id: string;
  section: string;
  document: string;
  version: number;
  updated_at: string;
};

export type ProfilesTable = {
  workspace_id: string;
  document: string;
  version: number;
  updated_at: string;
};

/** An interview with a prospect; `vetting` holds the fit, recommendation and desperation check computed when saved. */
export type InterviewsTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  origin: string;
  answers: string;
  gut_feeling: string | null;
  gut_note: string;
  vetting: string | null;
  recommendation: string | null;
  created_at: string;
};

/** The public intake link: only its hash is stored; rotating revokes the old one. */
export type IntakeLinksTable = {
  id: string;
  workspace_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
};

/** A client's portal link: only its hash is stored; it expires, can be revoked, and remembers when it was last opened. */
export type PortalLinksTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  last_opened_at: string | null;
};

export type WaitlistEntriesTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  reason: string;
  note: string;
  /** Local date YYYY-MM-DD in the freelancer's time zone. */
  follow_up_on: string;
  created_at: string;
  closed_at: string | null;
};

/** Money received, in minor units of the workspace currency: from a client (client_id) or another stream (stream_id). */
export type IncomeEntriesTable = {
  id: string;
  workspace_id: string;
  client_id: string | null;
  stream_id: string | null;
  /** Local date YYYY-MM-DD in the freelancer's time zone. */
  received_on: string;
  /** bigint: PostgreSQL returns it as a string, the repository turns it into a number. */
  amount: number | string;
  note: string;
  created_at: string;
};

/** An emergency fund's balance on a date; the latest one is the fund's balance (the profile's amount before any). */
export type FundBalancesTable = {
  id: string;
  workspace_id: string;
  side: string;
  balance: number | string;
  recorded_on: string;
  note: string;
  income_entry_id: string | null;
  contribution: number | string | null;
  /** Write order within the workspace, so the later of two balances on the same date wins. */
  sequence: number | string;
  created_at: string;
};

/** The regular monthly amount of one of the profile's other income streams. */
export type IncomeStreamAmountsTable = {
  workspace_id: string;
  stream_id: string;
  monthly_amount: number | string;
  updated_at: string;
};

/** A plan to let a client go; `steps` is JSON [{id, title, isDone}], `status` open → offboarding → done (or cancelled). */
export type ExitPlansTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  origin: string;
  status: string;
  /** Local date YYYY-MM-DD in the freelancer's time zone. */
  target_date: string;
  steps: string;
  version: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
};

/** One offboarding per client: checklist (JSON), where the work stands, open items (JSON), and whether it ended as toxic. */
export type OffboardingsTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  checklist: string;
  work_status: string;
  open_items: string;
  is_toxic: number;
  version: number;
  started_at: string;
  updated_at: string;
  closed_at: string | null;
};

/** A client's recurring task documented step by step (steps: JSON [{text, isConfidential}]) for the handoff document. */
export type ClientProceduresTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  position: number;
  title: string;
  cadence: string;
  steps: string;
  created_at: string;
};

/** Recovery after a toxic client: the hard period, a rest block (local dates) and the self-review (JSON). */
export type RecoveriesTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  period_start: string;
  period_end: string;
  rest_start: string | null;
  rest_end: string | null;
  review: string;
  version: number;
  created_at: string;
  updated_at: string;
};

/** An invoice: amounts in minor units (bigint: strings on PostgreSQL), local dates YYYY-MM-DD, number null while a draft. */
export type InvoicesTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  kind: string;
  status: string;
  series: string;
  number: string | null;
  currency: string;
  language: string;
  issue_date: string | null;
  operation_date: string | null;
  due_on: string | null;
  buyer_name: string;
  buyer_tax_id: string;
  buyer_address: string;
  seller_name: string;
  seller_tax_id: string;
  seller_address: string;
  withholding_rate_bp: number;
  base: number | string;
  tax: number | string;
  withholding: number | string;
  total: number | string;
  paid: number | string;
  notes: string;
  late_fee_rule: string | null;
  corrects_invoice_id: string | null;
  void_reason: string;
  next_reminder_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  issued_at: string | null;
  viewed_at: string | null;
  voided_at: string | null;
  agreement_id: string | null;
  billing_period: string | null;
};

export type DeliverablesTable = {
  id: string;
  workspace_id: string;
  agreement_id: string;
  client_id: string;
  title: string;
  kind: string;
  url: string | null;
  content_hash: string | null;
  file_name: string | null;
  media_type: string | null;
  size_bytes: number | string | null;
  is_final: number;
  released_at: string | null;
  released_by: string | null;
  created_at: string;
};

export type InvoiceLinesTable = {
  id: string;
  workspace_id: string;
  invoice_id: string;
  position: number;
  description: string;
  quantity_milli: number | string;
  unit_price: number | string;
  discount: number | string;
  tax_rate_bp: number;
};

export type PaymentsTable = {
  id: string;
  workspace_id: string;
  invoice_id: string;
  amount: number | string;
  paid_on: string;
  method: string;
  reference: string;
  created_at: string;
};

/** The last number drawn from each invoice counter (series + period, e.g. default/2027). */
export type InvoiceSeriesTable = {
  workspace_id: string;
  series: string;
  period: string;
  last_number: number;
};

export type PromisesToPayTable = {
  id: string;
  workspace_id: string;
  invoice_id: string;
  promised_on: string;
  recorded_on: string;
  note: string;
  created_at: string;
};

/** One row per (invoice, reminder step): `outcome` sent, passed_over or no_address. */
export type RemindersSentTable = {
  id: string;
  workspace_id: string;
  invoice_id: string;
  step: string;
  outcome: string;
  recorded_at: string;
};

export type LateFeesTable = {
  id: string;
  workspace_id: string;
  invoice_id: string;
  fee_key: string;
  reason: string;
  amount: number | string;
  charged_on: string;
  created_at: string;
  billed_by_invoice_id: string | null;
};

/** A policy-update letter: `rule` (JSON) applies to the client's invoices without their own rule from `effective_on`. */
export type LateFeeLettersTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  rule: string;
  effective_on: string;
  sent_to: string;
  created_at: string;
};

/** System table (not workspace data): which server holds the lease to run a job, so a job runs once across servers. */
export type JobLeasesTable = {
  name: string;
  owner: string;
  locked_until: string;
  last_run_at: string | null;
};

/** A proposal or contract; its text lives in agreement_versions, the late-input receipts here (JSON), beside the signed text. */
export type AgreementsTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  kind: string;
  status: string;
  title: string;
  current_version: number;
  offer_expires_on: string | null;
  template_id: string | null;
  source_proposal_id: string | null;
  contract_id: string | null;
  input_receipts: string;
  term_ends_on: string | null;
  renegotiation_noted_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
  decided_at: string | null;
  signed_at: string | null;
};

export type AgreementVersionsTable = {
  id: string;
  workspace_id: string;
  agreement_id: string;
  number: number;
  document: string;
  content_hash: string;
  note: string;
  created_at: string;
};

export type AgreementCommentsTable = {
  id: string;
  workspace_id: string;
  agreement_id: string;
  version_number: number;
  author: string;
  body: string;
  created_at: string;
};

export type AgreementSignaturesTable = {
  id: string;
  workspace_id: string;
  agreement_id: string;
  version_number: number;
  party: string;
  full_name: string;
  signed_at: string;
  ip: string | null;
  user_agent: string | null;
  consent_text: string;
  drawn_signature: string | null;
  content_hash: string;
};

/** Append-only: rows are inserted, never updated or deleted (but with their workspace). */
export type AgreementAuditTable = {
  id: string;
  workspace_id: string;
  agreement_id: string;
  sequence: number;
  type: string;
  actor: string;
  occurred_at: string;
  version_number: number;
  content_hash: string;
  ip: string | null;
  user_agent: string | null;
  details: string;
  previous_hash: string;
  hash: string;
};

export type AgreementTemplatesTable = {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  language: string;
  document: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type Database = {
  workspaces: WorkspacesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  clients: ClientsTable;
  client_contacts: ClientContactsTable;
  events: EventsTable;
  outbox: OutboxTable;
  job_leases: JobLeasesTable;
  profiles: ProfilesTable;
  workspace_settings: WorkspaceSettingsTable;
  interviews: InterviewsTable;
  intake_links: IntakeLinksTable;
  waitlist_entries: WaitlistEntriesTable;
  income_entries: IncomeEntriesTable;
  fund_balances: FundBalancesTable;
  income_stream_amounts: IncomeStreamAmountsTable;
  exit_plans: ExitPlansTable;
  offboardings: OffboardingsTable;
  client_procedures: ClientProceduresTable;
  recoveries: RecoveriesTable;
  portal_links: PortalLinksTable;
  invoices: InvoicesTable;
  deliverables: DeliverablesTable;
  invoice_lines: InvoiceLinesTable;
  payments: PaymentsTable;
  invoice_series: InvoiceSeriesTable;
  promises_to_pay: PromisesToPayTable;
  reminders_sent: RemindersSentTable;
  late_fees: LateFeesTable;
  late_fee_letters: LateFeeLettersTable;
  agreements: AgreementsTable;
  agreement_versions: AgreementVersionsTable;
  agreement_comments: AgreementCommentsTable;
  agreement_signatures: AgreementSignaturesTable;
  agreement_audit: AgreementAuditTable;
  agreement_templates: AgreementTemplatesTable;
};

export type ClientRow = Selectable<ClientsTable>;
export type NewClientRow = Insertable<ClientsTable>;
export type ClientRowUpdate = Updateable<ClientsTable>;
export type EventRow = Selectable<EventsTable>;
export type ContactRow = Selectable<ClientContactsTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type UserRow = Selectable<UsersTable>;
export type WorkspaceRow = Selectable<WorkspacesTable>;
