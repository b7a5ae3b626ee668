// Clients and their contacts, always inside one workspace.
import { sql } from 'kysely';
import type { Db } from '../connect.ts';
import type { ClientRow, ContactRow } from '../schema.ts';
import { likePattern, toNumber } from '../normalize.ts';
import { newId } from '../ids.ts';
import type { Client, ClientListQuery, ClientPage } from '../../schemas/clients.ts';
import type { ClientSource, ClientStage } from '../../domain/clients/lifecycle.ts';
import type { Language } from '../../schemas/common.ts';
import { cachedArrayStatement, knownSqliteHandle, sqliteHandleOf } from '../statement-cache.ts';
import { bumpClientsVersion } from '../cache-validity.ts';
import { cachedPage, cachedTotal, filterKey, firstPageKey, listReadStamp, rememberPage, rememberTotal } from '../client-list-cache.ts';

export type ContactFields = { name: string; email: string; phone: string };

export type ClientFields = {
  name: string;
  company: string;
  timeZone: string;
  language: Language;
  currency: string;
  source: ClientSource;
  stage: ClientStage;
  notes: string;
  isNotesConfidential: boolean;
  isTrial?: boolean;
};

/** What a client read needs (not the folded name_key and search_text): fewer columns make the hot read cheaper. */
const clientColumns = [
  'id',
  'name',
  'company',
  'time_zone',
  'language',
  'currency',
  'source',
  'stage',
  'notes',
  'is_notes_confidential',
  'is_trial',
  'archived_at',
  'version',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof ClientRow)[];
const contactColumns = ['name', 'email', 'phone'] as const;
type ClientReadRow = Pick<ClientRow, (typeof clientColumns)[number]>;
type ContactReadRow = Pick<ContactRow, (typeof contactColumns)[number]>;

