// Loads a "sana-export" file into this database: validated first, refused on any collision, written in one transaction.
import type { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { nameKey, searchText } from '../db/repositories/clients.ts';
import { AppError, type FieldError } from '../errors.ts';
import { bumpApiTokensVersion, bumpClientsVersion } from '../db/cache-validity.ts';
import { countRows, exportFormat, exportVersion, WorkspaceExport } from './export-workspace.ts';
import { writeOffboardingImport } from './export-offboarding.ts';
import { writeInvoicingImport } from './export-invoicing.ts';
import { writeAgreementsImport } from './export-agreements.ts';
import { writeDeliverablesImport } from './export-deliverables.ts';

/** `filesDir` (SANA_DATA_DIR/files) receives the bytes of uploaded deliverables; needed only when the file has some. */
export type ImportWorkspaceOptions = { db: Db; data: WorkspaceExport; filesDir?: string };

export type ImportReport = { workspaceId: string; workspaceName: string; emails: string[]; counts: ReturnType<typeof countRows> };

/** "clients[2].stage" from Zod's ["clients", 2, "stage"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : `${text ? '.' : ''}${String(part)}`;
  return text || '(the file itself)';
}

const MAX_LISTED_PROBLEMS = 10;

/** Checks an already-parsed JSON value against the format; throws a validation error naming each bad path. */
export function parseWorkspaceExport(value: unknown): WorkspaceExport {
  const header = (typeof value === 'object' && value !== null ? value : {}) as { format?: unknown; version?: unknown };
  if (header.format !== exportFormat) {
    throw new AppError('validation_failed', `This is not a Sana export: the field "format" must be "${exportFormat}" (found ${JSON.stringify(header.format) ?? 'nothing'}). Create one with \`sana export --out FILE\`.`, {
      errors: [{ field: 'format', message: `must be "${exportFormat}"` }],
    });
  }
  if (typeof header.version === 'number' && header.version > exportVersion) {
    throw new AppError('validation_failed', `This export has format version ${header.version}, but this Sana reads version ${exportVersion}. Upgrade Sana, then import again.`, {
      errors: [{ field: 'version', message: `must be ${exportVersion} or lower` }],
    });
  }
  const result = WorkspaceExport.safeParse(value);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue: z.core.$ZodIssue) => ({ field: formatPath(issue.path), message: issue.message }));
  const listed = errors.slice(0, MAX_LISTED_PROBLEMS).map((e) => `  - ${e.field}: ${e.message}`);
  if (errors.length > MAX_LISTED_PROBLEMS) listed.push(`  - …and ${errors.length - MAX_LISTED_PROBLEMS} more`);
  throw new AppError('validation_failed', `The export file is not valid; nothing was imported. Fix ${errors.length === 1 ? 'this field' : 'these fields'}:\n${listed.join('\n')}`, { errors });
}

const CHUNK = 200;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const emptyDatabaseHint = 'Import into an empty database instead: point SANA_DATA_DIR at a new folder (or DATABASE_URL at an empty PostgreSQL database) and run `sana import` again.';

