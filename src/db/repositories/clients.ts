// Clients and their contacts, always inside one workspace.
import { sql } from 'kysely';
import type { Db } from '../connect.ts';
import type { ClientRow, ContactRow } from '../schema.ts';
import { likePattern, toNumber } from '../normalize.ts';
import { newId } from '../ids.ts';
import type { Client, ClientListQuery, ClientPage } from '../../schemas/clients.ts';
import type { ClientSource, ClientStage } from '../../domain/clients/lifecycle.ts';
import type { Language } from '../../schemas/common.ts';

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

function toClient(row: ClientRow, contacts: ContactRow[]): Client {
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

export function clientsRepository(db: Db, workspaceId: string) {
  async function replaceContacts(clientId: string, contacts: ContactFields[]): Promise<void> {
    await db.deleteFrom('client_contacts').where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).execute();
    if (contacts.length === 0) return;
    await db
      .insertInto('client_contacts')
      .values(contacts.map((c, position) => ({ id: newId(), workspace_id: workspaceId, client_id: clientId, position, ...c })))
      .execute();
  }

  async function refreshSearchText(clientId: string): Promise<void> {
    const row = await db.selectFrom('clients').select(['name', 'company']).where('workspace_id', '=', workspaceId).where('id', '=', clientId).executeTakeFirstOrThrow();
    const contacts = await db.selectFrom('client_contacts').select('email').where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).orderBy('position').execute();
    await db.updateTable('clients').set({ search_text: searchText(row.name, row.company, contacts) }).where('workspace_id', '=', workspaceId).where('id', '=', clientId).execute();
  }

  return {
    async findById(id: string): Promise<Client | undefined> {
      const row = await db.selectFrom('clients').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const contacts = await db
        .selectFrom('client_contacts')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('client_id', '=', id)
        .orderBy('position')
        .execute();
      return toClient(row, contacts);
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
      if (Number(result.numUpdatedRows) !== 1) return false;
      if (changes.contacts) await replaceContacts(id, changes.contacts);
      if (changes.name !== undefined || changes.company !== undefined || changes.contacts) await refreshSearchText(id);
      return true;
    },

    async list(query: ClientListQuery): Promise<ClientPage> {
      let base = db.selectFrom('clients').where('clients.workspace_id', '=', workspaceId);
      if (query.archived === 'exclude') base = base.where('clients.archived_at', 'is', null);
      if (query.archived === 'only') base = base.where('clients.archived_at', 'is not', null);
      if (query.stage) base = base.where('clients.stage', '=', query.stage);
      if (query.q) {
        base = base.where('clients.search_text', 'like', sql<string>`${likePattern(query.q)} escape '\\'`);
      }
      const [{ total } = { total: 0 }] = await base.select((eb) => eb.fn.countAll<string | number>().as('total')).execute();
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
      return {
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
        total: toNumber(total),
        limit: query.limit,
        offset: query.offset,
      };
    },
  };
}

export type ClientsRepository = ReturnType<typeof clientsRepository>;