function toClient(row: ClientReadRow, contacts: ContactReadRow[]): Client {
  return {
    id: row.id,
    name: row.name,
    company: row.company,
    contacts: contacts.map((c) => ({ name: c.name, email: c.email, phone: c.phone })),
    timeZone: row.time_zone,
    language: row.language as Language,
    currency: row.currency,
    source: row.source as ClientSource,
    stage: row.stage as ClientStage,
    notes: row.notes,
    isNotesConfidential: row.is_notes_confidential === 1,
    isTrial: row.is_trial === 1,
    isArchived: row.archived_at !== null,
    archivedAt: row.archived_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Folded once when written, so listing sorts on an index instead of lower-casing every row on every read. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** What a search looks in: name, company and every contact email, folded like the search pattern. */
export function searchText(name: string, company: string, contacts: readonly { email: string }[]): string {
  return [name, company, ...contacts.map((c) => c.email)].filter((part) => part !== '').map(nameKey).join('\n');
}

function toColumns(fields: Partial<ClientFields>) {
  return {
    ...(fields.name !== undefined && { name: fields.name, name_key: nameKey(fields.name) }),
    ...(fields.company !== undefined && { company: fields.company }),
    ...(fields.timeZone !== undefined && { time_zone: fields.timeZone }),
    ...(fields.language !== undefined && { language: fields.language }),
    ...(fields.currency !== undefined && { currency: fields.currency }),
    ...(fields.source !== undefined && { source: fields.source }),
    ...(fields.stage !== undefined && { stage: fields.stage }),
    ...(fields.notes !== undefined && { notes: fields.notes }),
    ...(fields.isNotesConfidential !== undefined && { is_notes_confidential: fields.isNotesConfidential ? 1 : 0 }),
    ...(fields.isTrial !== undefined && { is_trial: fields.isTrial ? 1 : 0 }),
  };
}

/** A client and its contacts in one query (one row per contact, or one row with null contact columns when it has none). */
function clientWithContactsQuery(db: Db, workspaceId: string, id: string) {
  return db
    .selectFrom('clients')
    .leftJoin('client_contacts', (join) => join.onRef('client_contacts.workspace_id', '=', 'clients.workspace_id').onRef('client_contacts.client_id', '=', 'clients.id'))
    .select([
      ...clientColumns.map((column) => `clients.${column}` as const),
      'client_contacts.name as contact_name',
      'client_contacts.email as contact_email',
      'client_contacts.phone as contact_phone',
    ])
    .where('clients.workspace_id', '=', workspaceId)
    .where('clients.id', '=', id)
    .orderBy('client_contacts.position');
}

/** Rows of clientWithContactsQuery as arrays in its column order: the client's columns, then the contact's. */
function fromArrays(rows: unknown[][]): Client | undefined {
  const [first] = rows;
  if (!first) return undefined;
  const row: Record<string, unknown> = {};
  for (let index = 0; index < clientColumns.length; index += 1) row[clientColumns[index]!] = first[index];
  const at = clientColumns.length;
  const contacts = first[at] === null ? [] : rows.map((r) => ({ name: r[at] as string, email: r[at + 1] as string, phone: r[at + 2] as string }));
  return toClient(row as ClientReadRow, contacts);
}

/** The SQL of clientWithContactsQuery, built once ("?" placeholders: workspace id, then client id) for the raw path below. */
let findClientSql: string | undefined;

/**
 * One client with its contacts, or undefined. The API's hottest read, so on SQLite, outside any open transaction (whose
 * uncommitted rows a raw read would see), it runs the very same SQL on a cached prepared statement without building it each time.
 */
export async function findClient(db: Db, workspaceId: string, id: string): Promise<Client | undefined> {
  const sqlite = knownSqliteHandle(db) ?? (await sqliteHandleOf(db));
  if (sqlite && !sqlite.inTransaction) {
    findClientSql ??= clientWithContactsQuery(db, '?', '?').compile().sql;
    return fromArrays(cachedArrayStatement(sqlite, findClientSql).all(workspaceId, id));
  }
  const rows = await clientWithContactsQuery(db, workspaceId, id).execute();
  return fromArrays(rows.map((r) => [...clientColumns.map((column) => r[column]), r.contact_name, r.contact_email, r.contact_phone]));
}

export function clientsRepository(db: Db, workspaceId: string) {
  /**
   * Every write to clients or client_contacts goes through here (import-workspace.ts aside, which does the same), so that
   * cached lists of this workspace are dropped; it runs after the write, inside any transaction, before it can commit.
   */
  function noteClientsChanged(): void {
    bumpClientsVersion(workspaceId);
  }

  async function replaceContacts(clientId: string, contacts: ContactFields[]): Promise<void> {
    await db.deleteFrom('client_contacts').where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).execute();
    noteClientsChanged();
    if (contacts.length === 0) return;
    await db
      .insertInto('client_contacts')
      .values(contacts.map((c, position) => ({ id: newId(), workspace_id: workspaceId, client_id: clientId, position, ...c })))
      .execute();
    noteClientsChanged();
  }

  async function refreshSearchText(clientId: string): Promise<void> {
    const row = await db.selectFrom('clients').select(['name', 'company']).where('workspace_id', '=', workspaceId).where('id', '=', clientId).executeTakeFirstOrThrow();
    const contacts = await db.selectFrom('client_contacts').select('email').where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).orderBy('position').execute();
    await db.updateTable('clients').set({ search_text: searchText(row.name, row.company, contacts) }).where('workspace_id', '=', workspaceId).where('id', '=', clientId).execute();
    noteClientsChanged();
  }

  return {
    findById(id: string): Promise<Client | undefined> {
      return findClient(db, workspaceId, id);
    },

    async exists(id: string): Promise<boolean> {
      const row = await db.selectFrom('clients').select('id').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return row !== undefined;
    },

    async insert(fields: ClientFields & { contacts: ContactFields[] }, now: string): Promise<string> {
      const id = newId();
      await db
        .insertInto('clients')
        .values({
          id,
          workspace_id: workspaceId,
          name: fields.name,
          name_key: nameKey(fields.name),
          search_text: searchText(fields.name, fields.company, fields.contacts),
          company: fields.company,
          time_zone: fields.timeZone,
          language: fields.language,
          currency: fields.currency,
          source: fields.source,
          stage: fields.stage,
          notes: fields.notes,
          is_notes_confidential: fields.isNotesConfidential ? 1 : 0,
          is_trial: fields.isTrial ? 1 : 0,
          archived_at: null,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
      noteClientsChanged();
      await replaceContacts(id, fields.contacts);
      return id;
    },

    /** Writes only if the stored version is still `expectedVersion`; returns false when someone else saved first. */
    async updateIfVersion(
      id: string,
      expectedVersion: number,
      changes: Partial<ClientFields> & { archivedAt?: string | null; contacts?: ContactFields[] },
      now: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable('clients')
        .set({
          ...toColumns(changes),
          ...(changes.archivedAt !== undefined && { archived_at: changes.archivedAt }),
          version: expectedVersion + 1,
          updated_at: now,
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      noteClientsChanged();
      if (Number(result.numUpdatedRows) !== 1) return false;
      if (changes.contacts) await replaceContacts(id, changes.contacts);
      if (changes.name !== undefined || changes.company !== undefined || changes.contacts) await refreshSearchText(id);
      return true;
    },

    async list(query: ClientListQuery): Promise<ClientPage> {
      // On SQLite, outside a transaction, first pages and totals come from memory until a client write (client-list-cache.ts).
      const sqlite = knownSqliteHandle(db) ?? (await sqliteHandleOf(db));
      const canCache = sqlite !== undefined && !sqlite.inTransaction;
      const pageKey = canCache ? firstPageKey(workspaceId, query) : undefined;
      const cached = pageKey ? cachedPage(sqlite!, pageKey) : undefined;
      if (cached) return cached;
      const stamp = canCache ? listReadStamp(sqlite!, workspaceId) : undefined;
      const totalKey = filterKey(workspaceId, query);
      const knownTotal = canCache ? cachedTotal(sqlite!, totalKey) : undefined;
      let base = db.selectFrom('clients').where('clients.workspace_id', '=', workspaceId);
      if (query.archived === 'exclude') base = base.where('clients.archived_at', 'is', null);
      if (query.archived === 'only') base = base.where('clients.archived_at', 'is not', null);
      if (query.stage) base = base.where('clients.stage', '=', query.stage);
      if (query.q) {
        base = base.where('clients.search_text', 'like', sql<string>`${likePattern(query.q)} escape '\\'`);
      }
      const total = knownTotal ?? toNumber((await base.select((eb) => eb.fn.countAll<string | number>().as('total')).execute())[0]?.total ?? 0);
      if (stamp && knownTotal === undefined) rememberTotal(sqlite!, totalKey, total, stamp);
      const rows = await base
        .select([
          'clients.id',
          'clients.name',
          'clients.company',
          'clients.stage',
          'clients.language',
          'clients.archived_at',
          'clients.updated_at',
          (eb) =>
            eb
              .selectFrom('client_contacts')
              .select('client_contacts.email')
              .where('client_contacts.workspace_id', '=', workspaceId)
              .whereRef('client_contacts.client_id', '=', 'clients.id')
              .where('client_contacts.email', '<>', '')
              .orderBy('client_contacts.position')
              .limit(1)
              .as('primary_email'),
        ])
        .orderBy('clients.name_key')
        .orderBy('clients.id')
        .limit(query.limit)
        .offset(query.offset)
        .execute();
      const page: ClientPage = {
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          company: r.company,
          stage: r.stage as ClientStage,
          language: r.language as Language,
          isArchived: r.archived_at !== null,
          updatedAt: r.updated_at,
          primaryEmail: r.primary_email ?? '',
        })),
        total,
        limit: query.limit,
        offset: query.offset,
      };
      return pageKey && stamp ? rememberPage(sqlite!, pageKey, page, stamp) : page;
    },
  };
}

export type ClientsRepository = ReturnType<typeof clientsRepository>;
