// Reads one whole workspace into the versioned "sana-export" format: lossless, deterministic, ready for `sana import`.
import { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { notFound } from '../errors.ts';
import { clientSources, clientStages } from '../domain/clients/lifecycle.ts';
import { eventTypes } from '../domain/events/event-types.ts';
import { outboxStatuses } from '../schemas/outbox.ts';
import { gutFeelings } from '../domain/vetting/gut-check.ts';
import { recommendations } from '../domain/vetting/recommendation.ts';
import { waitlistReasons } from '../schemas/interviews.ts';
import { fundSides } from '../domain/readiness/finances.ts';
import { offboardingExportIssues, offboardingExportShape, readOffboardingExport } from './export-offboarding.ts';
import { invoicingExportIssues, invoicingExportShape, readInvoicingExport } from './export-invoicing.ts';
import { agreementsExportIssues, agreementsExportShape, readAgreementsExport } from './export-agreements.ts';
import { deliverablesExportIssues, deliverablesExportShape, readDeliverablesExport } from './export-deliverables.ts';
import { Currency, Id, IsoDateTime, Language, TimeZone } from '../schemas/common.ts';

export const exportFormat = 'sana-export';
export const exportVersion = 1;

const Timestamp = IsoDateTime;
const OptionalTimestamp = Timestamp.nullable();
const Text = z.string().max(100_000);
/** A JSON object kept as it was stored (profile documents, interview answers and vettings): checked loosely, written back with JSON.stringify. */
const JsonObject = z.record(z.string(), z.unknown());
const interviewOrigins = ['freelancer', 'intake'] as const;

/**
 * The file format, version 1. Rows keep their ids and timestamps; `workspace_id` is implied by `workspace.id`.
 * Sessions are not part of it (a restored workspace logs in afresh); job leases belong to the server, not the workspace.
 * JSON kept in text columns (event payloads, the profile document, interview answers and vettings) is written as JSON,
 * not as a string, and stored back with JSON.stringify: after one round the text is stable, so re-exports stay byte-identical.
 */
export const WorkspaceExport = z
  .object({
    format: z.literal(exportFormat),
    version: z.literal(exportVersion),
    exportedAt: Timestamp,
    workspace: z.object({ id: Id, name: z.string().min(1).max(200), language: Language, timeZone: TimeZone, currency: Currency, createdAt: Timestamp }).strict(),
    users: z
      .array(
        z
          .object({
            id: Id,
            name: z.string().max(200),
            email: z.email().max(320),
            passwordHash: z.string().min(1).max(1000),
            language: Language,
            createdAt: Timestamp,
          })
          .strict(),
      )
      .min(1, 'A workspace needs at least one user, or nobody could log in to it.'),
    apiTokens: z.array(z.object({ id: Id, name: z.string().max(100), tokenHash: z.string().min(1).max(200), createdAt: Timestamp, lastUsedAt: OptionalTimestamp }).strict()),
    clients: z.array(
      z
        .object({
          id: Id,
          name: z.string().min(1).max(200),
          company: z.string().max(200),
          timeZone: TimeZone,
          language: Language,
          currency: Currency,
          source: z.enum(clientSources),
          stage: z.enum(clientStages),
          notes: z.string().max(20_000),
          isNotesConfidential: z.boolean(),
          isTrial: z.boolean(),
          archivedAt: OptionalTimestamp,
          version: z.number().int().min(1),
          createdAt: Timestamp,
          updatedAt: Timestamp,
        })
        .strict(),
    ),
    contacts: z.array(
      z.object({ id: Id, clientId: Id, position: z.number().int().min(0), name: z.string().max(200), email: z.string().max(320), phone: z.string().max(50) }).strict(),
    ),
    events: z.array(
      z
        .object({
          id: Id,
          clientId: Id,
          type: z.enum(eventTypes),
          occurredAt: Timestamp,
          payload: z.record(z.string(), z.unknown()),
          isConfidential: z.boolean(),
          createdAt: Timestamp,
        })
        .strict(),
    ),
    profile: z.object({ document: JsonObject, version: z.number().int().min(1), updatedAt: Timestamp }).strict().nullable(),
    interviews: z.array(
      z
        .object({
          id: Id,
          clientId: Id,
          origin: z.enum(interviewOrigins),
          answers: JsonObject,
          gutFeeling: z.enum(gutFeelings).nullable(),
          gutNote: z.string().max(20_000),
          // Every interview is vetted when saved (an intake one without a recommendation), so vetting is never empty.
          vetting: JsonObject,
          recommendation: z.enum(recommendations).nullable(),
          createdAt: Timestamp,
        })
        .strict(),
    ),
    waitlistEntries: z.array(
      z
        .object({
          id: Id,
          clientId: Id,
          reason: z.enum(waitlistReasons),
          note: z.string().max(20_000),
          followUpOn: z.iso.date(),
          createdAt: Timestamp,
          closedAt: OptionalTimestamp,
        })
        .strict(),
    ),
    intakeLinks: z.array(z.object({ id: Id, tokenHash: z.string().min(1).max(200), createdAt: Timestamp, expiresAt: Timestamp, revokedAt: OptionalTimestamp }).strict()),
    // Added with readiness finances; files written before have no keys and import with none.
    incomeEntries: z
      .array(
        z
          .object({ id: Id, clientId: Id.nullable(), streamId: Id.nullable(), receivedOn: z.iso.date(), amount: z.number().int().min(0), note: z.string().max(500), createdAt: Timestamp })
          .strict()
          .refine((e) => (e.clientId === null) !== (e.streamId === null), { message: 'Give exactly one of clientId and streamId.', path: ['clientId'] }),
      )
      .default([]),
    fundBalances: z
      .array(
        z
          .object({
            id: Id,
            side: z.enum(fundSides),
            balance: z.number().int().min(0),
            recordedOn: z.iso.date(),
            note: z.string().max(500),
            incomeEntryId: Id.nullable(),
            contribution: z.number().int().min(0).nullable(),
            sequence: z.number().int().min(1),
            createdAt: Timestamp,
          })
          .strict(),
      )
      .default([]),
    incomeStreamAmounts: z.array(z.object({ streamId: Id, monthlyAmount: z.number().int().min(0), updatedAt: Timestamp }).strict()).default([]),
    // Added with relationship health: tuned thresholds per section; files written before have none (defaults apply).
    settings: z
      .array(z.object({ section: z.string().min(1).max(100), document: JsonObject, version: z.number().int().min(1), updatedAt: Timestamp }).strict())
      .default([]),
    // Added with the client portal; files written before it have no key and import with no links.
    portalLinks: z
      .array(z.object({ id: Id, clientId: Id, tokenHash: z.string().min(1).max(200), createdAt: Timestamp, expiresAt: Timestamp, revokedAt: OptionalTimestamp, lastOpenedAt: OptionalTimestamp }).strict())
      .default([]),
    // Added with exit plans, offboarding and recovery; files written before have none of these keys.
    ...offboardingExportShape,
    // Added with invoicing; files written before have none of these keys.
    ...invoicingExportShape,
    // Added with proposals and contracts; files written before have none of these keys.
    ...agreementsExportShape,
    // Added with deliverables (rows after the agreements they belong to, and their files in base64); files written before have neither key.
    ...deliverablesExportShape,
    outbox: z.array(
      z
        .object({
          id: Id,
          idempotencyKey: z.string().min(1).max(500),
          to: z.string().min(1).max(320),
          subject: z.string().max(1000),
          bodyText: Text,
          status: z.enum(outboxStatuses),
          attempts: z.number().int().min(0),
          lastError: z.string().nullable(),
          nextAttemptAt: Timestamp,
          claimedUntil: OptionalTimestamp,
          createdAt: Timestamp,
          sentAt: OptionalTimestamp,
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((file, ctx) => {
    // References and uniqueness the database would reject anyway, named here by path so the error says where.
    const unique = (items: { id: string }[], key: string) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: `The id ${item.id} appears twice in ${key}.` });
        seen.add(item.id);
      });
    };
    unique(file.users, 'users');
    unique(file.apiTokens, 'apiTokens');
    unique(file.clients, 'clients');
    unique(file.contacts, 'contacts');
    unique(file.events, 'events');
    unique(file.interviews, 'interviews');
    unique(file.waitlistEntries, 'waitlistEntries');
    unique(file.intakeLinks, 'intakeLinks');
    unique(file.outbox, 'outbox');
    const emails = new Set<string>();
    file.users.forEach((user, index) => {
      if (user.email !== user.email.toLowerCase()) ctx.addIssue({ code: 'custom', path: ['users', index, 'email'], message: 'Emails are stored in lower case; write it in lower case.' });
      if (emails.has(user.email.toLowerCase())) ctx.addIssue({ code: 'custom', path: ['users', index, 'email'], message: `The email ${user.email} appears twice.` });
      emails.add(user.email.toLowerCase());
    });
    const clientIds = new Set(file.clients.map((c) => c.id));
    for (const key of ['contacts', 'events', 'interviews', 'waitlistEntries'] as const) {
      file[key].forEach((row, index) => {
        if (!clientIds.has(row.clientId)) ctx.addIssue({ code: 'custom', path: [key, index, 'clientId'], message: `No client with id ${row.clientId} in this file.` });
      });
    }
    for (const issue of offboardingExportIssues(file, clientIds)) ctx.addIssue({ code: 'custom', ...issue });
    for (const issue of invoicingExportIssues(file, clientIds, new Set(file.agreements.map((a) => a.id)))) ctx.addIssue({ code: 'custom', ...issue });
    for (const issue of agreementsExportIssues(file, clientIds)) ctx.addIssue({ code: 'custom', ...issue });
    for (const issue of deliverablesExportIssues(file, clientIds, new Set(file.agreements.map((a) => a.id)))) ctx.addIssue({ code: 'custom', ...issue });
    const hashes = new Set<string>();
    file.apiTokens.forEach((token, index) => {
      if (hashes.has(token.tokenHash)) ctx.addIssue({ code: 'custom', path: ['apiTokens', index, 'tokenHash'], message: 'This token hash appears twice.' });
      hashes.add(token.tokenHash);
    });
    const intakeHashes = new Set<string>();
    file.intakeLinks.forEach((link, index) => {
      if (intakeHashes.has(link.tokenHash)) ctx.addIssue({ code: 'custom', path: ['intakeLinks', index, 'tokenHash'], message: 'This intake link hash appears twice.' });
      intakeHashes.add(link.tokenHash);
    });
    unique(file.portalLinks, 'portalLinks');
    unique(file.settings.map((row) => ({ id: row.section })), 'settings');
    unique(file.incomeEntries, 'incomeEntries');
    unique(file.fundBalances, 'fundBalances');
    file.incomeEntries.forEach((entry, index) => {
      if (entry.clientId !== null && !clientIds.has(entry.clientId)) ctx.addIssue({ code: 'custom', path: ['incomeEntries', index, 'clientId'], message: `No client with id ${entry.clientId} in this file.` });
    });
    const incomeEntryIds = new Set(file.incomeEntries.map((e) => e.id));
    const movedEntries = new Set<string>();
    file.fundBalances.forEach((balance, index) => {
      if (balance.incomeEntryId === null) return;
      if (!incomeEntryIds.has(balance.incomeEntryId)) ctx.addIssue({ code: 'custom', path: ['fundBalances', index, 'incomeEntryId'], message: `No income entry with id ${balance.incomeEntryId} in this file.` });
      if (movedEntries.has(balance.incomeEntryId)) ctx.addIssue({ code: 'custom', path: ['fundBalances', index, 'incomeEntryId'], message: 'Only one fund balance may come from the same income entry.' });
      movedEntries.add(balance.incomeEntryId);
    });
    const streamIds = new Set<string>();
    file.incomeStreamAmounts.forEach((amount, index) => {
      if (streamIds.has(amount.streamId)) ctx.addIssue({ code: 'custom', path: ['incomeStreamAmounts', index, 'streamId'], message: `The stream ${amount.streamId} appears twice.` });
      streamIds.add(amount.streamId);
    });
    const portalHashes = new Set<string>();
    file.portalLinks.forEach((link, index) => {
      if (!clientIds.has(link.clientId)) ctx.addIssue({ code: 'custom', path: ['portalLinks', index, 'clientId'], message: `No client with id ${link.clientId} in this file.` });
      if (portalHashes.has(link.tokenHash)) ctx.addIssue({ code: 'custom', path: ['portalLinks', index, 'tokenHash'], message: 'This portal link hash appears twice.' });
      portalHashes.add(link.tokenHash);
    });
    const keys = new Set<string>();
    file.outbox.forEach((message, index) => {
      if (keys.has(message.idempotencyKey)) ctx.addIssue({ code: 'custom', path: ['outbox', index, 'idempotencyKey'], message: `The key ${message.idempotencyKey} appears twice.` });
      keys.add(message.idempotencyKey);
    });
  });
export type WorkspaceExport = z.infer<typeof WorkspaceExport>;

/** `filesDir` (SANA_DATA_DIR/files) is read for the bytes of uploaded deliverables; needed only when there are some. */
export type ExportWorkspaceOptions = { db: Db; workspaceId: string; exportedAt: string; filesDir?: string };

/** Code-unit order, the same on every machine and database (SQL ORDER BY would follow PostgreSQL's collation). */
function byKeys<T>(...keys: ((row: T) => string | number)[]) {
  return (a: T, b: T): number => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
}

export async function exportWorkspace({ db, workspaceId, exportedAt, filesDir }: ExportWorkspaceOptions): Promise<WorkspaceExport> {
  // One snapshot: a server writing meanwhile cannot leave an event pointing at a client the file lacks.
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const workspace = await trx.selectFrom('workspaces').selectAll().where('id', '=', workspaceId).executeTakeFirst();
      if (!workspace) throw notFound(`The workspace ${workspaceId}`);
      const [users, tokens, clients, contacts, events, profile, interviews, waitlistEntries, intakeLinks, outbox] = [
        await trx.selectFrom('users').selectAll().where('workspace_id', '=', workspaceId).execute(),
        await trx.selectFrom('api_tokens').selectAll().where('workspace_id', '=', workspaceId).execute(),
        await trx.selectFrom('clients').selectAll().where('workspace_id', '=', workspaceId).execute(),
        await trx.selectFrom('client_contacts').selectAll().where('workspace_id', '=', workspaceId).execute(),
        await trx.selectFrom('events').selectAll().where('workspace_id', '=', workspaceId).execute(),
        await trx.selectFrom('profiles').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst(),
        await trx.selectFrom('interviews').selectAll().where('workspace_id', '=', workspaceId).execute(),
        await trx.selectFrom('waitlist_entries').selectAll().where('workspace_id', '=', workspaceId).execute(),
        await trx.selectFrom('intake_links').selectAll().where('workspace_id', '=', workspaceId).execute(),
        await trx.selectFrom('outbox').selectAll().where('workspace_id', '=', workspaceId).execute(),
      ];
      const settings = await trx.selectFrom('workspace_settings').selectAll().where('workspace_id', '=', workspaceId).execute();
      const portalLinks = await trx.selectFrom('portal_links').selectAll().where('workspace_id', '=', workspaceId).execute();
      const incomeEntries = await trx.selectFrom('income_entries').selectAll().where('workspace_id', '=', workspaceId).execute();
      const fundBalances = await trx.selectFrom('fund_balances').selectAll().where('workspace_id', '=', workspaceId).execute();
      const incomeStreamAmounts = await trx.selectFrom('income_stream_amounts').selectAll().where('workspace_id', '=', workspaceId).execute();
      return {
        format: exportFormat,
        version: exportVersion,
        exportedAt,
        workspace: {
          id: workspace.id,
          name: workspace.name,
          language: workspace.language as WorkspaceExport['workspace']['language'],
          timeZone: workspace.time_zone,
          currency: workspace.currency,
          createdAt: workspace.created_at,
        },
        users: users
          .map((u) => ({ id: u.id, name: u.name, email: u.email, passwordHash: u.password_hash, language: u.language as WorkspaceExport['users'][number]['language'], createdAt: u.created_at }))
          .sort(byKeys((u) => u.createdAt, (u) => u.id)),
        apiTokens: tokens
          .map((t) => ({ id: t.id, name: t.name, tokenHash: t.token_hash, createdAt: t.created_at, lastUsedAt: t.last_used_at }))
          .sort(byKeys((t) => t.createdAt, (t) => t.id)),
        clients: clients
          .map((c) => ({
            id: c.id,
            name: c.name,
            company: c.company,
            timeZone: c.time_zone,
            language: c.language as WorkspaceExport['clients'][number]['language'],
            currency: c.currency,
            source: c.source as WorkspaceExport['clients'][number]['source'],
            stage: c.stage as WorkspaceExport['clients'][number]['stage'],
            notes: c.notes,
            isNotesConfidential: Number(c.is_notes_confidential) === 1,
            isTrial: Number(c.is_trial) === 1,
            archivedAt: c.archived_at,
            version: Number(c.version),
            createdAt: c.created_at,
            updatedAt: c.updated_at,
          }))
          .sort(byKeys((c) => c.createdAt, (c) => c.id)),
        contacts: contacts
          .map((c) => ({ id: c.id, clientId: c.client_id, position: Number(c.position), name: c.name, email: c.email, phone: c.phone }))
          .sort(byKeys((c) => c.clientId, (c) => c.position, (c) => c.id)),
        events: events
          .map((e) => ({
            id: e.id,
            clientId: e.client_id,
            type: e.type as WorkspaceExport['events'][number]['type'],
            occurredAt: e.occurred_at,
            payload: JSON.parse(e.payload) as Record<string, unknown>,
            isConfidential: Number(e.is_confidential) === 1,
            createdAt: e.created_at,
          }))
          .sort(byKeys((e) => e.occurredAt, (e) => e.createdAt, (e) => e.id)),
        profile: profile ? { document: JSON.parse(profile.document) as Record<string, unknown>, version: Number(profile.version), updatedAt: profile.updated_at } : null,
        interviews: interviews
          .map((i) => ({
            id: i.id,
            clientId: i.client_id,
            origin: i.origin as WorkspaceExport['interviews'][number]['origin'],
            answers: JSON.parse(i.answers) as Record<string, unknown>,
            gutFeeling: i.gut_feeling as WorkspaceExport['interviews'][number]['gutFeeling'],
            gutNote: i.gut_note,
            vetting: JSON.parse(i.vetting ?? '{}') as Record<string, unknown>,
            recommendation: i.recommendation as WorkspaceExport['interviews'][number]['recommendation'],
            createdAt: i.created_at,
          }))
          .sort(byKeys((i) => i.createdAt, (i) => i.id)),
        waitlistEntries: waitlistEntries
          .map((w) => ({
            id: w.id,
            clientId: w.client_id,
            reason: w.reason as WorkspaceExport['waitlistEntries'][number]['reason'],
            note: w.note,
            followUpOn: w.follow_up_on,
            createdAt: w.created_at,
            closedAt: w.closed_at,
          }))
          .sort(byKeys((w) => w.createdAt, (w) => w.id)),
        intakeLinks: intakeLinks
          .map((l) => ({ id: l.id, tokenHash: l.token_hash, createdAt: l.created_at, expiresAt: l.expires_at, revokedAt: l.revoked_at }))
          .sort(byKeys((l) => l.createdAt, (l) => l.id)),
        settings: settings
          .map((row) => ({ section: row.section, document: JSON.parse(row.document) as Record<string, unknown>, version: Number(row.version), updatedAt: row.updated_at }))
          .sort(byKeys((row) => row.section)),
        portalLinks: portalLinks
          .map((l) => ({ id: l.id, clientId: l.client_id, tokenHash: l.token_hash, createdAt: l.created_at, expiresAt: l.expires_at, revokedAt: l.revoked_at, lastOpenedAt: l.last_opened_at }))
          .sort(byKeys((l) => l.createdAt, (l) => l.id)),
        incomeEntries: incomeEntries
          .map((e) => ({ id: e.id, clientId: e.client_id, streamId: e.stream_id, receivedOn: e.received_on, amount: Number(e.amount), note: e.note, createdAt: e.created_at }))
          .sort(byKeys((e) => e.receivedOn, (e) => e.createdAt, (e) => e.id)),
        fundBalances: fundBalances
          .map((b) => ({
            id: b.id,
            side: b.side as WorkspaceExport['fundBalances'][number]['side'],
            balance: Number(b.balance),
            recordedOn: b.recorded_on,
            note: b.note,
            incomeEntryId: b.income_entry_id,
            contribution: b.contribution === null ? null : Number(b.contribution),
            sequence: Number(b.sequence),
            createdAt: b.created_at,
          }))
          .sort(byKeys((b) => b.sequence, (b) => b.id)),
        incomeStreamAmounts: incomeStreamAmounts.map((a) => ({ streamId: a.stream_id, monthlyAmount: Number(a.monthly_amount), updatedAt: a.updated_at })).sort(byKeys((a) => a.streamId)),
        ...(await readOffboardingExport(trx, workspaceId)),
        ...(await readInvoicingExport(trx, workspaceId)),
        ...(await readAgreementsExport(trx, workspaceId)),
        ...(await readDeliverablesExport(trx, workspaceId, filesDir)),
        outbox: outbox
          .map((m) => ({
            id: m.id,
            idempotencyKey: m.idempotency_key,
            to: m.to_address,
            subject: m.subject,
            bodyText: m.body_text,
            status: m.status as WorkspaceExport['outbox'][number]['status'],
            attempts: Number(m.attempts),
            lastError: m.last_error,
            nextAttemptAt: m.next_attempt_at,
            claimedUntil: m.claimed_until,
            createdAt: m.created_at,
            sentAt: m.sent_at,
          }))
          .sort(byKeys((m) => m.createdAt, (m) => m.id)),
      };
    });
}

/** The file's text: two-space JSON with a final newline, so two exports of the same data are byte-identical. */
export function serializeExport(data: WorkspaceExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function countRows(data: WorkspaceExport) {
  return {
    users: data.users.length,
    apiTokens: data.apiTokens.length,
    clients: data.clients.length,
    contacts: data.contacts.length,
    events: data.events.length,
    profiles: data.profile ? 1 : 0,
    interviews: data.interviews.length,
    waitlistEntries: data.waitlistEntries.length,
    intakeLinks: data.intakeLinks.length,
    settings: data.settings.length,
    portalLinks: data.portalLinks.length,
    incomeEntries: data.incomeEntries.length,
    fundBalances: data.fundBalances.length,
    incomeStreamAmounts: data.incomeStreamAmounts.length,
    outbox: data.outbox.length,
  };
}
