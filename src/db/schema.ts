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

/** System table (not workspace data): which server holds the lease to run a job, so a job runs once across servers. */
export type JobLeasesTable = {
  name: string;
  owner: string;
  locked_until: string;
  last_run_at: string | null;
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
  interviews: InterviewsTable;
  intake_links: IntakeLinksTable;
  waitlist_entries: WaitlistEntriesTable;
};

export type ClientRow = Selectable<ClientsTable>;
export type NewClientRow = Insertable<ClientsTable>;
export type ClientRowUpdate = Updateable<ClientsTable>;
export type EventRow = Selectable<EventsTable>;
export type ContactRow = Selectable<ClientContactsTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type UserRow = Selectable<UsersTable>;
export type WorkspaceRow = Selectable<WorkspacesTable>;
