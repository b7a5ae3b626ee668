// Typed calls for clients: list, add, read, edit with the version read, archive and restore.
import type { z } from 'zod';
import type { Client, ClientListQuery, ClientPage, CreateClientBody, UpdateClientBody } from '../../schemas/clients.ts';
import { apiRequest } from './http.ts';

// limit/offset are coerced from strings on the server, so their input type is `unknown`; the web sends numbers.
export type ClientQuery = Omit<z.input<typeof ClientListQuery>, 'limit' | 'offset'> & { limit?: number; offset?: number };
export type NewClient = z.input<typeof CreateClientBody>;

export function listClients(query: ClientQuery, signal?: AbortSignal): Promise<ClientPage> {
  return apiRequest('GET', '/clients', { query, signal });
}

export function createClient(body: NewClient): Promise<Client> {
  return apiRequest('POST', '/clients', { body });
}

export function getClient(id: string, signal?: AbortSignal): Promise<Client> {
  return apiRequest('GET', `/clients/${encodeURIComponent(id)}`, { signal });
}

/** Answers 409 (ApiError code version_conflict) when someone saved after `body.version` was read; nothing is overwritten. */
export function updateClient(id: string, body: UpdateClientBody): Promise<Client> {
  return apiRequest('PATCH', `/clients/${encodeURIComponent(id)}`, { body });
}

export function archiveClient(id: string): Promise<Client> {
  return apiRequest('DELETE', `/clients/${encodeURIComponent(id)}`);
}

export function restoreClient(client: Pick<Client, 'id' | 'version'>): Promise<Client> {
  return updateClient(client.id, { version: client.version, isArchived: false });
}
