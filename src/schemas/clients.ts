// Contracts for clients and their contacts, shared by the server and the web app.
import { z } from 'zod';
import { clientSources, clientStages } from '../domain/clients/lifecycle.ts';
import { Currency, Id, Language, PageQuery, TimeZone } from './common.ts';

export const ClientStage = z.enum(clientStages);
export const ClientSource = z.enum(clientSources);

export const ContactInput = z.object({
  name: z.string().trim().max(200).default(''),
  email: z.union([z.literal(''), z.email({ message: 'Enter an email address like ana@example.com, or leave it empty.' })]).default(''),
  phone: z.string().trim().max(50).default(''),
});

const clientFields = {
  name: z.string().trim().min(1, 'Give the client a name.').max(200, 'Keep the name under 200 characters.'),
  company: z.string().trim().max(200).default(''),
  contacts: z.array(ContactInput).max(20, 'At most 20 contacts per client.').default([]),
  timeZone: TimeZone,
  language: Language,
  currency: Currency,
  source: ClientSource.default('other'),
  stage: ClientStage.default('lead'),
  notes: z.string().max(20000, 'Notes are limited to 20,000 characters.').default(''),
  isNotesConfidential: z.boolean().default(false).describe('Confidential notes never leave Sana (no export meant for others).'),
};

export const CreateClientBody = z.object(clientFields).strict();
export type CreateClientBody = z.infer<typeof CreateClientBody>;

export const UpdateClientBody = z
  .object({
    version: z.number().int().min(1).describe('The version you read; a stale version answers 409 and nothing changes.'),
    name: clientFields.name.optional(),
    company: z.string().trim().max(200).optional(),
    contacts: z.array(ContactInput).max(20).optional(),
    timeZone: TimeZone.optional(),
    language: Language.optional(),
    currency: Currency.optional(),
    source: ClientSource.optional(),
    stage: ClientStage.optional(),
    notes: z.string().max(20000).optional(),
    isNotesConfidential: z.boolean().optional(),
    isArchived: z.boolean().optional().describe('true archives the client, false restores it.'),
  })
  .strict();
export type UpdateClientBody = z.infer<typeof UpdateClientBody>;

export const Contact = z.object({ name: z.string(), email: z.string(), phone: z.string() });

export const Client = z
  .object({
    id: Id,
    name: z.string(),
    company: z.string(),
    contacts: z.array(Contact),
    timeZone: z.string(),
    language: Language,
    currency: z.string(),
    source: ClientSource,
    stage: ClientStage,
    notes: z.string(),
    isNotesConfidential: z.boolean(),
    isTrial: z.boolean().describe('true when the relationship starts as a small trial project.'),
    isArchived: z.boolean(),
    archivedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Client' });
export type Client = z.infer<typeof Client>;

export const ClientListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().describe('Search in name, company and contact emails.'),
  stage: ClientStage.optional(),
  archived: z.enum(['only', 'include', 'exclude']).default('exclude'),
});
export type ClientListQuery = z.infer<typeof ClientListQuery>;

export const ClientSummary = Client.pick({ id: true, name: true, company: true, stage: true, language: true, isArchived: true, updatedAt: true }).extend({
  primaryEmail: z.string(),
});
export type ClientSummary = z.infer<typeof ClientSummary>;

export const ClientPage = z.object({
  items: z.array(ClientSummary),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type ClientPage = z.infer<typeof ClientPage>;

export const ClientIdParams = z.object({ id: Id });
