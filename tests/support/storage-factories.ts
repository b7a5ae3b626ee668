// Rows for storage tests, written straight through the repositories (no HTTP, no password hashing).
import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/connect.ts';
import { accountsRepository } from '../../src/db/repositories/accounts.ts';
import type { ClientFields, ContactFields } from '../../src/db/repositories/clients.ts';

/** A workspace row with a fresh id; returns the id. */
export async function insertWorkspace(db: Db, name = 'Studio', now = '2027-03-01T09:00:00.000Z'): Promise<string> {
  const id = randomUUID();
  await accountsRepository(db).insertWorkspace({ id, name, language: 'en', time_zone: 'Europe/Madrid', currency: 'EUR', created_at: now });
  return id;
}

/** A user row in the workspace (the hash is a placeholder: storage tests never verify it); returns the id. */
export async function insertUser(db: Db, workspaceId: string, email: string, now = '2027-03-01T09:00:00.000Z'): Promise<string> {
  const id = randomUUID();
  await accountsRepository(db).insertUser({ id, workspace_id: workspaceId, name: 'Ana', email, password_hash: 'scrypt$placeholder', language: 'en', created_at: now });
  return id;
}

export function clientFields(overrides: Partial<ClientFields & { contacts: ContactFields[] }> = {}): ClientFields & { contacts: ContactFields[] } {
  return {
    name: 'Acme',
    company: '',
    timeZone: 'Europe/Madrid',
    language: 'en',
    currency: 'EUR',
    source: 'other',
    stage: 'lead',
    notes: '',
    isNotesConfidential: false,
    contacts: [],
    ...overrides,
  };
}