export async function importWorkspace({ db, data, filesDir }: ImportWorkspaceOptions): Promise<ImportReport> {
  const workspaceId = data.workspace.id;
  return db.transaction().execute(async (trx) => {
    // Collisions are checked inside the transaction, so a second import running at once cannot slip between check and write.
    const existing = await trx.selectFrom('workspaces').select(['id', 'name']).where('id', '=', workspaceId).executeTakeFirst();
    if (existing) {
      throw new AppError('conflict', `This database already holds the workspace ${workspaceId} ("${existing.name}"); nothing was imported. ${emptyDatabaseHint}`);
    }
    const emails = data.users.map((u) => u.email);
    const takenEmails = emails.length ? await trx.selectFrom('users').select('email').where('email', 'in', emails).execute() : [];
    if (takenEmails.length > 0) {
      throw new AppError(
        'conflict',
        `These emails already have an account in this database: ${takenEmails.map((u) => u.email).join(', ')}; nothing was imported. Every person logs in to one workspace, so the same email cannot be imported twice. ${emptyDatabaseHint}`,
      );
    }
    const tables = [
      ['users', data.users.map((r) => r.id)],
      ['api_tokens', data.apiTokens.map((r) => r.id)],
      ['clients', data.clients.map((r) => r.id)],
      ['client_contacts', data.contacts.map((r) => r.id)],
      ['events', data.events.map((r) => r.id)],
      ['interviews', data.interviews.map((r) => r.id)],
      ['waitlist_entries', data.waitlistEntries.map((r) => r.id)],
      ['intake_links', data.intakeLinks.map((r) => r.id)],
      ['portal_links', data.portalLinks.map((r) => r.id)],
      ['income_entries', data.incomeEntries.map((r) => r.id)],
      ['fund_balances', data.fundBalances.map((r) => r.id)],
      ['outbox', data.outbox.map((r) => r.id)],
    ] as const;
    for (const [table, ids] of tables) {
      for (const part of chunks([...ids])) {
        const clash = await trx.selectFrom(table).select('id').where('id', 'in', part).executeTakeFirst();
        if (clash) throw new AppError('conflict', `The database already holds a row of ${table} with id ${clash.id}: this data seems to have been imported before; nothing was imported. ${emptyDatabaseHint}`);
      }
    }
    for (const part of chunks(data.apiTokens.map((t) => t.tokenHash))) {
      const clash = await trx.selectFrom('api_tokens').select('id').where('token_hash', 'in', part).executeTakeFirst();
      if (clash) throw new AppError('conflict', `An API token in this file is already in use in this database (token ${clash.id}); nothing was imported. ${emptyDatabaseHint}`);
    }
    for (const part of chunks(data.intakeLinks.map((l) => l.tokenHash))) {
      const clash = await trx.selectFrom('intake_links').select('id').where('token_hash', 'in', part).executeTakeFirst();
      if (clash) throw new AppError('conflict', `An intake link in this file is already in use in this database (link ${clash.id}); nothing was imported. ${emptyDatabaseHint}`);
    }
    for (const part of chunks(data.portalLinks.map((l) => l.tokenHash))) {
      const clash = await trx.selectFrom('portal_links').select('id').where('token_hash', 'in', part).executeTakeFirst();
      if (clash) throw new AppError('conflict', `A portal link in this file is already in use in this database (link ${clash.id}); nothing was imported. ${emptyDatabaseHint}`);
    }

    const w = data.workspace;
    await trx.insertInto('workspaces').values({ id: w.id, name: w.name, language: w.language, time_zone: w.timeZone, currency: w.currency, created_at: w.createdAt }).execute();
    for (const part of chunks(data.users)) {
      await trx
        .insertInto('users')
        .values(part.map((u) => ({ id: u.id, workspace_id: workspaceId, name: u.name, email: u.email, password_hash: u.passwordHash, language: u.language, created_at: u.createdAt })))
        .execute();
    }
    for (const part of chunks(data.apiTokens)) {
      await trx
        .insertInto('api_tokens')
        .values(part.map((t) => ({ id: t.id, workspace_id: workspaceId, name: t.name, token_hash: t.tokenHash, created_at: t.createdAt, last_used_at: t.lastUsedAt })))
        .execute();
    }
    const contactsByClient = new Map<string, { email: string }[]>();
    for (const contact of [...data.contacts].sort((a, b) => a.position - b.position)) {
      contactsByClient.set(contact.clientId, [...(contactsByClient.get(contact.clientId) ?? []), contact]);
    }
    for (const part of chunks(data.clients)) {
      await trx
        .insertInto('clients')
        .values(
          part.map((c) => ({
            id: c.id,
            workspace_id: workspaceId,
            name: c.name,
            name_key: nameKey(c.name),
            search_text: searchText(c.name, c.company, contactsByClient.get(c.id) ?? []),
            company: c.company,
            time_zone: c.timeZone,
            language: c.language,
            currency: c.currency,
            source: c.source,
            stage: c.stage,
            notes: c.notes,
            is_notes_confidential: c.isNotesConfidential ? 1 : 0,
            is_trial: c.isTrial ? 1 : 0,
            archived_at: c.archivedAt,
            version: c.version,
            created_at: c.createdAt,
            updated_at: c.updatedAt,
          })),
        )
        .execute();
    }
    for (const part of chunks(data.contacts)) {
      await trx
        .insertInto('client_contacts')
        .values(part.map((c) => ({ id: c.id, workspace_id: workspaceId, client_id: c.clientId, position: c.position, name: c.name, email: c.email, phone: c.phone })))
        .execute();
    }
    for (const part of chunks(data.events)) {
      await trx
        .insertInto('events')
        .values(
          part.map((e) => ({
            id: e.id,
            workspace_id: workspaceId,
            client_id: e.clientId,
            type: e.type,
            occurred_at: e.occurredAt,
            payload: JSON.stringify(e.payload),
            is_confidential: e.isConfidential ? 1 : 0,
            created_at: e.createdAt,
          })),
        )
        .execute();
    }
    if (data.profile) {
      const p = data.profile;
      await trx.insertInto('profiles').values({ workspace_id: workspaceId, document: JSON.stringify(p.document), version: p.version, updated_at: p.updatedAt }).execute();
    }
    for (const part of chunks(data.interviews)) {
      await trx
        .insertInto('interviews')
        .values(
          part.map((i) => ({
            id: i.id,
            workspace_id: workspaceId,
            client_id: i.clientId,
            origin: i.origin,
            answers: JSON.stringify(i.answers),
            gut_feeling: i.gutFeeling,
            gut_note: i.gutNote,
            vetting: JSON.stringify(i.vetting),
            recommendation: i.recommendation,
            created_at: i.createdAt,
          })),
        )
        .execute();
    }
    for (const part of chunks(data.waitlistEntries)) {
      await trx
        .insertInto('waitlist_entries')
        .values(
          part.map((w) => ({
            id: w.id,
            workspace_id: workspaceId,
            client_id: w.clientId,
            reason: w.reason,
            note: w.note,
            follow_up_on: w.followUpOn,
            created_at: w.createdAt,
            closed_at: w.closedAt,
          })),
        )
        .execute();
    }
    for (const part of chunks(data.intakeLinks)) {
      await trx
        .insertInto('intake_links')
        .values(part.map((l) => ({ id: l.id, workspace_id: workspaceId, token_hash: l.tokenHash, created_at: l.createdAt, expires_at: l.expiresAt, revoked_at: l.revokedAt })))
        .execute();
    }
    for (const part of chunks(data.settings)) {
      await trx
        .insertInto('workspace_settings')
        .values(part.map((row) => ({ workspace_id: workspaceId, section: row.section, document: JSON.stringify(row.document), version: row.version, updated_at: row.updatedAt })))
        .execute();
    }
    for (const part of chunks(data.portalLinks)) {
      await trx
        .insertInto('portal_links')
        .values(
          part.map((l) => ({
            id: l.id,
            workspace_id: workspaceId,
            client_id: l.clientId,
            token_hash: l.tokenHash,
            created_at: l.createdAt,
            expires_at: l.expiresAt,
            revoked_at: l.revokedAt,
            last_opened_at: l.lastOpenedAt,
          })),
        )
        .execute();
    }
    // Income entries before fund balances: a balance may name the entry it was moved from.
    for (const part of chunks(data.incomeEntries)) {
      await trx
        .insertInto('income_entries')
        .values(
          part.map((e) => ({ id: e.id, workspace_id: workspaceId, client_id: e.clientId, stream_id: e.streamId, received_on: e.receivedOn, amount: e.amount, note: e.note, created_at: e.createdAt })),
        )
        .execute();
    }
    for (const part of chunks(data.fundBalances)) {
      await trx
        .insertInto('fund_balances')
        .values(
          part.map((b) => ({
            id: b.id,
            workspace_id: workspaceId,
            side: b.side,
            balance: b.balance,
            recorded_on: b.recordedOn,
            note: b.note,
            income_entry_id: b.incomeEntryId,
            contribution: b.contribution,
            sequence: b.sequence,
            created_at: b.createdAt,
          })),
        )
        .execute();
    }
    for (const part of chunks(data.incomeStreamAmounts)) {
      await trx
        .insertInto('income_stream_amounts')
        .values(part.map((a) => ({ workspace_id: workspaceId, stream_id: a.streamId, monthly_amount: a.monthlyAmount, updated_at: a.updatedAt })))
        .execute();
    }
    for (const part of chunks(data.outbox)) {
      await trx
        .insertInto('outbox')
        .values(
          part.map((m) => ({
            id: m.id,
            workspace_id: workspaceId,
            idempotency_key: m.idempotencyKey,
            to_address: m.to,
            subject: m.subject,
            body_text: m.bodyText,
            status: m.status,
            attempts: m.attempts,
            last_error: m.lastError,
            next_attempt_at: m.nextAttemptAt,
            claimed_until: m.claimedUntil,
            created_at: m.createdAt,
            sent_at: m.sentAt,
          })),
        )
        .execute();
    }
    await writeOffboardingImport(trx, workspaceId, data, emptyDatabaseHint);
    // Agreements first: invoices may bill a contract (deposit, retainer month).
    await writeAgreementsImport(trx, workspaceId, data, emptyDatabaseHint);
    await writeInvoicingImport(trx, workspaceId, data, emptyDatabaseHint);
    // Deliverables after the agreements they belong to.
    await writeDeliverablesImport(trx, workspaceId, data, emptyDatabaseHint, filesDir);
    // Written around the repositories, so drop what this process may have cached for the workspace (see db/cache-validity.ts).
    bumpClientsVersion(workspaceId);
    bumpApiTokensVersion();
    return { workspaceId, workspaceName: w.name, emails, counts: countRows(data) };
  });
}
